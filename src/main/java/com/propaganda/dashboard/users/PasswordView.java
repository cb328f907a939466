package com.propaganda.dashboard.users;

import com.propaganda.dashboard.web.PasswordForm;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** A user changes their own password; required after an admin set it. */
@Named
@RequestScoped
public class PasswordView extends PasswordForm {

  @EJB private AccountService accountService;

  @Override
  protected void changePassword(String currentPassword, String newPassword) {
    accountService.changePassword(currentPassword, newPassword);
  }

  @Override
  protected String home() {
    return "/app/calls";
  }

  @Override
  public boolean isRequired() {
    return accountService.mustChangePassword();
  }
}
