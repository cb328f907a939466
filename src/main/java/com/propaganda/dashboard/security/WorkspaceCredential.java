package com.propaganda.dashboard.security;

import com.propaganda.dashboard.platform.Text;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import java.util.Locale;

/**
 * What a user types at sign-in. The workspace names the client, because the same email may exist in
 * two clients. Workspace and email are compared in lower case.
 */
public final class WorkspaceCredential implements Credential {

  private final String workspace;
  private final String email;
  private final Password password;

  public WorkspaceCredential(String workspace, String email, String password) {
    this.workspace = normalize(workspace);
    this.email = normalize(email);
    this.password = new Password(password == null ? "" : password);
  }

  private static String normalize(String value) {
    return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The sign-in form's own limits; a longer value, or one with a control character, is no account's
   * and is never looked up or hashed.
   */
  static final int MAX_WORKSPACE = 63;

  static final int MAX_EMAIL = 255;
  static final int MAX_PASSWORD = 256;

  public boolean exceedsLimits() {
    return workspace.length() > MAX_WORKSPACE
        || email.length() > MAX_EMAIL
        || Text.hasControlCharacter(workspace)
        || Text.hasControlCharacter(email)
        || password.getValue().length > MAX_PASSWORD;
  }

  public String workspace() {
    return workspace;
  }

  public String email() {
    return email;
  }

  public Password password() {
    return password;
  }

  @Override
  public void clear() {
    password.clear();
  }

  @Override
  public boolean isCleared() {
    return password.getValue() == null;
  }
}
