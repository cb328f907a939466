package com.propaganda.dashboard.sso;

import com.propaganda.dashboard.web.FacesFeedback;
import com.propaganda.dashboard.web.ServerAddress;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** The single sign-on part of the ceo's sign-in policy page. */
@Named
@RequestScoped
public class SingleSignOnView {

  /** Where the provider sends the browser back, below the context root. */
  public static final String CALLBACK = "/sso/callback";

  private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @EJB private SingleSignOnSettingsService service;

  @Inject private FacesFeedback feedback;

  @Inject private FacesContext facesContext;

  private CurrentConnection current;

  private final ConnectionFields fields = new ConnectionFields();

  @PostConstruct
  void load() {
    current = service.current();
    fields.show(current);
  }

  public void save() {
    ConnectionForm form = fields.typed();
    if (feedback.attempt(fieldIds("sso-form"), () -> service.save(form))) {
      feedback.info(
          "Saved. The provider answered at its issuer; the sign-in page offers it from now on.");
      current = service.current();
    }
  }

  public void disconnect() {
    if (feedback.attempt(Map.of(), service::disconnect)) {
      feedback.info("Single sign-on is off; everyone signs in with a password again.");
      load();
    }
  }

  /** The client id of each field's input in a form that includes sso-connection-fields.xhtml. */
  public static Map<String, String> fieldIds(String form) {
    return Map.of(
        "issuer", form + ":issuer",
        "clientId", form + ":client-id",
        "secret", form + ":secret",
        "emailClaim", form + ":email-claim",
        "groupsClaim", form + ":groups-claim",
        "roleMapping", form + ":role-mapping");
  }

  public ConnectionFields getFields() {
    return fields;
  }

  public boolean isConnected() {
    return current.settings().isPresent();
  }

  public String getChanged() {
    return current.changed().map(CHANGED::format).orElse("");
  }

  /** The redirect address to register at the provider: this server's, as the browser reaches it. */
  public String getCallbackUrl() {
    return base() + CALLBACK;
  }

  /** The address to register for after the provider's sign-out. */
  public String getSignedOutUrl() {
    return base() + "/login.xhtml?signedOut=true";
  }

  private String base() {
    return ServerAddress.of((HttpServletRequest) facesContext.getExternalContext().getRequest());
  }
}
