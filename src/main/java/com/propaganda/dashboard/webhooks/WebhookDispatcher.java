package com.propaganda.dashboard.webhooks;

import com.propaganda.dashboard.platform.DatabaseException;
import com.propaganda.dashboard.platform.DatabaseMigration;
import com.propaganda.dashboard.platform.Settings;
import com.propaganda.dashboard.tenancy.CrossClientSql;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends due webhook deliveries every two seconds, on every node: each claims its own (the database
 * leases them), sends them in parallel, signed, without following redirects, within 10 seconds
 * each, and records what came back. A 2xx is delivered; anything else is retried later.
 */
@Stateless
@PermitAll
// Each statement commits on its own: no lock is held while the endpoints answer.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDispatcher {

  static final int BATCH = 50;
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** How long a claimed delivery is no other node's: well past the timeout of its attempt. */
  private static final int LEASE_SECONDS = 30;

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

  private static final String CLAIM =
      "SELECT id, url, secret, payload FROM claim_webhook_deliveries(?, ?)";

  private static final String RECORD = "SELECT record_webhook_attempt(?, ?, ?, ?, ?)";

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(TIMEOUT)
          .build();

  @Inject private CrossClientSql sql;

  /** A delivery taken for sending. */
  private record Due(UUID id, String url, String secret, String payload) {}

  /** What one attempt got: an HTTP status, or why there was none. */
  private record Attempt(Due delivery, Integer status, String error) {

    boolean succeeded() {
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
        sql.query(
            "Claiming webhook deliveries",
            CLAIM,
            List.of(BATCH, LEASE_SECONDS),
            row ->
                new Due(
                    row.getObject(1, UUID.class),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4)));
    List<CompletableFuture<Attempt>> sent = due.stream().map(WebhookDispatcher::send).toList();
    sent.stream().map(CompletableFuture::join).forEach(this::record);
  }

  private static CompletableFuture<Attempt> send(Due delivery) {
    Optional<String> refusal = OutboundAddress.refusal(delivery.url());
    if (refusal.isPresent()) {
      return CompletableFuture.completedFuture(new Attempt(delivery, null, refusal.get()));
    }
    String id = "msg_" + delivery.id();
    long timestamp = System.currentTimeMillis() / 1000;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(delivery.url()))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .header("User-Agent", "PropagandaDashboard-Webhooks/1")
            .header("webhook-id", id)
            .header("webhook-timestamp", Long.toString(timestamp))
            .header(
                "webhook-signature",
                WebhookSignature.sign(delivery.secret(), id, timestamp, delivery.payload()))
            .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
            .build();
    return HTTP.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle(
            (response, failure) ->
                failure == null
                    ? new Attempt(delivery, response.statusCode(), null)
                    : new Attempt(delivery, null, describe(failure)));
  }

  private void record(Attempt attempt) {
    sql.query(
        "Recording a webhook attempt",
        RECORD,
        Arrays.asList(
            attempt.delivery().id(),
            attempt.succeeded(),
            attempt.status(),
            attempt.succeeded()
                ? null
                : attempt.error() == null ? "HTTP " + attempt.status() : attempt.error(),
            Settings.webhookFirstRetrySeconds()),
        row -> 1);
  }

  private static String describe(Throwable failure) {
    Throwable cause = failure.getCause() == null ? failure : failure.getCause();
    return cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }
}
