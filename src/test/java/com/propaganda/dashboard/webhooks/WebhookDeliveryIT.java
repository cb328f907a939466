package com.propaganda.dashboard.webhooks;

import static com.propaganda.dashboard.testsupport.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.platform.SecretBox;
import com.propaganda.dashboard.testsupport.OwnerDatabase;
import com.propaganda.dashboard.testsupport.SignInAs;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import com.propaganda.dashboard.testsupport.WebhookReceiver;
import com.propaganda.dashboard.testsupport.WebhookReceiver.Received;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Webhooks end to end, with a receiver on loopback: signed deliveries after commit only, retries
 * with growing waits, giving up after a day, no redirects, and no reach into the server's network.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookDeliveryIT {

  private static final Duration PATIENCE = Duration.ofSeconds(20);

  @EJB private TestData data;

  /** The application role's own pool, as the pages and the API use it. */
  @Resource(lookup = "jdbc/propaganda")
  private DataSource application;

  @EJB private WebhookService webhooks;

  @Inject private SignInAs signIn;

  private Tenant tenant;

  @BeforeEach
  void aClient() {
    tenant = Tenant.create(data, "Hooks Co");
    tenant.signInAs(signIn, Role.ADMIN);
  }

  @Test
  void aChangeIsDeliveredSignedTheStandardWebhooksWay() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      String secret = register(receiver, EnumSet.of(WebhookEvent.CALL_CREATED));
      UUID call = data.call(tenant.id(), tenant.rep(), tenant.lossReason(), "Hooked prospect");

      Received delivery = receiver.awaitAtLeast(1, PATIENCE).get(0);

      String expected =
          "v1,"
              + hmac(
                  secret,
                  delivery.header("webhook-id")
                      + "."
                      + delivery.header("webhook-timestamp")
                      + "."
                      + delivery.body());
      assertEquals(expected, delivery.header("webhook-signature"));
      assertTrue(delivery.header("webhook-id").startsWith("msg_"));
      long age =
          System.currentTimeMillis() / 1000 - Long.parseLong(delivery.header("webhook-timestamp"));
      assertTrue(age >= 0 && age < 30, "timestamp " + age + " s old");
      JsonObject payload = Json.createReader(new StringReader(delivery.body())).readObject();
      assertEquals("call.created", payload.getString("type"));
      assertEquals(call.toString(), payload.getJsonObject("data").getString("id"));
      assertEquals("Hooked prospect", payload.getJsonObject("data").getString("prospect_name"));
      assertEquals(tenant.rep().toString(), payload.getJsonObject("data").getString("rep_id"));
    }
  }

  /**
   * A round takes a few deliveries of each client: another client's 1,000 queued deliveries to a
   * receiver that takes 3 s over each answer hold this client's first delivery up one round at most
   * (before, it waited for the whole backlog: 20 rounds of 50).
   */
  @Test
  void aBacklogToASlowReceiverDelaysAnotherClientsDeliveryOneRoundAtMost() throws Exception {
    Tenant crowded = Tenant.create(data, "Crowded Hooks Co");
    try (WebhookReceiver slow = WebhookReceiver.answeringAfter(Duration.ofSeconds(3));
        WebhookReceiver quick = new WebhookReceiver();
        Connection owner = OwnerDatabase.dataSource().getConnection()) {
      UUID endpoint = UUID.randomUUID();
      try (PreparedStatement backlog =
          owner.prepareStatement(
              "WITH e AS (INSERT INTO webhook_endpoints (id, client_id, url, events, secret)"
                  + " VALUES (?, ?, ?, 'call.created', ?) RETURNING id, client_id)"
                  + " INSERT INTO webhook_deliveries (id, client_id, endpoint_id, event_type,"
                  + " payload) SELECT gen_random_uuid(), e.client_id, e.id, 'call.created', '{}'"
                  + " FROM e, generate_series(1, 1000)")) {
        backlog.setObject(1, endpoint);
        backlog.setObject(2, crowded.id());
        backlog.setString(3, slow.url());
        backlog.setString(4, SecretBox.seal("whsec_crowded", endpoint));
        backlog.executeUpdate();
      }
      slow.awaitAtLeast(1, PATIENCE);
      register(quick, EnumSet.of(WebhookEvent.CALL_CREATED));
      Instant queued = Instant.now();
      data.call(tenant.id(), tenant.rep(), null, "Not held up");

      Received first = quick.awaitAtLeast(1, PATIENCE).get(0);

      Duration waited = Duration.between(queued, first.at());
      assertTrue(waited.compareTo(Duration.ofSeconds(8)) < 0, "waited " + waited);
      assertTrue(slow.received().size() < 200, slow.received().size() + " of the backlog sent");
      try (PreparedStatement clear =
          owner.prepareStatement("DELETE FROM webhook_endpoints WHERE id = ?")) {
        clear.setObject(1, endpoint);
        clear.executeUpdate();
      }
    }
  }

  /** An eleventh endpoint is refused; twenty timeouts in a row, not nineteen, disable one. */
  @Test
  void aClientHasTenEndpointsAndOneThatKeepsTimingOutIsDisabled() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver();
        Connection owner = OwnerDatabase.dataSource().getConnection()) {
      List<UUID> endpoints = new ArrayList<>();
      for (int i = 0; i < WebhookService.MAX_ENDPOINTS; i++) {
        endpoints.add(
            webhooks
                .register(receiver.url() + "/" + i, EnumSet.of(WebhookEvent.CALL_DELETED), null)
                .id());
      }
      assertRejected(
          "url",
          () ->
              webhooks.register(
                  receiver.url() + "/eleventh", EnumSet.of(WebhookEvent.CALL_DELETED), null));

      UUID delivery = UUID.randomUUID();
      try (PreparedStatement queued =
          owner.prepareStatement(
              "INSERT INTO webhook_deliveries (id, client_id, endpoint_id, event_type, payload)"
                  + " VALUES (?, ?, ?, 'call.deleted', '{}')")) {
        queued.setObject(1, delivery);
        queued.setObject(2, tenant.id());
        queued.setObject(3, endpoints.get(0));
        queued.executeUpdate();
      }
      try (PreparedStatement timedOut =
          owner.prepareStatement(
              "SELECT record_webhook_attempt(?, false, NULL, 'timed out', true, 60)")) {
        timedOut.setObject(1, delivery);
        for (int attempt = 1; attempt <= 20; attempt++) {
          timedOut.executeQuery().close();
          String enabled =
              data.text(
                  "SELECT enabled::text FROM webhook_endpoints WHERE id = ?", endpoints.get(0));
          assertEquals(attempt < 20 ? "true" : "false", enabled, "after timeout " + attempt);
        }
      }
    }
  }

  /** Only the dispatcher's own role reads deliveries across clients. */
  @Test
  void theApplicationRoleCannotClaimOrRecordDeliveries() throws SQLException {
    for (String call :
        new String[] {
          "SELECT count(*) FROM claim_webhook_deliveries(50, 5, 30)",
          "SELECT count(*) FROM (SELECT record_webhook_attempt(gen_random_uuid(), true, 200, null,"
              + " false, 1)) r"
        }) {
      try (Connection connection = application.getConnection();
          PreparedStatement statement = connection.prepareStatement(call)) {
        SQLException refused = assertThrows(SQLException.class, statement::executeQuery);
        assertEquals("42501", refused.getSQLState(), refused.getMessage());
      }
    }
  }

  @Test
  void aRolledBackChangeSendsNothing() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      register(receiver, EnumSet.allOf(WebhookEvent.class));
      try (Connection connection = OwnerDatabase.dataSource().getConnection()) {
        connection.setAutoCommit(false);
        try (PreparedStatement insert =
            connection.prepareStatement(
                "INSERT INTO calls (id, client_id, user_id, prospect_name, call_type, status)"
                    + " VALUES (gen_random_uuid(), ?, ?, 'Never happened', 'inbound', 'no-show')")) {
          insert.setObject(1, tenant.id());
          insert.setObject(2, tenant.rep());
          insert.executeUpdate();
        }
        assertEquals("1", count(connection), "the outbox row is written with the change");
        connection.rollback();
      }
      data.execute("UPDATE loss_reasons SET name = name || '!' WHERE id = ?", tenant.lossReason());

      List<Received> received = receiver.awaitAtLeast(1, PATIENCE);
      Thread.sleep(3000);
      assertEquals(1, receiver.received().size(), "only the committed change");
      assertEquals(
          "loss-reason.changed",
          Json.createReader(new StringReader(received.get(0).body()))
              .readObject()
              .getString("type"));
    }
  }

  @Test
  void aFailedDeliveryIsRetriedWithGrowingWaitsUntilTheReceiverTakesIt() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(500, 503, 302)) {
      register(receiver, EnumSet.of(WebhookEvent.CALL_CREATED));
      data.call(tenant.id(), tenant.rep(), null, "Retried prospect");

      List<Received> tries = receiver.awaitAtLeast(4, Duration.ofSeconds(40));

      assertEquals(4, tries.size(), "three failures, then the delivery");
      assertEquals(1, tries.stream().map(t -> t.header("webhook-id")).distinct().count());
      assertTrue(
          tries.stream().noneMatch(t -> t.body().isEmpty()), "the redirect target is never asked");
      // The first retry waits 1 s (the tests' setting), each next one twice as long.
      long[] waits = new long[3];
      for (int i = 0; i < 3; i++) {
        waits[i] = Duration.between(tries.get(i).at(), tries.get(i + 1).at()).toMillis();
      }
      assertTrue(
          waits[0] >= 1000 && waits[1] >= 2000 && waits[2] >= 4000,
          List.of(waits[0], waits[1], waits[2]).toString());
      Thread.sleep(1000);
      assertEquals(
          "delivered|4|200",
          data.text(
              "SELECT status || '|' || attempts || '|' || last_status FROM webhook_deliveries"
                  + " WHERE client_id = ?",
              tenant.id()));
    }
  }

  @Test
  void aDayOfFailuresFailsTheDeliveryAndDisablesTheEndpoint() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver(500, 500, 500, 500)) {
      register(receiver, EnumSet.of(WebhookEvent.CALL_CREATED));
      data.call(tenant.id(), tenant.rep(), null, "Never taken");
      receiver.awaitAtLeast(1, PATIENCE);
      data.execute(
          "UPDATE webhook_deliveries SET created_at = now() - interval '25 hours'"
              + " WHERE client_id = ?",
          tenant.id());
      data.execute(
          "UPDATE webhook_endpoints SET failing_since = now() - interval '25 hours'"
              + " WHERE client_id = ?",
          tenant.id());

      // The next failure after the day is over ends it.
      receiver.awaitAtLeast(receiver.received().size() + 1, PATIENCE);
      Thread.sleep(1000);

      assertEquals(
          "failed",
          data.text("SELECT status FROM webhook_deliveries WHERE client_id = ?", tenant.id()));
      WebhookEndpointRow endpoint = webhooks.endpoints().get(0);
      assertTrue(endpoint.isDisabledForFailing(), endpoint.toString());

      data.call(tenant.id(), tenant.rep(), null, "After disabling");
      assertEquals(
          "1",
          data.text("SELECT count(*) FROM webhook_deliveries WHERE client_id = ?", tenant.id()),
          "a disabled endpoint gets no new deliveries");
      webhooks.enable(endpoint.id());
      assertTrue(webhooks.endpoints().get(0).enabled());
    }
  }

  @Test
  void aResentDeliveryGoesOutAgain() throws Exception {
    try (WebhookReceiver receiver = new WebhookReceiver()) {
      UUID endpoint =
          webhooks.register(receiver.url(), EnumSet.of(WebhookEvent.CALL_DELETED), null).id();
      UUID call = data.call(tenant.id(), tenant.rep(), null, "Deleted soon");
      data.execute("DELETE FROM calls WHERE id = ?", call);
      receiver.awaitAtLeast(1, PATIENCE);
      Thread.sleep(500);
      WebhookDeliveryRow delivered = webhooks.deliveries(endpoint).get(0);
      assertEquals("delivered", delivered.status());

      webhooks.resend(delivered.id());

      List<Received> received = receiver.awaitAtLeast(2, PATIENCE);
      assertEquals(2, received.size());
      assertEquals(received.get(0).body(), received.get(1).body());
    }
  }

  @Test
  void onlyHttpUrlsOutsideTheServersNetworkAreAccepted() {
    for (String url :
        List.of(
            "ftp://files.example.com/hook",
            "http://169.254.169.254/latest/meta-data",
            "http://10.1.2.3/hook",
            "http://192.168.0.10/hook",
            "http://[::1]/hook",
            "http://user:pass@example.com/hook",
            "not a url")) {
      assertRejected(
          "url", () -> webhooks.register(url, EnumSet.of(WebhookEvent.CALL_CREATED), null));
    }
    assertRejected(
        "events",
        () -> webhooks.register("http://127.0.0.1/", EnumSet.noneOf(WebhookEvent.class), null));
    assertEquals(
        "0", data.text("SELECT count(*) FROM webhook_endpoints WHERE client_id = ?", tenant.id()));
  }

  private String register(WebhookReceiver receiver, EnumSet<WebhookEvent> events) {
    String secret = webhooks.register(receiver.url(), events, "Test receiver").secret();
    assertTrue(secret.startsWith("whsec_"), secret);
    assertFalse(
        data.text(
                "SELECT coalesce(string_agg(new_values::text, ''), '') FROM audit_logs"
                    + " WHERE client_id = ? AND table_name = 'webhook_endpoints'",
                tenant.id())
            .contains(secret.substring(6)),
        "the audit log leaves the secret out");
    return secret;
  }

  private String count(Connection connection) throws Exception {
    try (PreparedStatement count =
        connection.prepareStatement(
            "SELECT count(*) FROM webhook_deliveries WHERE client_id = ?")) {
      count.setObject(1, tenant.id());
      var rows = count.executeQuery();
      rows.next();
      return rows.getString(1);
    }
  }

  private static String hmac(String secret, String signed) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(
        new SecretKeySpec(
            Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
    return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
  }
}
