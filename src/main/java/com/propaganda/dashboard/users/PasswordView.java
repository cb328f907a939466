package com.propaganda.dashboard.users;

import com.propaganda.dashboard.platform.FacesFeedback;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/** A user changes their own password; required after an admin set it. */
@Named
@RequestScoped
public class PasswordView {

  @EJB private AccountService accountService;

  @Inject private FacesFeedback feedback;

  @Inject private FacesContext facesContext;

  private String currentPassword;
  private String newPassword;

  public String change() {
    boolean changed =
        feedback.attempt(
            Map.of(
                "currentPassword", "password-form:current",
                "newPassword", "password-form:new"),
            () -> accountService.changePassword(currentPassword, newPassword));
    if (!changed) {
      return null;
    }
    facesContext.getExternalContext().getFlash().setKeepMessages(true);
    feedback.info("Password changed");
    return "/app/calls?faces-redirect=true";
  }

  public boolean isRequired() {
    return accountService.mustChangePassword();
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }
}
