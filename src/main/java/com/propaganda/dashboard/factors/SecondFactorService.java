package com.propaganda.dashboard.factors;

import com.propaganda.dashboard.audittrail.AuditEvent;
import com.propaganda.dashboard.audittrail.AuditRecorder;
import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.identity.Actor;
import com.propaganda.dashboard.identity.RequestOrigin;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.platform.Text;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A signed-in person's own second factor: setting up an authenticator app, confirming it with a
 * first code (which makes the recovery codes), and removing it with a current code. Each step is in
 * the audit log; neither the secret nor a code ever is.
 */
@Stateless
@RolesAllowed({Roles.CEO, Roles.ADMIN, Roles.SALES, Roles.OPERATOR})
public class SecondFactorService {

  static final String ISSUER = "Propaganda Dashboard";

  @PersistenceContext private EntityManager entityManager;

  @Resource private SessionContext session;

  @EJB private AuditRecorder recorder;

  @Inject private RequestOrigin origin;

  /** Whether the caller's sign-in asks for a code. */
  public boolean isEnrolled() {
    return rows().hasConfirmed(false);
  }

  /** Whether the caller's client requires people of the caller's role to use a second factor. */
  public boolean isRequired() {
    return isRequired(rows());
  }

  private boolean isRequired(FactorRows rows) {
    return rows.client()
        .map(
            client ->
                Arrays.stream(Role.values())
                    .anyMatch(
                        role ->
                            session.isCallerInRole(role.code())
                                && client.requiresSecondFactor(role)))
        // An operator reaches every client's settings: the agency requires it of each.
        .orElse(true);
  }

  public int recoveryCodesLeft() {
    return rows().find(false).map(h -> h.authenticator().recoveryCodesLeft()).orElse(0);
  }

  /**
   * A new secret for an authenticator app, kept unconfirmed until {@link #confirm}; it replaces an
   * unconfirmed one. An account with a confirmed app removes that first.
   *
   * @param account how the app labels the account (the person's email)
   */
  public Enrolment begin(String account) {
    if (isEnrolled()) {
      throw InvalidInputException.of("code", "Remove your current authenticator app first.");
    }
    FactorRows rows = rows();
    String secret = TotpCodes.newSecret();
    rows.replace(new Authenticator(secret, rows.owner()));
    record("second factor: setup started");
    return enrolment(secret, account);
  }

  /** The setup begun and not confirmed yet, to show again after a wrong code. */
  public Optional<Enrolment> unconfirmed(String account) {
    FactorRows rows = rows();
    return rows.find(false)
        .map(FactorHolder::authenticator)
        .filter(authenticator -> !authenticator.isConfirmed())
        .map(authenticator -> enrolment(authenticator.secret(rows.owner()), account));
  }

  /**
   * Confirms the setup with a code from the app: from now on sign-in asks for one.
   *
   * @return the ten recovery codes, shown to the person this once
   */
  public List<String> confirm(String code) {
    FactorRows rows = rows();
    Authenticator authenticator =
        rows.find(true)
            .map(FactorHolder::authenticator)
            .filter(a -> !a.isConfirmed())
            .orElseThrow(() -> InvalidInputException.of("code", "Start the setup again."));
    List<String> codes =
        authenticator
            .confirm(code, Instant.now(), rows.owner())
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "code", "That is not the code your app shows now. Check the app's clock."));
    record("second factor: authenticator app confirmed");
    return codes;
  }

  /** Removes the caller's authenticator; only with a code from it or a recovery code. */
  public void remove(String code) {
    FactorRows rows = rows();
    if (isRequired(rows)) {
      throw InvalidInputException.of(
          "removeCode", "Two-step sign-in is required for your account: it stays on.");
    }
    requireCode(rows, code, "removeCode");
    new PasskeyRows(entityManager, rows).removeAll();
    rows.remove();
    record("second factor: authenticator app removed");
  }

  /** The caller's passkeys, oldest first. */
  public List<PasskeyHolder> passkeys() {
    return new PasskeyRows(entityManager, rows()).list();
  }

  /**
   * What the browser needs to make a passkey for the caller. Passkeys come beside the authenticator
   * app, whose codes and recovery codes stay the way back in and the way to remove one.
   */
  public String passkeyCreationOptions(PasskeySite site, String challenge, String account) {
    FactorRows rows = rows();
    requireApp(rows, "passkeyName");
    return PasskeyCeremonies.creationOptions(
        site,
        challenge,
        rows.owner(),
        account,
        new PasskeyRows(entityManager, rows).credentialIds());
  }

  /** Keeps the passkey the browser made for this session's challenge, under the name given. */
  public void addPasskey(String name, String response, PasskeySite site, String challenge) {
    FactorRows rows = rows();
    requireApp(rows, "passkeyName");
    String cleaned = name == null ? "" : name.strip();
    if (cleaned.isEmpty() || cleaned.length() > 100 || Text.hasControlCharacter(cleaned)) {
      throw InvalidInputException.of(
          "passkeyName", "Name the passkey (at most 100 characters), such as \"Work laptop\".");
    }
    PasskeyCeremonies.Registered registered =
        PasskeyCeremonies.register(response == null ? "" : response, site, challenge)
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "passkeyName",
                        "The browser's passkey did not pass the checks. Try again."));
    new PasskeyRows(entityManager, rows).add(cleaned, registered);
    record("second factor: passkey added");
  }

  /** Removes one passkey; only with a code from the app or a recovery code. */
  public void removePasskey(UUID id, String code) {
    FactorRows rows = rows();
    PasskeyHolder passkey =
        new PasskeyRows(entityManager, rows)
            .byId(id)
            .orElseThrow(() -> new NotFoundException("Passkey"));
    requireCode(rows, code, "passkeyCode");
    entityManager.remove(passkey);
    record("second factor: passkey removed");
  }

  /** A removal is the account's own only with a current code from the app or a recovery code. */
  private static void requireCode(FactorRows rows, String code, String field) {
    FactorUse use =
        rows.find(true)
            .map(h -> h.authenticator().use(code, Instant.now(), rows.owner()))
            .orElse(FactorUse.WRONG);
    if (use == FactorUse.WRONG) {
      throw InvalidInputException.of(
          field, "Type a current code from your app, or an unused recovery code.");
    }
  }

  private static void requireApp(FactorRows rows, String field) {
    if (!rows.hasConfirmed(false)) {
      throw InvalidInputException.of(field, "Set up the authenticator app first.");
    }
  }

  private Enrolment enrolment(String secret, String account) {
    return new Enrolment(
        secret, QrCode.svg(TotpCodes.uri(ISSUER, account, secret), "QR code for your app"));
  }

  private FactorRows rows() {
    return new FactorRows(entityManager, session.getCallerPrincipal().getName());
  }

  private void record(String event) {
    recorder.record(
        AuditEvent.ofOwnAccount(Actor.of(session.getCallerPrincipal().getName(), origin), event));
  }
}
