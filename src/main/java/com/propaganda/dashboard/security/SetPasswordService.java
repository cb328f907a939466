package com.propaganda.dashboard.security;

import com.propaganda.dashboard.errors.FieldErrors;
import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.identity.Actor;
import com.propaganda.dashboard.identity.RequestOrigin;
import com.propaganda.dashboard.passwords.PasswordHasher;
import com.propaganda.dashboard.passwords.PasswordPolicy;
import com.propaganda.dashboard.tenancy.CrossClientSql;
import com.propaganda.dashboard.users.PasswordLinks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The set-password page's two steps, before anyone signs in: whose link a token is, and setting the
 * password it allows. The token is all the caller has; the database finds the account from its hash
 * (password_link_account(), use_password_link()), so no client or user id is ever taken from the
 * request.
 */
@Stateless
@PermitAll
public class SetPasswordService {

  static final String SPENT = "This link has expired or was already used; ask for a new one.";

  @Inject private CrossClientSql sql;

  @Inject private RequestOrigin origin;

  /** Whose account the link opens, while it may be used. */
  public Optional<LinkAccount> account(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    return sql
        .query(
            "Looking up a password link",
            "SELECT workspace, email, name FROM password_link_account(?)",
            List.of(PasswordLinks.tokenHash(token)),
            row -> new LinkAccount(row.getString(1), row.getString(2), row.getString(3)))
        .stream()
        .findFirst();
  }

  /**
   * Sets the password and spends the link, recorded in the user's name with the request's address.
   *
   * @throws InvalidInputException on a weak or mistyped password, or a spent link
   */
  public void setPassword(String token, String password, String repeated) {
    if (account(token).isEmpty()) {
      throw InvalidInputException.of("password", SPENT);
    }
    FieldErrors errors = PasswordPolicy.check(new FieldErrors(), "password", password);
    errors
        .rejectIf(
            password != null && !password.equals(repeated), "repeated", "The two passwords differ")
        .throwIfAny();
    if (!HashingPermits.acquire()) {
      throw InvalidInputException.of("password", "The server is busy; try again in a few seconds.");
    }
    String hash;
    try {
      hash = PasswordHasher.hash(password.toCharArray());
    } finally {
      HashingPermits.release();
    }
    UUID user =
        sql.inOneConnection(
            "Setting a password by link",
            connection -> {
              // In this transaction (settings are transaction-local): the audit row of the change
              // carries the request's address; use_password_link() names the user as its actor.
              Actor.anonymous(origin).settings().applyTo(connection);
              try (var statement = connection.prepareStatement("SELECT use_password_link(?, ?)")) {
                statement.setString(1, PasswordLinks.tokenHash(token));
                statement.setString(2, hash);
                try (var result = statement.executeQuery()) {
                  result.next();
                  return result.getObject(1, UUID.class);
                }
              }
            });
    if (user == null) {
      throw InvalidInputException.of("password", SPENT);
    }
  }

  /** The account a link opens, as the page names it. */
  public record LinkAccount(String workspace, String email, String name)
      implements java.io.Serializable {}
}
