package com.propaganda.dashboard.agency;

import com.propaganda.dashboard.sso.ConnectionFields;
import com.propaganda.dashboard.sso.ConnectionForm;
import com.propaganda.dashboard.sso.SingleSignOnView;
import com.propaganda.dashboard.users.PolicyFields;
import com.propaganda.dashboard.users.SignInPolicy;
import com.propaganda.dashboard.web.FacesFeedback;
import com.propaganda.dashboard.web.ServerAddress;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The operators' client list: create a client with its ceo, edit contacts, (de)activate. */
@Named
@ViewScoped
public class ClientsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> NEW_CLIENT_FIELDS =
      Map.of(
          "name", "new-client:name",
          "workspace", "new-client:workspace",
          "email", "new-client:email",
          "ceoName", "new-client:ceoName",
          "ceoEmail", "new-client:ceoEmail");

  private static final List<String> TIME_ZONES =
      ZoneId.getAvailableZoneIds().stream().sorted().toList();

  @EJB private ClientAdminService clientAdminService;

  @Inject private FacesFeedback feedback;

  private List<ClientSummary> clients;
  private final ClientForm form = new ClientForm();
  private ClientSummary editing;
  private final ClientForm contact = new ClientForm();
  private ClientSummary connecting;
  private final ConnectionFields singleSignOn = new ConnectionFields();
  private final PolicyFields policy = new PolicyFields();

  @PostConstruct
  void init() {
    reload();
  }

  public void create() {
    NewClient request = form.toNewClient();
    if (feedback.attempt(NEW_CLIENT_FIELDS, () -> clientAdminService.create(request))) {
      feedback.info("Client created: " + request.ceoEmail() + " got a link to set their password");
      form.clear();
      reload();
    }
  }

  public void edit(ClientSummary client) {
    editing = client;
    contact.fill(client);
  }

  public void saveContact() {
    if (feedback.attempt(
        Map.of("name", "contact:name", "email", "contact:email", "timeZone", "contact:timeZone"),
        () ->
            clientAdminService.updateContact(
                editing.id(),
                contact.getName(),
                contact.getEmail(),
                contact.getPhone(),
                contact.getAddress(),
                contact.getTimeZone()))) {
      feedback.info("Contact saved");
      reload();
    }
  }

  public void setActive(ClientSummary client, boolean active) {
    if (feedback.attempt(Map.of(), () -> clientAdminService.setActive(client.id(), active))) {
      feedback.info(
          client.name()
              + (active ? " is active again" : " is deactivated: its users cannot sign in"));
    }
    reload();
  }

  public void sendCeoPasswordLinks(ClientSummary client) {
    if (feedback.attempt(Map.of(), () -> clientAdminService.sendCeoPasswordLinks(client.id()))) {
      feedback.info("Mailed each active ceo of " + client.name() + " a link to set their password");
    }
  }

  /** Opens the client's sign-in policy and single sign-on, as its ceo sees them on their page. */
  public void editSignInPolicy(ClientSummary client) {
    connecting = client;
    if (!feedback.attempt(
        Map.of(),
        () -> {
          policy.show(clientAdminService.signInPolicy(client.id()));
          singleSignOn.show(clientAdminService.singleSignOn(client.id()));
        })) {
      connecting = null;
    }
  }

  public void savePolicy() {
    SignInPolicy typed = policy.typed();
    if (feedback.attempt(
        PolicyFields.fieldIds("policy-form"),
        () -> clientAdminService.changeSignInPolicy(connecting.id(), typed))) {
      feedback.info(connecting.name() + "'s sign-in policy is saved");
    }
  }

  public PolicyFields getPolicy() {
    return policy;
  }

  public void saveSingleSignOn() {
    ConnectionForm typed = singleSignOn.typed();
    if (feedback.attempt(
        SingleSignOnView.fieldIds("sso-form"),
        () -> clientAdminService.connectSingleSignOn(connecting.id(), typed))) {
      feedback.info(connecting.name() + "'s workspace is connected to its provider");
      reload();
    }
  }

  /** The redirect address to register at the provider: this server's, as the browser reaches it. */
  public String getCallbackUrl() {
    return ServerAddress.of(
            (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest())
        + SingleSignOnView.CALLBACK;
  }

  public ConnectionFields getSingleSignOn() {
    return singleSignOn;
  }

  public String getConnectingName() {
    return connecting == null ? "" : connecting.name();
  }

  public void allowPasswords(ClientSummary client) {
    if (feedback.attempt(Map.of(), () -> clientAdminService.allowPasswords(client.id()))) {
      feedback.info(client.name() + "'s people may sign in with passwords again");
    }
    reload();
  }

  public void resetCeoSecondFactor(ClientSummary client) {
    if (feedback.attempt(Map.of(), () -> clientAdminService.resetCeoSecondFactor(client.id()))) {
      feedback.info(
          "The two-step sign-in of " + client.name() + "'s ceo is reset; their sessions ended");
    }
  }

  private void reload() {
    clients = clientAdminService.clients();
  }

  public List<ClientSummary> getClients() {
    return clients;
  }

  public ClientForm getForm() {
    return form;
  }

  /** Every zone Java knows, for the time zone choice. */
  public List<String> getTimeZones() {
    return TIME_ZONES;
  }

  public ClientForm getContact() {
    return contact;
  }
}
