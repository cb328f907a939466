package com.propaganda.dashboard.security;

import com.propaganda.dashboard.testsupport.FormSignIn;
import com.propaganda.dashboard.testsupport.Timings;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A signed-in rep's call list, quiet and while 32 clients on loopback guess passwords of random
 * accounts as fast as they can (src/scripts/benchmark-sign-in-flood.sh; bounded in time).
 */
@ExtendWith(ArquillianExtension.class)
class SignInFloodBenchmark {

  private static final int GUESSERS = 32;
  private static final int PAGES = 60;
  private static final Duration WARM_UP = Duration.ofSeconds(5);

  @Inject private HttpServletRequest request;

  @Test
  void aSignedInUsersPagesUnderAGuessingFlood() throws Exception {
    String base = "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/";
    HttpClient rep =
        FormSignIn.signIn(base, "acme", "rita@acme.example", "Demo-Propaganda-2026").client();
    Timings quiet = pages(rep, base);

    AtomicBoolean flooding = new AtomicBoolean(true);
    AtomicInteger guesses = new AtomicInteger();
    AtomicInteger refusedPages = new AtomicInteger();
    ExecutorService guessers = Executors.newFixedThreadPool(GUESSERS);
    long floodStart = System.nanoTime();
    Timings flood;
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < GUESSERS; i++) {
        running.add(
            guessers.submit(
                () -> {
                  // One client per guesser, as a guessing tool keeps its connections: a new
                  // HTTP client per guess costs the load generator more than the server.
                  HttpClient guesser = FormSignIn.browser();
                  while (flooding.get()) {
                    String email = UUID.randomUUID() + "@acme.example";
                    try {
                      FormSignIn.signIn(guesser, base, "acme", email, "guess " + email);
                    } catch (IllegalStateException pageRefused) {
                      // The gate answered 429 instead of the sign-in page: the address is shut.
                      refusedPages.incrementAndGet();
                    }
                    guesses.incrementAndGet();
                  }
                  return null;
                }));
      }
      Thread.sleep(WARM_UP.toMillis());
      flood = pages(rep, base);
      flooding.set(false);
      for (Future<?> guesser : running) {
        guesser.get();
      }
    } finally {
      flooding.set(false);
      guessers.shutdownNow();
    }
    double seconds = (System.nanoTime() - floodStart) / 1e9;

    System.out.printf(
        Locale.ROOT,
        "Sign-in flood: a rep's call list, %d pages each (ms)%n%-52s %8s %8s %8s%n%s%s"
            + "p95 ratio flood / quiet: %.2f (target: at most 2)%n"
            + "guesses answered: %d in %.0f s (%.1f a second) from %d clients, %d refused before"
            + " the sign-in page%n"
            + "End of the sign-in flood benchmark%n",
        PAGES,
        "",
        "median",
        "p95",
        "max",
        quiet.row("quiet"),
        flood.row(GUESSERS + " clients guessing"),
        flood.p95() / quiet.p95(),
        guesses.get(),
        seconds,
        guesses.get() / seconds,
        GUESSERS,
        refusedPages.get());
  }

  private static Timings pages(HttpClient rep, String base) throws Exception {
    Timings timings = new Timings();
    for (int page = 0; page < PAGES; page++) {
      long start = System.nanoTime();
      String body = FormSignIn.get(rep, base + "app/calls.xhtml").body();
      timings.since(start);
      if (!body.contains("calls-form")) {
        throw new IllegalStateException("not the call list: " + body.replaceAll("<[^>]*>", " "));
      }
    }
    return timings;
  }
}
