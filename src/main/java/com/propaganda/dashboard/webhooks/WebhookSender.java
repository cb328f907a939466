package com.propaganda.dashboard.webhooks;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * Sends webhook deliveries with Apache HttpClient: without following redirects, within {@link
 * WebhookDispatcher#TIMEOUT}, and through {@link OutboundAddress} as its name resolver, so every
 * connection goes to addresses that were checked for it.
 */
@ApplicationScoped
public class WebhookSender {

  /** What one POST got: a status, or why there was none (and whether it ran out of time). */
  record Outcome(Integer status, String error, boolean timedOut) {}

  private CloseableHttpAsyncClient client;

  @PostConstruct
  void start() {
    Timeout timeout = Timeout.of(WebhookDispatcher.TIMEOUT);
    client =
        HttpAsyncClients.custom()
            .setConnectionManager(
                PoolingAsyncClientConnectionManagerBuilder.create()
                    .setDnsResolver(new CheckedNames())
                    .setDefaultConnectionConfig(
                        ConnectionConfig.custom()
                            .setConnectTimeout(timeout)
                            .setSocketTimeout(timeout)
                            .build())
                    .setMaxConnTotal(100)
                    .setMaxConnPerRoute(WebhookDispatcher.PER_CLIENT)
                    .build())
            .setDefaultRequestConfig(
                RequestConfig.custom()
                    .setResponseTimeout(timeout)
                    .setRedirectsEnabled(false)
                    .build())
            .disableRedirectHandling()
            .disableAutomaticRetries()
            .disableCookieManagement()
            .setUserAgent("PropagandaDashboard-Webhooks/1")
            .build();
    client.start();
  }

  @PreDestroy
  void stop() {
    client.close(CloseMode.GRACEFUL);
  }

  CompletableFuture<Outcome> post(String url, Map<String, String> headers, String json) {
    SimpleRequestBuilder builder =
        SimpleRequestBuilder.post(url).setBody(json, ContentType.APPLICATION_JSON);
    headers.forEach(builder::addHeader);
    SimpleHttpRequest request = builder.build();
    CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    client.execute(
        request,
        new FutureCallback<SimpleHttpResponse>() {
          @Override
          public void completed(SimpleHttpResponse response) {
            outcome.complete(new Outcome(response.getCode(), null, false));
          }

          @Override
          public void failed(Exception failure) {
            outcome.complete(
                new Outcome(null, describe(failure), failure instanceof InterruptedIOException));
          }

          @Override
          public void cancelled() {
            outcome.complete(new Outcome(null, "Cancelled", false));
          }
        });
    return outcome;
  }

  private static String describe(Exception failure) {
    if (failure instanceof UnknownHostException) {
      return OutboundAddress.NOT_PUBLIC;
    }
    String kind = failure instanceof IOException ? failure.getClass().getSimpleName() : "Failure";
    return failure.getMessage() == null ? kind : kind + ": " + failure.getMessage();
  }

  /** Names resolved once, checked, and the checked addresses connected to. */
  private static final class CheckedNames implements DnsResolver {

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
      return OutboundAddress.resolve(host);
    }

    @Override
    public String resolveCanonicalHostname(String host) throws UnknownHostException {
      // Only Kerberos asks for it; a reverse lookup would be one more name to trust.
      return host;
    }
  }
}
