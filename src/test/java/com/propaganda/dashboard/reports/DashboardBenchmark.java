package com.propaganda.dashboard.reports;

import com.propaganda.dashboard.calls.CallsWritten;
import com.propaganda.dashboard.tenancy.TenantReads;
import com.propaganda.dashboard.testsupport.FormSignIn;
import com.propaganda.dashboard.testsupport.SignInAs;
import com.propaganda.dashboard.testsupport.Timings;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard of the largest client of the agency dataset (500,000 calls): server time of the
 * whole dashboard, the same statements replayed in psql, and page times under 20 concurrent users.
 * Run by src/scripts/benchmark-dashboard.sh; prints figures, asserts nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBenchmark {

  private static final int RUNS = 30;
  private static final int USERS = 20;
  private static final int PAGES_PER_USER = 15;
  private static final String CLIENT = "0b000000-0000-4000-8000-000000000001";
  private static final String PASSWORD = "Demo-Propaganda-2026";
  private static final Pattern PSQL_TIME =
      Pattern.compile("^Time: ([\\d.]+) ms", Pattern.MULTILINE);

  @EJB private DashboardService dashboards;

  @Inject private SignInAs signIn;

  @Inject private HttpServletRequest request;

  @Inject private RecentDashboards recent;

  private final StringBuilder report = new StringBuilder();

  @Test
  void measure() throws Exception {
    signIn.user("bench", "ceo@bench.example", PASSWORD);
    long calls = dashboards.open(period(PeriodPreset.ALL_TIME)).current().calls();
    if (calls == 0) {
      throw new IllegalStateException("The benchmark client has no calls: nothing to measure");
    }
    report.append(
        String.format(
            "%nDashboard of the largest client (%,d calls), %d runs each (ms)%n", calls, RUNS));
    report.append(String.format("%-52s %8s %8s %8s%n", "", "median", "p95", "max"));
    for (PeriodPreset preset : List.of(PeriodPreset.ALL_TIME, PeriodPreset.LAST_90_DAYS)) {
      Timings server = serverTime(preset, true);
      Timings kept = serverTime(preset, false);
      Timings psql = psql(statementsOf(preset));
      report.append(server.row(preset.label() + ": whole dashboard, server time"));
      report.append(kept.row(preset.label() + ": the same, kept from the run before"));
      report.append(psql.row(preset.label() + ": the same statements in psql"));
      report.append(
          String.format(
              "%-52s %8.2f%n",
              preset.label() + ": ratio server / psql (median)", server.median() / psql.median()));
    }
    concurrentPages();
    report.append("End of the dashboard benchmark\n");
    System.out.println(report);
  }

  private Timings serverTime(PeriodPreset preset, boolean computed) {
    Timings server = new Timings();
    for (int run = 0; run < RUNS + 3; run++) {
      if (computed) {
        dropKept();
      }
      long start = System.nanoTime();
      dashboards.open(period(preset));
      if (run >= 3) {
        server.since(start);
      }
    }
    return server;
  }

  private void dropKept() {
    recent.dropAfterCommit(new CallsWritten(UUID.fromString(CLIENT)));
  }

  private static DashboardFilter period(PeriodPreset preset) {
    DashboardFilter filter = new DashboardFilter();
    filter.setPreset(preset);
    return filter;
  }

  /**
   * The statements one dashboard runs, with their parameters written in as literals: what it sends
   * through either pool (the report pool's since reports read from the replica). None is an error,
   * not a baseline of zero.
   */
  private List<String> statementsOf(PeriodPreset preset) {
    Logger logger = Logger.getLogger(TenantReads.class.getName());
    List<String> statements = new ArrayList<>();
    Handler recorder =
        new Handler() {
          @Override
          public void publish(LogRecord logged) {
            statements.add(withLiterals(logged.getMessage(), logged.getParameters()));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Level level = logger.getLevel();
    logger.setLevel(Level.FINE);
    logger.addHandler(recorder);
    try {
      dropKept();
      dashboards.open(period(preset));
    } finally {
      logger.removeHandler(recorder);
      logger.setLevel(level);
    }
    if (statements.isEmpty()) {
      throw new IllegalStateException(
          "The dashboard ran no statement through TenantSql or ReportSql: a psql replay would"
              + " measure nothing");
    }
    return statements;
  }

  private static String withLiterals(String sql, Object[] parameters) {
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (char c : sql.toCharArray()) {
      if (c == '?') {
        out.append('\'').append(String.valueOf(parameters[next++]).replace("'", "''")).append('\'');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Runs the statements in one transaction per run, as the application role, timed by psql. */
  private Timings psql(List<String> statements) throws IOException, InterruptedException {
    StringBuilder script = new StringBuilder("\\o /dev/null\n");
    for (int run = 0; run < RUNS + 3; run++) {
      script.append("BEGIN;\n\\timing on\n");
      script.append("SELECT set_config('app.current_tenant', '" + CLIENT + "', true);\n");
      statements.forEach(s -> script.append(s).append(";\n"));
      script.append("\\timing off\nCOMMIT;\n");
    }
    Path file = Files.createTempFile("dashboard", ".sql");
    Files.writeString(file, script);
    ProcessBuilder psql =
        new ProcessBuilder(
            "psql",
            "-X",
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
            "-h",
            System.getenv("DB_HOST"),
            "-p",
            System.getenv("DB_PORT"),
            "-U",
            System.getenv("DB_USER"),
            "-d",
            System.getenv("DB_NAME"),
            "-f",
            file.toString());
    psql.environment().put("PGPASSWORD", System.getenv("DB_PASSWORD"));
    psql.redirectErrorStream(true);
    Process process = psql.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException("psql failed: " + output);
    }
    Matcher times = PSQL_TIME.matcher(output);
    List<Double> all = new ArrayList<>();
    while (times.find()) {
      all.add(Double.parseDouble(times.group(1)));
    }
    int perRun = statements.size() + 1;
    Timings timings = new Timings();
    for (int run = 3; run < RUNS + 3; run++) {
      timings.add(all.subList(run * perRun, (run + 1) * perRun).stream().mapToDouble(d -> d).sum());
    }
    return timings;
  }

  /**
   * Page time of the all-time dashboard while 20 signed-in users load it over and over: dropped
   * before every page as if a call had just been logged, then as it is kept between them.
   */
  private void concurrentPages() throws Exception {
    String base = "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/";
    // Signed in one after another first: twenty password hashes at once would queue for the
    // hashing permits (one per core), and the sign-in is not what this phase measures.
    List<HttpClient> browsers = new ArrayList<>();
    for (int user = 0; user < USERS; user++) {
      browsers.add(signedIn(base));
    }
    String label = String.format("All time: page time, %d users x %d pages", USERS, PAGES_PER_USER);
    report.append(pages(base, browsers, true).row(label + ", none kept"));
    report.append(pages(base, browsers, false).row(label + ", kept"));
  }

  private Timings pages(String base, List<HttpClient> browsers, boolean dropFirst)
      throws Exception {
    Timings pages = new Timings();
    ExecutorService users = Executors.newFixedThreadPool(USERS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (HttpClient browser : browsers) {
        done.add(
            users.submit(
                () -> {
                  for (int page = 0; page < PAGES_PER_USER; page++) {
                    if (dropFirst) {
                      dropKept();
                    }
                    long start = System.nanoTime();
                    String body =
                        FormSignIn.get(browser, base + "app/dashboard.xhtml?period=ALL_TIME")
                            .body();
                    pages.since(start);
                    if (!body.contains("kpi-won")) {
                      throw new IllegalStateException(
                          "not the dashboard: " + body.replaceAll("<[^>]*>", " "));
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> user : done) {
        user.get();
      }
    } finally {
      users.shutdown();
    }
    return pages;
  }

  private static HttpClient signedIn(String base) throws IOException, InterruptedException {
    FormSignIn.SignedIn signedIn = FormSignIn.signIn(base, "bench", "ceo@bench.example", PASSWORD);
    if (signedIn.landing().statusCode() != 200) {
      throw new IllegalStateException("sign-in answered " + signedIn.landing().statusCode());
    }
    return signedIn.client();
  }
}
