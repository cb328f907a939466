package com.propaganda.dashboard.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/** Waits for the test provider, which the test command starts while Maven builds. */
public final class ProviderReady {

  private static final Duration PATIENCE = Duration.ofMinutes(4);

  private ProviderReady() {}

  public static void await(String issuer) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest discovery =
        HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
            .timeout(Duration.ofSeconds(5))
            .build();
    Instant giveUp = Instant.now().plus(PATIENCE);
    while (true) {
      try {
        if (client.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (Instant.now().isAfter(giveUp)) {
        throw new IllegalStateException(
            "No OpenID Connect provider at "
                + issuer
                + " after "
                + PATIENCE.toMinutes()
                + " minutes: the test command starts it (src/scripts/keycloak.sh start; see"
                + " var/keycloak-start.log).");
      }
      Thread.sleep(2_000);
    }
  }
}
