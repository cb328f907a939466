package com.propaganda.dashboard.security;

import com.propaganda.dashboard.testsupport.BrowserCookies;
import com.propaganda.dashboard.testsupport.CpuUse;
import com.propaganda.dashboard.testsupport.FormSignIn;
import com.propaganda.dashboard.testsupport.Timings;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fifty colleagues press "Sign in" at the same moment: how long each waits for the sign-in to
 * answer, and then for the page it lands on. Each has the sign-in page open before the moment, as
 * people do. The first round meets a server that has just started, whose compiler is still busy
 * with the code of sign-in and pages; the last rounds meet a warm server, as on a working day. Run
 * by src/scripts/benchmark-sign-ins.sh, whose database holds the fifty sales users
 * rep1..rep50@acme.example; prints figures, asserts nothing.
 */
@ExtendWith(ArquillianExtension.class)
class SimultaneousSignInBenchmark {

  private static final int USERS = 50;
  private static final int ROUNDS = 14;
  private static final int WARM_ROUNDS = 3;
  private static final String PASSWORD = "Demo-Propaganda-2026";

  @Inject private HttpServletRequest request;

  private final AtomicInteger errors = new AtomicInteger();

  @Test
  void measure() throws Exception {
    String base = "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/";
    Round justStarted = null;
    Round warm = new Round();
    ExecutorService pool = Executors.newFixedThreadPool(USERS);
    try {
      for (int number = 1; number <= ROUNDS; number++) {
        Round round = number == 1 ? new Round() : warm;
        if (number == 1) {
          justStarted = round;
        }
        boolean measured = number == 1 || number > ROUNDS - WARM_ROUNDS;
        run(pool, base, measured ? round : new Round());
        // Each round's users are new; the sessions of one do not slow the next.
        Thread.sleep(3_000);
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(
        Locale.ROOT,
        "%nSimultaneous sign-ins: %d users at once (ms)%n%-52s %8s %8s %8s%n%s%n%s"
            + "errors: %d%nEnd of the simultaneous sign-in benchmark%n",
        USERS,
        "",
        "median",
        "p95",
        "max",
        justStarted.report("the first round, on a server just started"),
        warm.report(
            "rounds %d to %d, on a warm server".formatted(ROUNDS - WARM_ROUNDS + 1, ROUNDS)),
        errors.get());
  }

  private void run(ExecutorService pool, String base, Round round) throws Exception {
    CyclicBarrier together = new CyclicBarrier(USERS, round::begin);
    List<Future<?>> running = new ArrayList<>();
    for (int user = 1; user <= USERS; user++) {
      String email = "rep" + user + "@acme.example";
      running.add(pool.submit(() -> signInAndOpen(base, email, together, round)));
    }
    for (Future<?> user : running) {
      user.get();
    }
    round.end();
  }

  private Void signInAndOpen(String base, String email, CyclicBarrier together, Round round)
      throws Exception {
    // A browser that shows each redirect, so the sign-in and the page it leads to are timed apart.
    HttpClient browser =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new BrowserCookies())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String url = base + "login.xhtml";
    String page = FormSignIn.get(browser, url).body();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login:workspace", "acme");
    fields.put("login:email", email);
    fields.put("login:password", PASSWORD);
    fields.put("login:sign-in", "");
    together.await();
    long start = System.nanoTime();
    HttpResponse<String> answer = FormSignIn.submit(browser, url, page, "login", fields);
    long answered = System.nanoTime();
    String landing = answer.headers().firstValue("Location").orElse(null);
    if (answer.statusCode() / 100 != 3 || landing == null) {
      errors.incrementAndGet();
      return null;
    }
    String body = FormSignIn.get(browser, URI.create(url).resolve(landing).toString()).body();
    round.signIn.add((answered - start) / 1e6);
    round.firstPage.since(answered);
    round.both.since(start);
    if (!body.contains("id=\"calls-form\"")) {
      errors.incrementAndGet();
    }
    return null;
  }

  /**
   * The timings of one or more rounds, and the CPU spent from the moment all pressed "Sign in" to
   * the last page.
   */
  private static final class Round {
    final Timings signIn = new Timings();
    final Timings firstPage = new Timings();
    final Timings both = new Timings();
    private final List<CpuUse> spent = new ArrayList<>();
    private CpuUse started;
    private long startNanos;
    private double seconds;

    void begin() {
      started = CpuUse.now();
      startNanos = System.nanoTime();
    }

    void end() {
      spent.add(CpuUse.since(started));
      seconds += (System.nanoTime() - startNanos) / 1e9;
    }

    String report(String title) {
      double users = signIn.count();
      double machine = spent.stream().mapToDouble(CpuUse::machineMillis).sum();
      double server = spent.stream().mapToDouble(CpuUse::jvmMillis).sum();
      return String.format(
          Locale.ROOT,
          "%s, %d sign-ins%n%s%s%s"
              + "CPU ms per user (sign-in and first page, one core): machine %.0f, server %.0f;"
              + " the cores were busy %.0f%% of %.1f s%n",
          title,
          signIn.count(),
          signIn.row("  sign-in answered"),
          firstPage.row("  first page after it"),
          both.row("  both"),
          machine / users,
          server / users,
          100 * machine / (seconds * 1000 * Runtime.getRuntime().availableProcessors()),
          seconds);
    }
  }
}
