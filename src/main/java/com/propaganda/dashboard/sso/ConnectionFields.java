package com.propaganda.dashboard.sso;

import com.propaganda.dashboard.tenancy.SignInMethods;
import java.io.Serializable;

/**
 * The connection's fields as a page edits them, for the ceo's page and the agency's dialog alike.
 * The secret is written, never read back.
 */
public class ConnectionFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String issuer;
  private String clientId;
  private transient String secret;
  private String emailClaim = "email";
  private String groupsClaim;
  private String roleMapping;
  private boolean createsSalesUsers;
  private String methods = SignInMethods.PASSWORD.code();

  /** The fields of the connection kept, if any, and the ways in. */
  public void show(CurrentConnection current) {
    methods = current.methods().code();
    issuer = clientId = groupsClaim = roleMapping = null;
    emailClaim = "email";
    createsSalesUsers = false;
    current
        .settings()
        .ifPresent(
            settings -> {
              issuer = settings.issuer();
              clientId = settings.clientId();
              emailClaim = settings.emailClaim();
              groupsClaim = settings.groupsClaim().orElse("");
              roleMapping = settings.roleMapping().text();
              createsSalesUsers = settings.createsSalesUsers();
            });
  }

  /** What was typed; the secret is forgotten here, whatever happens to the form. */
  public ConnectionForm typed() {
    ConnectionForm form =
        new ConnectionForm(
            issuer,
            clientId,
            secret,
            emailClaim,
            groupsClaim,
            roleMapping,
            createsSalesUsers,
            SignInMethods.ofCode(methods));
    secret = null;
    return form;
  }

  public String getIssuer() {
    return issuer;
  }

  public void setIssuer(String issuer) {
    this.issuer = issuer;
  }

  public String getClientId() {
    return clientId;
  }

  public void setClientId(String clientId) {
    this.clientId = clientId;
  }

  public String getSecret() {
    return null;
  }

  public void setSecret(String secret) {
    this.secret = secret;
  }

  public String getEmailClaim() {
    return emailClaim;
  }

  public void setEmailClaim(String emailClaim) {
    this.emailClaim = emailClaim;
  }

  public String getGroupsClaim() {
    return groupsClaim;
  }

  public void setGroupsClaim(String groupsClaim) {
    this.groupsClaim = groupsClaim;
  }

  public String getRoleMapping() {
    return roleMapping;
  }

  public void setRoleMapping(String roleMapping) {
    this.roleMapping = roleMapping;
  }

  public boolean isCreatesSalesUsers() {
    return createsSalesUsers;
  }

  public void setCreatesSalesUsers(boolean createsSalesUsers) {
    this.createsSalesUsers = createsSalesUsers;
  }

  public String getMethods() {
    return methods;
  }

  public void setMethods(String methods) {
    this.methods = methods;
  }
}
