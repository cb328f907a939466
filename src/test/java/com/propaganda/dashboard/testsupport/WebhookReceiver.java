package com.propaganda.dashboard.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A webhook receiver on loopback that answers the statuses it is given, then 200. */
public final class WebhookReceiver implements AutoCloseable {

  /** One request as it arrived. */
  public record Received(Instant at, Map<String, List<String>> headers, String body) {

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(h -> h.getKey().equalsIgnoreCase(name))
          .map(h -> h.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final HttpServer server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();

  private final Duration delay;

  public WebhookReceiver(Integer... answers) {
    this(Duration.ZERO, answers);
  }

  /** A receiver that takes {@code delay} over each answer, answering several at once. */
  public static WebhookReceiver answeringAfter(Duration delay) {
    return new WebhookReceiver(delay);
  }

  private WebhookReceiver(Duration delay, Integer... answers) {
    this.delay = delay;
    statuses.addAll(List.of(answers));
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          String body =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(new Received(Instant.now(), Map.copyOf(exchange.getRequestHeaders()), body));
          pause();
          Integer status = statuses.poll();
          int answer = status == null ? 200 : status;
          if (answer == 302) {
            exchange.getResponseHeaders().add("Location", url() + "redirected");
          }
          exchange.sendResponseHeaders(answer, -1);
          exchange.close();
        });
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  private void pause() {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException stopped) {
      Thread.currentThread().interrupt();
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  public List<Received> received() {
    return List.copyOf(received);
  }

  /** The requests once there are at least {@code count}, waiting at most {@code patience}. */
  public List<Received> awaitAtLeast(int count, Duration patience) throws InterruptedException {
    Instant end = Instant.now().plus(patience);
    while (received.size() < count && Instant.now().isBefore(end)) {
      Thread.sleep(100);
    }
    return received();
  }

  @Override
  public void close() {
    server.stop(0);
    ((ExecutorService) server.getExecutor()).shutdownNow();
  }
}
