package com.propaganda.dashboard.audittrail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.auditviewer.AuditLogService;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.platform.Settings;
import com.propaganda.dashboard.testsupport.OwnerDatabase;
import com.propaganda.dashboard.testsupport.SignInAs;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The chain anchored outside the database: what the table owner can do unseen by the database's own
 * check (disable the append-only triggers, rewrite rows and rehash the chain, or cut its end) the
 * outside verifier catches against the signed checkpoints.
 */
@ExtendWith(ArquillianExtension.class)
class AuditCheckpointIT {

  /** As the owner with the append-only triggers off: rehashes the whole chain of a client. */
  private static final String REHASH =
      "DO $$ DECLARE link record; prev text := ''; BEGIN"
          + " FOR link IN SELECT c.audit_id, a AS entry FROM audit_chain c"
          + " JOIN audit_logs a ON a.id = c.audit_id WHERE c.chain = '%s' ORDER BY c.seq LOOP"
          + " UPDATE audit_chain SET prev_hash = prev, hash = audit_link(prev, link.entry)"
          + " WHERE audit_id = link.audit_id;"
          + " SELECT hash INTO prev FROM audit_chain WHERE audit_id = link.audit_id;"
          + " END LOOP; END $$";

  @EJB private TestData data;

  @EJB private AuditSealing sealing;

  @EJB private AuditLogService auditLog;

  @Inject private SignInAs signIn;

  private Tenant tenant;

  @BeforeEach
  void aSealedAndSignedLog() throws Exception {
    tenant = Tenant.create(data, "Checkpoint Co");
    for (String name : new String[] {"First", "Second", "Third"}) {
      data.call(tenant.id(), tenant.rep(), null, name);
    }
    sealing.seal();
    assertTrue(sign() >= 1);
  }

  /** What the signer process does every few seconds, with the test command's key. */
  private int sign() throws Exception {
    try (Connection owner = OwnerDatabase.dataSource().getConnection()) {
      return new CheckpointSigner(
              CheckpointKeys.signingKey(Settings.auditSigningKey()),
              CheckpointStore.configured(),
              Instant.EPOCH)
          .signNewHeads(owner);
    }
  }

  @Test
  void anUntouchedChainHoldsAgainstItsSignedCheckpoint() throws Exception {
    ChainVerifier.Report report = verify();

    assertTrue(report.intact(), report.toString());
    assertTrue(report.checkpoints() >= 1);
    assertEquals(report.checked(), CheckpointStore.configured().latest(tenant.id()).get().seq());
  }

  @Test
  void rowsRewrittenAndTheChainRehashedByTheOwnerMissTheSignedHash() throws Exception {
    String forged = data.text("SELECT id FROM audit_logs WHERE client_id = ? LIMIT 1", tenant.id());
    withTriggersOff(
        () -> {
          data.execute(
              "UPDATE audit_logs SET new_values = jsonb_set(new_values, '{prospect_name}',"
                  + " '\"Forged\"') WHERE id = ?::uuid",
              forged);
          data.execute(String.format(REHASH, tenant.id()));
        });

    assertEquals("|", inDatabaseVerdict(), "the database's own check sees nothing");
    ChainVerifier.Report report = verify();
    assertFalse(report.intact());
    assertTrue(report.problem().contains("rewritten and rehashed"), report.problem());
  }

  @Test
  void rowsDeletedFromTheEndFallShortOfTheSignedPosition() throws Exception {
    withTriggersOff(
        () -> {
          data.execute(
              "DELETE FROM audit_chain WHERE chain = ? AND seq > (SELECT max(seq) - 2 FROM"
                  + " audit_chain WHERE chain = ?)",
              tenant.id(),
              tenant.id());
          data.execute(
              "DELETE FROM audit_logs a WHERE a.client_id = ? AND NOT EXISTS"
                  + " (SELECT 1 FROM audit_chain c WHERE c.audit_id = a.id)",
              tenant.id());
        });

    assertEquals("|", inDatabaseVerdict(), "the database's own check sees nothing");
    ChainVerifier.Report report = verify();
    assertFalse(report.intact());
    assertTrue(report.problem().contains("rows were deleted from its end"), report.problem());
  }

  @Test
  void theSignerAppendsOnlyPastThePositionItSignedLast() throws Exception {
    int lines = CheckpointStore.configured().all(tenant.id()).size();

    assertEquals(0, sign());
    assertEquals(lines, CheckpointStore.configured().all(tenant.id()).size());
  }

  /** A chain whose checkpoints are gone (or were never written) holds against nothing: it fails. */
  @Test
  void rowsSealedLongAgoThatNoCheckpointSignsFailTheCheck() throws Exception {
    tenant = Tenant.create(data, "Unsigned Co");
    data.call(tenant.id(), tenant.rep(), null, "Never signed");
    sealing.seal();
    withTriggersOff(
        () ->
            data.execute(
                "UPDATE audit_chain SET sealed_at = sealed_at - interval '3 minutes'"
                    + " WHERE chain = ?",
                tenant.id()));

    ChainVerifier.Report report = verify();

    assertFalse(report.intact());
    assertTrue(report.problem().contains("no checkpoint signs them"), report.problem());
    assertEquals(1L, report.badSeq());
  }

  @Test
  void aRowInNeitherTheChainNorTheQueueIsCounted() throws Exception {
    data.execute(
        "INSERT INTO audit_logs (client_id, table_name, record_id, action)"
            + " VALUES (?, 'calls', gen_random_uuid(), 'DELETE')",
        tenant.id());

    ChainVerifier.Report report = verify();

    assertEquals(1, report.orphans());
    assertNull(report.problem());
    assertFalse(report.intact());
  }

  @Test
  void theCeoDownloadsTheLatestCheckpointAsAReceiptItsSignatureChecks() throws Exception {
    tenant.signInAs(signIn, Role.CEO);
    Checkpoint latest = CheckpointStore.configured().latest(tenant.id()).get();

    String receipt = auditLog.receipt().orElseThrow();

    assertTrue(receipt.contains(latest.signedText()), receipt);
    assertTrue(receipt.contains(latest.signature()), receipt);
    assertTrue(latest.isSignedBy(CheckpointKeys.verifyKey(Settings.auditVerifyKey())));
    Checkpoint altered =
        new Checkpoint(
            latest.chain(), latest.seq() + 1, latest.hash(), latest.sealedAt(), latest.signature());
    assertFalse(altered.isSignedBy(CheckpointKeys.verifyKey(Settings.auditVerifyKey())));
  }

  private ChainVerifier.Report verify() throws Exception {
    try (Connection owner = OwnerDatabase.dataSource().getConnection()) {
      return new ChainVerifier(
              owner,
              CheckpointKeys.verifyKey(Settings.auditVerifyKey()),
              CheckpointStore.configured())
          .verify(tenant.id());
    }
  }

  private String inDatabaseVerdict() {
    return data.text(
        "SELECT coalesce(bad_audit_id::text, '') || '|' || coalesce(problem, '')"
            + " FROM verify_audit_chain(?)",
        tenant.id());
  }

  private void withTriggersOff(Runnable change) {
    data.execute("ALTER TABLE audit_logs DISABLE TRIGGER audit_logs_append_only");
    data.execute("ALTER TABLE audit_chain DISABLE TRIGGER audit_chain_append_only");
    try {
      change.run();
    } finally {
      data.execute("ALTER TABLE audit_logs ENABLE TRIGGER audit_logs_append_only");
      data.execute("ALTER TABLE audit_chain ENABLE TRIGGER audit_chain_append_only");
    }
  }
}
