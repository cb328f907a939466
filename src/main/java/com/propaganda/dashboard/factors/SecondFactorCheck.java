package com.propaganda.dashboard.factors;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The second factor at sign-in, after the password was right and before anyone is signed in: the
 * principal name comes from the identity store, never from the request.
 */
@Stateless
@PermitAll
public class SecondFactorCheck {

  @PersistenceContext private EntityManager entityManager;

  /**
   * Whether the account has a confirmed authenticator, so its sign-in asks for a code. In a
   * transaction of its own: the tenant is bound to the transaction's entity manager.
   */
  public boolean isDue(String principalName) {
    return new FactorRows(entityManager, principalName).hasConfirmed(false);
  }

  /**
   * What a browser needs to sign in with one of the account's passkeys; empty without one.
   *
   * @param challenge this sign-in's, kept in the session until the answer comes
   */
  public Optional<String> passkeyOptions(String principalName, PasskeySite site, String challenge) {
    List<String> passkeys =
        new PasskeyRows(entityManager, new FactorRows(entityManager, principalName))
            .credentialIds();
    return passkeys.isEmpty()
        ? Optional.empty()
        : Optional.of(PasskeyCeremonies.requestOptions(site, challenge, passkeys));
  }

  /** Checks a passkey's answer to this sign-in's challenge; its counter must have moved on. */
  public FactorUse usePasskey(
      String principalName, String response, PasskeySite site, String challenge) {
    PasskeyRows passkeys =
        new PasskeyRows(entityManager, new FactorRows(entityManager, principalName));
    Optional<Passkey> passkey =
        PasskeyCeremonies.credentialIdOf(response)
            .flatMap(passkeys::find)
            .map(PasskeyHolder::getPasskey);
    if (passkey.isEmpty()) {
      return FactorUse.WRONG;
    }
    Optional<Long> counter =
        PasskeyCeremonies.authenticate(response, site, challenge, passkey.get());
    counter.ifPresent(passkey.get()::used);
    return counter.isPresent() ? FactorUse.PASSKEY : FactorUse.WRONG;
  }

  /** Uses a code from the app or a recovery code; the row is locked, so each is good once. */
  public FactorUse use(String principalName, String code) {
    FactorRows rows = new FactorRows(entityManager, principalName);
    return rows.find(true)
        .map(holder -> holder.authenticator().use(code, Instant.now(), rows.owner()))
        .orElse(FactorUse.WRONG);
  }
}
