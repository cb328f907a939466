package com.propaganda.dashboard.users;

import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.web.FacesFeedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** The ceo's sign-in policy page. */
@Named
@RequestScoped
public class SignInPolicyView {

  @EJB private SignInPolicyService policy;

  @Inject private FacesFeedback feedback;

  @Inject private FacesContext facesContext;

  /** The codes of the chosen roles, as the check boxes post them. */
  private String[] secondFactorRoles;

  private Integer sessionIdleMinutes;

  private Integer sessionHours;

  private boolean apiKeysAllowed;

  @PostConstruct
  void load() {
    SignInPolicy current = policy.policy();
    secondFactorRoles = current.secondFactorRoles().stream().map(Role::code).toArray(String[]::new);
    sessionIdleMinutes = current.sessionIdleMinutes();
    sessionHours = current.sessionHours();
    apiKeysAllowed = current.apiKeysAllowed();
  }

  public List<Role> getRoles() {
    return Arrays.asList(Role.values());
  }

  public void save() {
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    List<String> chosen = Arrays.asList(secondFactorRoles);
    Arrays.stream(Role.values()).filter(role -> chosen.contains(role.code())).forEach(roles::add);
    SignInPolicy changed =
        new SignInPolicy(
            roles,
            sessionIdleMinutes == null ? 0 : sessionIdleMinutes,
            sessionHours == null ? 0 : sessionHours,
            apiKeysAllowed);
    if (feedback.attempt(FIELDS, () -> policy.change(changed))) {
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              roles.isEmpty()
                  ? "Saved. Nobody must use two-step sign-in now."
                  : "Saved. People of these roles without two-step sign-in set it up at their"
                      + " next sign-in.",
              null));
    }
  }

  private static final Map<String, String> FIELDS =
      Map.of(
          "sessionIdleMinutes", "policy-form:session-idle-minutes",
          "sessionHours", "policy-form:session-hours");

  public Integer getSessionIdleMinutes() {
    return sessionIdleMinutes;
  }

  public void setSessionIdleMinutes(Integer sessionIdleMinutes) {
    this.sessionIdleMinutes = sessionIdleMinutes;
  }

  public Integer getSessionHours() {
    return sessionHours;
  }

  public void setSessionHours(Integer sessionHours) {
    this.sessionHours = sessionHours;
  }

  public boolean isApiKeysAllowed() {
    return apiKeysAllowed;
  }

  public void setApiKeysAllowed(boolean apiKeysAllowed) {
    this.apiKeysAllowed = apiKeysAllowed;
  }

  public String[] getSecondFactorRoles() {
    return secondFactorRoles.clone();
  }

  public void setSecondFactorRoles(String[] secondFactorRoles) {
    this.secondFactorRoles = secondFactorRoles == null ? new String[0] : secondFactorRoles.clone();
  }
}
