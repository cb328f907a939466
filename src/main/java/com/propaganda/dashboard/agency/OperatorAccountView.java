package com.propaganda.dashboard.agency;

import com.propaganda.dashboard.web.PasswordForm;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The agency console's header and the operator's own password. */
@Named
@RequestScoped
public class OperatorAccountView extends PasswordForm {

  @EJB private OperatorAccountService operatorAccountService;

  private String name;

  public String getName() {
    if (name == null) {
      name = operatorAccountService.name();
    }
    return name;
  }

  @Override
  protected void changePassword(String currentPassword, String newPassword) {
    operatorAccountService.changePassword(currentPassword, newPassword);
  }

  @Override
  protected String home() {
    return "/agency/clients";
  }
}
