package com.propaganda.dashboard.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Validates workspace credentials against the users table. The caller principal's name carries the
 * client and user ids; the only group is the user's role.
 */
@ApplicationScoped
public class DashboardIdentityStore implements IdentityStore {

  @EJB private SignInService signInService;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof WorkspaceCredential workspaceCredential)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    try {
      return signInService
          .signIn(workspaceCredential)
          .map(
              signedIn ->
                  new CredentialValidationResult(
                      signedIn.principalName(), Set.of(signedIn.group())))
          .orElse(CredentialValidationResult.INVALID_RESULT);
    } finally {
      workspaceCredential.clear();
    }
  }
}
