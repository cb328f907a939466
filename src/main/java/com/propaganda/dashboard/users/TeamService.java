package com.propaganda.dashboard.users;

import com.propaganda.dashboard.audittrail.AuditEvent;
import com.propaganda.dashboard.audittrail.AuditRecorder;
import com.propaganda.dashboard.audittrail.Audited;
import com.propaganda.dashboard.database.UniqueConstraint;
import com.propaganda.dashboard.errors.FieldErrors;
import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.factors.AccountFactors;
import com.propaganda.dashboard.identity.Actor;
import com.propaganda.dashboard.identity.KeyScope;
import com.propaganda.dashboard.identity.KeyScopes;
import com.propaganda.dashboard.identity.RequestOrigin;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.passwords.PasswordHasher;
import com.propaganda.dashboard.platform.Text;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.Client;
import com.propaganda.dashboard.tenancy.TenantBound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The client's team, managed by admin and ceo. New users and resets get a set-password link by
 * mail: no one chooses another person's password. An admin never creates, changes or deactivates a
 * ceo, and the last active ceo of a client stays a ceo and active.
 */
@Stateless
@TenantBound
@Audited("users")
@RolesAllowed({Roles.CEO, Roles.ADMIN})
public class TeamService {

  private static final String DUPLICATE = "Someone in your team already uses this email";

  @PersistenceContext private EntityManager entityManager;

  @Inject private CallerContext context;

  @Inject private PasswordLinks passwordLinks;

  @EJB private AuditRecorder recorder;

  @Inject private RequestOrigin origin;

  @KeyScope(KeyScopes.CALLS_READ)
  public List<TeamMember> members() {
    return asMembers(
        entityManager
            .createQuery("SELECT u FROM User u ORDER BY u.active DESC, u.name", User.class)
            .getResultList());
  }

  @KeyScope(KeyScopes.CALLS_READ)
  public TeamMember member(UUID id) {
    User user = id == null ? null : entityManager.find(User.class, id);
    if (user == null) {
      throw new NotFoundException("User");
    }
    return asMembers(List.of(user)).get(0);
  }

  /**
   * Users as the team page lists them, with when their second factor was confirmed: read apart,
   * since a join on a second tenant entity filters the users to those with a factor.
   */
  private List<TeamMember> asMembers(List<User> users) {
    Map<UUID, OffsetDateTime> factors = AccountFactors.confirmed(entityManager);
    return users.stream()
        .map(
            user ->
                new TeamMember(
                    user.getId(),
                    user.getName(),
                    user.getEmail(),
                    user.getRole(),
                    user.isActive(),
                    user.getLastLogin(),
                    factors.get(user.getId())))
        .toList();
  }

  /** The reps a call can be assigned to. */
  public List<TeamMember> activeReps() {
    return members().stream().filter(m -> m.active() && m.role() == Role.SALES).toList();
  }

  public UUID create(NewMember member) {
    String email = Text.cleanEmail(member.email());
    String name = Text.clean(member.name());
    FieldErrors errors =
        new FieldErrors()
            .required("name", name, "Enter the person's name")
            .maxLength("name", name, 255)
            .required("email", email, "Enter an email address")
            .maxLength("email", email, 255)
            .email("email", email)
            .required("role", member.role(), "Choose a role")
            .rejectIf(email != null && emailTaken(email), "email", DUPLICATE);
    errors.throwIfAny();
    guardCeoChange(member.role());
    User user = new User(email, name, member.role(), PasswordHasher.NO_PASSWORD);
    entityManager.persist(user);
    UniqueConstraint.flush(entityManager, "email", DUPLICATE);
    Client client = client();
    passwordLinks.send(
        user,
        client.getWorkspace(),
        caller().getName()
            + " added you to the Propaganda Dashboard of "
            + client.getName()
            + " as "
            + member.role().code()
            + ".");
    return user.getId();
  }

  public void changeRole(UUID id, Role role) {
    new FieldErrors().required("role", role, "Choose a role").throwIfAny();
    User user = find(id);
    guardCeoChange(user.getRole());
    guardCeoChange(role);
    if (user.getRole() == Role.CEO && role != Role.CEO) {
      guardLastCeo(user);
    }
    user.changeRole(role);
  }

  public void setActive(UUID id, boolean active) {
    User user = find(id);
    guardCeoChange(user.getRole());
    if (!active) {
      if (user.getId().equals(context.caller().userId())) {
        throw InvalidInputException.of("active", "You cannot deactivate yourself");
      }
      if (user.getRole() == Role.CEO) {
        guardLastCeo(user);
      }
    }
    user.setActive(active);
  }

  /**
   * Mails the user a link to set a new password; their current one works until they do. Nobody but
   * the mailbox's owner learns the new password.
   */
  public void sendPasswordLink(UUID id) {
    User user = find(id);
    guardCeoChange(user.getRole());
    passwordLinks.send(
        user,
        client().getWorkspace(),
        caller().getName()
            + " asked for a new password for your account. Until you set it, your current"
            + " password still works.");
  }

  /**
   * Removes a member's second factor after they lost it, and ends their sessions: a ceo resets an
   * admin's or a rep's, an admin a rep's; a ceo's is the agency's to reset, and one's own is turned
   * off on the two-step page with a code.
   */
  public void resetSecondFactor(UUID id) {
    User user = find(id);
    if (user.getId().equals(context.caller().userId())) {
      throw InvalidInputException.of(
          "secondFactor", "Turn your own off on the two-step sign-in page, with a code");
    }
    if (user.getRole() == Role.CEO) {
      throw InvalidInputException.of(
          "secondFactor", "Only the agency resets a ceo's two-step sign-in");
    }
    if (user.getRole() == Role.ADMIN && context.role() != Role.CEO) {
      throw InvalidInputException.of(
          "secondFactor", "Only a ceo resets an admin's two-step sign-in");
    }
    if (!AccountFactors.reset(entityManager, context.caller().clientId(), id)) {
      throw InvalidInputException.of(
          "secondFactor", user.getName() + " has no two-step sign-in to reset");
    }
    user.endSessions();
    recorder.record(
        AuditEvent.access(
            Actor.user(context.caller(), origin), "users", id, "second factor reset"));
  }

  private User caller() {
    return entityManager.find(User.class, context.caller().userId());
  }

  private Client client() {
    return entityManager.find(Client.class, context.caller().clientId());
  }

  private User find(UUID id) {
    User user = id == null ? null : entityManager.find(User.class, id);
    if (user == null) {
      throw new NotFoundException("User");
    }
    return user;
  }

  /** Only a ceo creates, changes or deactivates a ceo. */
  private void guardCeoChange(Role role) {
    if (role == Role.CEO && !(context.role() == Role.CEO)) {
      throw InvalidInputException.of("role", "Only a ceo can add or change a ceo");
    }
  }

  /** Locks the client's active ceos, so two ceos cannot demote each other at the same moment. */
  private void guardLastCeo(User leaving) {
    List<User> activeCeos =
        entityManager
            .createQuery("SELECT u FROM User u WHERE u.role = :ceo AND u.active = true", User.class)
            .setParameter("ceo", Role.CEO)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (activeCeos.stream().allMatch(ceo -> ceo.equals(leaving))) {
      throw InvalidInputException.of("role", "A client keeps at least one active ceo");
    }
  }

  private boolean emailTaken(String email) {
    return !entityManager
        .createNamedQuery(User.FIND_BY_EMAIL, User.class)
        .setParameter("email", email)
        .getResultList()
        .isEmpty();
  }
}
