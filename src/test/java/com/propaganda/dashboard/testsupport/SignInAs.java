package com.propaganda.dashboard.testsupport;

import com.propaganda.dashboard.security.WorkspaceCredential;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Signs the in-container test in through the application's own identity store, so the services see
 * the same caller principal and role as after a sign-in on the login page.
 */
@RequestScoped
public class SignInAs {

  @Inject private SecurityContext securityContext;

  @Inject private HttpServletRequest request;

  public void user(String workspace, String email, String password) {
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            CurrentResponse.get(),
            AuthenticationParameters.withParams()
                .credential(new WorkspaceCredential(workspace, email, password))
                .newAuthentication(true));
    if (status != AuthenticationStatus.SUCCESS) {
      throw new IllegalStateException("Sign-in of " + email + " failed: " + status);
    }
  }
}
