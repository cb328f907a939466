package com.propaganda.dashboard.agency;

import com.propaganda.dashboard.audittrail.AuditEvent;
import com.propaganda.dashboard.audittrail.AuditRecorder;
import com.propaganda.dashboard.audittrail.Audited;
import com.propaganda.dashboard.database.DatabaseException;
import com.propaganda.dashboard.database.UniqueConstraint;
import com.propaganda.dashboard.errors.FieldErrors;
import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.identity.Actor;
import com.propaganda.dashboard.identity.RequestOrigin;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.passwords.PasswordHasher;
import com.propaganda.dashboard.platform.Text;
import com.propaganda.dashboard.sso.ConnectionForm;
import com.propaganda.dashboard.sso.CurrentConnection;
import com.propaganda.dashboard.sso.OperatorSingleSignOnService;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.Client;
import com.propaganda.dashboard.tenancy.CrossClientSql;
import com.propaganda.dashboard.tenancy.SignInMethods;
import com.propaganda.dashboard.tenancy.TenantBinding;
import com.propaganda.dashboard.users.CeoFactorResets;
import com.propaganda.dashboard.users.PasswordLinks;
import com.propaganda.dashboard.users.SignInPolicy;
import com.propaganda.dashboard.users.User;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** The agency's operators list, create, edit, deactivate and reactivate clients. */
@Stateless
@Audited("clients")
@RolesAllowed(Roles.OPERATOR)
@OperatorBound
public class ClientAdminService {

  private static final Pattern WORKSPACE = Pattern.compile("^[a-z0-9][a-z0-9-]{1,62}$");
  private static final String RESERVED_WORKSPACE = "agency";

  private static final String INVALID_PARAMETER = "22023";

  @PersistenceContext private EntityManager entityManager;

  @Inject private CrossClientSql sql;

  @EJB private ClientSizes sizes;

  @Inject private PasswordLinks passwordLinks;

  @Inject private CallerContext context;

  @EJB private CeoFactorResets ceoFactorResets;

  @EJB private OperatorSingleSignOnService operatorSingleSignOn;

  @EJB private AuditRecorder recorder;

  @Inject private RequestOrigin origin;

  public List<ClientSummary> clients() {
    return sizes.all();
  }

  /** The client and its first ceo are saved together or not at all. */
  public UUID create(NewClient request) {
    String workspace = Text.cleanEmail(request.workspace());
    Client client =
        new Client(Text.clean(request.name()), Text.cleanEmail(request.email()), workspace);
    client.setPhone(Text.clean(request.phone()));
    client.setAddress(Text.clean(request.address()));
    // A brand-new tenant: bound from the id just made, before the entity manager is first used.
    TenantBinding.bind(entityManager, client.getId());
    FieldErrors errors = contactErrors(request.name(), request.email());
    errors
        .required("workspace", workspace, "Choose a workspace name")
        .rejectIf(
            workspace != null && !WORKSPACE.matcher(workspace).matches(),
            "workspace",
            "2 to 63 lower-case letters, digits or dashes, starting with a letter or digit")
        .rejectIf(RESERVED_WORKSPACE.equals(workspace), "workspace", "This name is reserved")
        .rejectIf(
            workspace != null && workspaceTaken(workspace), "workspace", "This workspace is taken")
        .rejectIf(
            emailTaken(Text.cleanEmail(request.email()), null),
            "email",
            "Another client uses this email")
        .required("ceoName", Text.clean(request.ceoName()), "Enter the ceo's name")
        .maxLength("ceoName", request.ceoName(), 255)
        .required("ceoEmail", Text.clean(request.ceoEmail()), "Enter the ceo's email")
        .email("ceoEmail", request.ceoEmail())
        .maxLength("ceoEmail", request.ceoEmail(), 255);
    errors.throwIfAny();

    entityManager.persist(client);
    UniqueConstraint.flush(entityManager, "workspace", "This workspace or email is taken");
    User ceo =
        new User(
            Text.cleanEmail(request.ceoEmail()),
            Text.clean(request.ceoName()),
            Role.CEO,
            PasswordHasher.NO_PASSWORD);
    entityManager.persist(ceo);
    passwordLinks.send(
        ceo,
        workspace,
        operatorName()
            + " set up the Propaganda Dashboard of "
            + client.getName()
            + ", with you as its ceo.");
    return client.getId();
  }

