package com.propaganda.dashboard.users;

import com.propaganda.dashboard.web.FacesFeedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The ceo's sign-in policy page, single sign-on apart (SingleSignOnView). */
@Named
@RequestScoped
public class SignInPolicyView {

  @EJB private SignInPolicyService policy;

  @Inject private FacesFeedback feedback;

  private final PolicyFields fields = new PolicyFields();

  @PostConstruct
  void load() {
    fields.show(policy.policy());
  }

  public void save() {
    SignInPolicy changed = fields.typed();
    if (feedback.attempt(PolicyFields.fieldIds("policy-form"), () -> policy.change(changed))) {
      feedback.info(
          changed.secondFactorRoles().isEmpty()
              ? "Saved. Nobody must use two-step sign-in now."
              : "Saved. People of these roles without two-step sign-in set it up at their next"
                  + " sign-in.");
    }
  }

  public PolicyFields getFields() {
    return fields;
  }
}
