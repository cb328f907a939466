package com.propaganda.dashboard.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;

/**
 * Validates workspace credentials against the users table. The caller principal's name carries the
 * client and user ids; the only group is the user's role.
 */
@ApplicationScoped
public class DashboardIdentityStore implements IdentityStore {

  @EJB private SignInService signInService;

  /**
   * Given with the role when the password was right but a second factor must follow: the mechanism
   * keeps the sign-in pending and never hands this group to the container.
   */
  static final String SECOND_FACTOR_DUE = "second-factor-due";

  /**
   * Given with the role when the client requires a second factor the account has not set up: the
   * mechanism signs it in to the setup page only, and never hands this group to the container.
   */
  static final String SECOND_FACTOR_SETUP_DUE = "second-factor-setup-due";

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (credential instanceof SecondFactorCredential code) {
      return code.isValid()
          ? result(signInService.secondStep(code))
          : CredentialValidationResult.INVALID_RESULT;
    }
    if (credential instanceof AuthorizationCodeCredential authorizationCode) {
      return result(signInService.singleSignOn(authorizationCode));
    }
    if (!(credential instanceof WorkspaceCredential workspaceCredential)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    try {
      return result(signInService.signIn(workspaceCredential));
    } finally {
      workspaceCredential.clear();
    }
  }

  private static CredentialValidationResult result(Optional<SignedIn> signedIn) {
    return signedIn
        .map(
            in ->
                new CredentialValidationResult(
                    in.principalName(),
                    switch (in.stillDue()) {
                      case SECOND_FACTOR -> Set.of(in.group(), SECOND_FACTOR_DUE);
                      case SECOND_FACTOR_SETUP -> Set.of(in.group(), SECOND_FACTOR_SETUP_DUE);
                      case NOTHING -> Set.of(in.group());
                    }))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
