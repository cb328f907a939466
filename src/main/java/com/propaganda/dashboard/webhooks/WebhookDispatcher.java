package com.propaganda.dashboard.webhooks;

import com.propaganda.dashboard.database.ConnectionSettings;
import com.propaganda.dashboard.database.DatabaseException;
import com.propaganda.dashboard.database.DatabaseMigration;
import com.propaganda.dashboard.database.Sql;
import com.propaganda.dashboard.platform.SecretBox;
import com.propaganda.dashboard.platform.Settings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Sends due webhook deliveries every two seconds, on every node: each claims its own (the database
 * leases them), sends them in parallel, signed, through {@link WebhookSender}, and records what
 * came back. A 2xx is delivered; anything else is retried later. A round takes at most {@link
 * #PER_CLIENT} deliveries of each client, so one client's backlog to a slow receiver costs another
 * client at most one round.
 */
@Stateless
@PermitAll
// Each statement commits on its own: no lock is held while the endpoints answer.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDispatcher {

  static final int BATCH = 50;
  static final int PER_CLIENT = 5;
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** How long a claimed delivery is no other node's: well past the timeout of its attempt. */
  private static final int LEASE_SECONDS = 30;

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

  private static final String CLAIM =
      "SELECT id, url, secret, payload, endpoint_id FROM claim_webhook_deliveries(?, ?, ?)";

  private static final String RECORD = "SELECT record_webhook_attempt(?, ?, ?, ?, ?, ?)";

  // Its own role's pool: the claim and record functions are that role's alone.
  @Resource(lookup = "jdbc/propaganda-dispatcher")
  private DataSource queue;

  @Inject private WebhookSender sender;

  /** A delivery taken for sending, its endpoint's secret still sealed. */
  private record Due(UUID id, String url, String sealedSecret, String payload, UUID endpoint) {}

  /** What one attempt got. */
  private record Attempt(Due delivery, WebhookSender.Outcome outcome) {

    boolean succeeded() {
      Integer status = outcome.status();
      return status != null && status >= 200 && status < 300;
    }
  }

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  public void sendDue() {
    if (!DatabaseMigration.isDone()) {
      return;
    }
    // A timer whose run throws is cancelled after a retry: one database blip would stop every
    // delivery for good.
    try {
      sendClaimed();
    } catch (DatabaseException e) {
      LOG.log(Level.WARNING, "Sending webhook deliveries failed; the next run tries again", e);
    }
  }

  private void sendClaimed() {
    List<Due> due =
        Sql.query(
            queue,
            new ConnectionSettings(),
            "Claiming webhook deliveries",
            CLAIM,
            List.of(BATCH, PER_CLIENT, LEASE_SECONDS),
            row ->
                new Due(
                    row.getObject(1, UUID.class),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    row.getObject(5, UUID.class)));
    List<CompletableFuture<Attempt>> sent = due.stream().map(this::send).toList();
    sent.stream().map(CompletableFuture::join).forEach(this::record);
  }

  private CompletableFuture<Attempt> send(Due delivery) {
    String secret;
    try {
      secret = SecretBox.open(delivery.sealedSecret(), delivery.endpoint());
    } catch (IllegalArgumentException unreadable) {
      return CompletableFuture.completedFuture(
          new Attempt(
              delivery,
              new WebhookSender.Outcome(
                  null,
                  "The endpoint's secret does not open with this server's WEBHOOK_SECRETS_KEY",
                  false)));
    }
    String id = "msg_" + delivery.id();
    long timestamp = System.currentTimeMillis() / 1000;
    Map<String, String> headers =
        Map.of(
            "webhook-id",
            id,
            "webhook-timestamp",
            Long.toString(timestamp),
            "webhook-signature",
            WebhookSignature.sign(secret, id, timestamp, delivery.payload()));
    return sender
        .post(delivery.url(), headers, delivery.payload())
        .thenApply(outcome -> new Attempt(delivery, outcome));
  }

  private void record(Attempt attempt) {
    WebhookSender.Outcome outcome = attempt.outcome();
    Sql.query(
        queue,
        new ConnectionSettings(),
        "Recording a webhook attempt",
        RECORD,
        Arrays.asList(
            attempt.delivery().id(),
            attempt.succeeded(),
            outcome.status(),
            attempt.succeeded()
                ? null
                : outcome.error() == null ? "HTTP " + outcome.status() : outcome.error(),
            outcome.timedOut(),
            Settings.webhookFirstRetrySeconds()),
        row -> 1);
  }
}
