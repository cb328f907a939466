package com.propaganda.dashboard.testsupport;

import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.passwords.PasswordHasher;
import java.util.UUID;

/**
 * A client made for one test, with a ceo, an admin and two sales reps, all with {@link #PASSWORD},
 * and one loss reason.
 */
public record Tenant(
    UUID id, String workspace, UUID ceo, UUID admin, UUID rep, UUID otherRep, UUID lossReason) {

  public static final String PASSWORD = "tenant test password";

  /** Hashed once: every fixture user shares it. */
  static final String PASSWORD_HASH = PasswordHasher.hash(PASSWORD.toCharArray());

  public static Tenant create(TestData data, String name) {
    UUID client = data.client(name, true);
    return new Tenant(
        client,
        data.workspaceOf(client),
        data.user(client, "ceo@tenant.example", Role.CEO, PASSWORD_HASH, true),
        data.user(client, "admin@tenant.example", Role.ADMIN, PASSWORD_HASH, true),
        data.user(client, "rep@tenant.example", Role.SALES, PASSWORD_HASH, true),
        data.user(client, "other.rep@tenant.example", Role.SALES, PASSWORD_HASH, true),
        data.lossReason(client, "Price"));
  }

  public void signInAs(SignInAs signIn, Role role) {
    signIn.user(workspace, emailOf(role), PASSWORD);
  }

  public void signInAsOtherRep(SignInAs signIn) {
    signIn.user(workspace, "other.rep@tenant.example", PASSWORD);
  }

  public static String emailOf(Role role) {
    return switch (role) {
      case CEO -> "ceo@tenant.example";
      case ADMIN -> "admin@tenant.example";
      case SALES -> "rep@tenant.example";
    };
  }
}