  /**
   * Mails each active ceo of the client a new set-password link: for a first link that expired, or
   * a ceo who forgot their password and has no other ceo to ask. The link goes to the ceo's own
   * address, so the operator still never learns a password.
   */
  public void sendCeoPasswordLinks(UUID clientId) {
    TenantBinding.bind(entityManager, clientId);
    Client client = find(clientId);
    if (!client.isActive()) {
      throw InvalidInputException.of("active", "Reactivate the client first");
    }
    List<User> ceos =
        entityManager
            .createQuery("SELECT u FROM User u WHERE u.role = :ceo AND u.active = true", User.class)
            .setParameter("ceo", Role.CEO)
            .getResultList();
    if (ceos.isEmpty()) {
      throw InvalidInputException.of("role", "This client has no active ceo");
    }
    for (User ceo : ceos) {
      passwordLinks.send(
          ceo,
          client.getWorkspace(),
          operatorName() + " sent you this link at your request, to set your password.");
    }
  }

  private String operatorName() {
    return entityManager.find(Operator.class, context.operator()).getName();
  }

  /**
   * Contact fields and the time zone in one transaction. A new time zone moves calls to other days,
   * so set_client_time_zone() counts the client's rollups again (call writes pause meanwhile).
   */
  public void updateContact(
      UUID id, String name, String email, String phone, String address, String timeZone) {
    Client client = find(id);
    contactErrors(name, email)
        .rejectIf(emailTaken(Text.cleanEmail(email), id), "email", "Another client uses this email")
        .rejectIf(
            timeZone == null || !ZoneId.getAvailableZoneIds().contains(timeZone),
            "timeZone",
            "Choose a time zone from the list")
        .throwIfAny();
    if (!timeZone.equals(client.getTimeZone())) {
      setTimeZone(id, timeZone);
    }
    client.updateContact(
        Text.clean(name), Text.cleanEmail(email), Text.clean(phone), Text.clean(address));
    UniqueConstraint.flush(entityManager, "email", "Another client uses this email");
  }

  private void setTimeZone(UUID id, String timeZone) {
    try {
      sql.update(
          "Changing the time zone of client " + id,
          "SELECT set_client_time_zone(?, ?)",
          List.of(id, timeZone));
    } catch (DatabaseException e) {
      if (INVALID_PARAMETER.equals(e.sqlState())) {
        new FieldErrors()
            .rejectIf(true, "timeZone", "PostgreSQL does not know this time zone")
            .throwIfAny();
      }
      throw e;
    }
  }

  /**
   * Passwords back on for a client that allows single sign-on only, when its provider fails; single
   * sign-on stays on beside them.
   */
  public void allowPasswords(UUID id) {
    Client client = find(id);
    if (client.signInMethods() == SignInMethods.SSO) {
      client.allowSignInBy(SignInMethods.BOTH);
    }
  }

  /** The client's connection to its provider, as the agency's dialog shows it. */
  public CurrentConnection singleSignOn(UUID id) {
    find(id);
    return operatorSingleSignOn.current(id);
  }

  /** Connects a client's workspace to its provider, typically before its first ceo signs in. */
  public void connectSingleSignOn(UUID id, ConnectionForm form) {
    find(id);
    operatorSingleSignOn.save(id, form);
  }

  /** The client's sign-in policy besides single sign-on, as the agency's dialog shows it. */
  public SignInPolicy signInPolicy(UUID id) {
    return SignInPolicy.of(find(id));
  }

  /** Sets a client's policy, typically a new client's; its ceo changes it later. */
  public void changeSignInPolicy(UUID id, SignInPolicy policy) {
    policy.applyTo(find(id));
  }

  /** The ceo's lost phone: see {@link CeoFactorResets}; the agency's log names the client. */
  public void resetCeoSecondFactor(UUID id) {
    find(id);
    ceoFactorResets.reset(id);
    recorder.record(
        AuditEvent.access(
            Actor.operator(context.operator(), origin),
            "clients",
            id,
            "ceo's second factor reset"));
  }

  /** A deactivated client's users cannot sign in until it is reactivated. */
  public void setActive(UUID id, boolean active) {
    find(id).setActive(active);
  }

  private static FieldErrors contactErrors(String name, String email) {
    return new FieldErrors()
        .required("name", Text.clean(name), "Enter the client's name")
        .maxLength("name", name, 255)
        .required("email", Text.clean(email), "Enter a contact email")
        .email("email", email)
        .maxLength("email", email, 255);
  }

  private Client find(UUID id) {
    Client client = id == null ? null : entityManager.find(Client.class, id);
    if (client == null) {
      throw new NotFoundException("Client");
    }
    return client;
  }

  private boolean workspaceTaken(String workspace) {
    return !entityManager
        .createNamedQuery(Client.FIND_BY_WORKSPACE, Client.class)
        .setParameter("workspace", workspace)
        .getResultList()
        .isEmpty();
  }

  private boolean emailTaken(String email, UUID self) {
    return email != null
        && entityManager
                .createQuery(
                    "SELECT COUNT(c) FROM Client c WHERE c.email = :email AND c.id <> :self",
                    Long.class)
                .setParameter("email", email)
                .setParameter("self", self == null ? new UUID(0, 0) : self)
                .getSingleResult()
            > 0;
  }
}
