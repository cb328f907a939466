package com.propaganda.dashboard.api;

import com.propaganda.dashboard.apikeys.ApiKeyService;
import com.propaganda.dashboard.apikeys.ApiScope;
import com.propaganda.dashboard.apikeys.NewApiKey;
import com.propaganda.dashboard.testsupport.ApiClient;
import com.propaganda.dashboard.testsupport.ApiClient.Answer;
import com.propaganda.dashboard.testsupport.CpuUse;
import com.propaganda.dashboard.testsupport.MeasuredPhase;
import com.propaganda.dashboard.testsupport.SignInAs;
import com.propaganda.dashboard.testsupport.Timings;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The API on the benchmark client (500,000 calls), over HTTP on loopback: POST /calls from 16
 * concurrent callers for 20 s, then list pages and the summary one at a time. Run by
 * src/scripts/benchmark-api.sh, which sets pgbench's insert rate beside it; prints figures, asserts
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ApiBenchmark {

  private static final int WRITERS = 16;
  private static final long WRITE_SECONDS = 20;
  private static final int RUNS = 30;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @EJB private ApiKeyService apiKeys;

  @Inject private SignInAs signIn;

  @Inject private HttpServletRequest request;

  @Test
  void measure() throws Exception {
    signIn.user("bench", "ceo@bench.example", "Demo-Propaganda-2026");
    String key =
        apiKeys
            .create(new NewApiKey("Benchmark", EnumSet.allOf(ApiScope.class), null, 100_000))
            .secret();
    ApiClient api = ApiClient.of(request, key);
    StringBuilder report = new StringBuilder("\nAPI benchmark\n");

    // The JIT compiles the request path for half a minute (a quarter of the CPU after 15 s): a
    // server that has run a while is what the figure describes.
    writes(api, 30, WRITERS);
    report.append(writes(api, WRITE_SECONDS, WRITERS));

    report.append(
        String.format(
            "%nAnswer time over loopback, %d runs each (ms)%n%-52s %8s %8s %8s%n",
            RUNS, "", "median", "p95", "max"));
    report.append(time("GET /calls (first page of 50)", () -> api.get("calls?limit=50")));
    String cursor = api.get("calls?limit=50").json().getString("next_cursor");
    report.append(
        time(
            "GET /calls (next page, from a cursor)",
            () -> api.get("calls?limit=50&cursor=" + cursor)));
    report.append(
        time("GET /calls?status=no-show", () -> api.get("calls?status=no-show&limit=50")));
    report.append(
        time(
            "GET /calls?rep_id=... (one rep)",
            () -> api.get("calls?rep_id=0b000000-0000-4000-8000-100000000007&limit=50")));
    String since = OffsetDateTime.now().minusMinutes(5).toString().replace("+", "%2B");
    report.append(
        time(
            "GET /calls?updated_since=5 minutes ago",
            () -> api.get("calls?updated_since=" + since)));
    report.append(time("GET /calls?q=p4711@ (search)", () -> api.get("calls?q=p4711@")));
    report.append(time("GET /users", () -> api.get("users")));
    report.append(time("GET /loss-reasons", () -> api.get("loss-reasons")));
    report.append(time("GET /reports/summary (last 30 days)", () -> api.get("reports/summary")));
    report.append(
        time(
            "GET /reports/summary?period=all-time",
            () -> api.get("reports/summary?period=all-time")));
    report.append("End of the API benchmark\n");
    System.out.println(report);
  }

  /** Calls logged per second by {@code writers} callers posting for {@code seconds}. */
  private static String writes(ApiClient api, long seconds, int writers) throws Exception {
    AtomicInteger created = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicLong callerCpuNanos = new AtomicLong();
    Timings timings = new Timings();
    CpuUse cpu = CpuUse.now();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<?>> running = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      int writer = w;
      running.add(
          pool.submit(
              () -> {
                int n = 0;
                while (System.nanoTime() < end) {
                  long start = System.nanoTime();
                  long cpuStart = THREADS.getCurrentThreadCpuTime();
                  Answer answer = api.post("calls", body(writer, n++));
                  callerCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
                  timings.since(start);
                  (answer.status() == 201 ? created : refused).incrementAndGet();
                }
              }));
    }
    for (Future<?> writer : running) {
      writer.get();
    }
    pool.shutdown();
    MeasuredPhase.nonEmpty("POST /calls", created.get());
    double calls = Math.max(1, created.get() + refused.get());
    CpuUse spent = CpuUse.since(cpu);
    double machine = spent.machineMillis() / calls;
    double jvm = spent.jvmMillis() / calls;
    double callers = callerCpuNanos.get() / 1e6 / calls;
    return String.format(
        Locale.ROOT,
        "POST /calls, %d callers, %d s: %d created, %d refused%n"
            + "API calls per second: %.1f%n"
            + "%-52s %8s %8s %8s%n%s"
            + "API CPU ms per call: %.2f%n"
            + "CPU ms per call (one core): machine %.2f = server JVM %.2f + callers %.2f"
            + " + PostgreSQL and the rest %.2f%n",
        writers,
        seconds,
        created.get(),
        refused.get(),
        created.get() / (double) seconds,
        "",
        "median",
        "p95",
        "max",
        timings.row("POST /calls answer time (ms)"),
        machine,
        machine,
        jvm - callers,
        callers,
        machine - jvm);
  }

  private static String body(int writer, int n) {
    String rep = String.format("0b000000-0000-4000-8000-1%011d", 1 + (writer * 7 + n) % 40);
    return "{\"rep_id\":\""
        + rep
        + "\",\"prospect_name\":\"Api prospect "
        + writer
        + "-"
        + n
        + "\",\"type\":\"outbound\",\"status\":\"completed\",\"outcome\":\"won\","
        + "\"duration_seconds\":600,\"scheduled_at\":\""
        + OffsetDateTime.now()
        + "\"}";
  }

  private static String time(String name, Supplier<Answer> request) {
    Timings timings = new Timings();
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      Answer answer = request.get();
      timings.since(start);
      if (answer.status() != 200) {
        throw new IllegalStateException(name + " answered " + answer);
      }
      if (answer.json().get("data") instanceof JsonArray rows) {
        MeasuredPhase.nonEmpty(name, rows);
      }
    }
    return timings.row(name);
  }
}
