package com.propaganda.dashboard.web;

import com.propaganda.dashboard.testsupport.CpuUse;
import com.propaganda.dashboard.testsupport.FormSignIn;
import com.propaganda.dashboard.testsupport.MeasuredPhase;
import com.propaganda.dashboard.testsupport.Timings;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signed-in users working at once, as people do: each opens the dashboard, the call list and the
 * call form, saves a call, and thinks about 2 s between pages, for 90 s. Prints p50 and p95 per
 * page and overall, errors, and the CPU each request cost the server. Run by
 * src/scripts/benchmark-mixed.sh on the demo data and on the 500,000-call client (MIXED_DATASET
 * names which); prints figures, asserts nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MixedWorkBenchmark {

  private static final int USERS = 50;
  private static final long SECONDS = 90;
  private static final long THINK_MILLIS = 2_000;
  private static final String PASSWORD = "Demo-Propaganda-2026";
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final DateTimeFormatter FORM_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** The pages of one round, in the order a user opens them, and what shows each arrived. */
  private enum Page {
    DASHBOARD("dashboard", "id=\"dashboard-form\""),
    CALL_LIST("call list", "id=\"calls-form\""),
    CALL_FORM("call form", "id=\"call-form\""),
    SAVE("save a call", "Call saved");

    final String label;
    final String arrived;

    Page(String label, String arrived) {
      this.label = label;
      this.arrived = arrived;
    }
  }

  @Inject private HttpServletRequest request;

  private final Map<Page, Timings> timings = new LinkedHashMap<>();
  private final Timings all = new Timings();
  private final AtomicInteger errors = new AtomicInteger();
  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicLong usersCpuNanos = new AtomicLong();

  @Test
  void measure() throws Exception {
    String dataset = System.getenv().getOrDefault("MIXED_DATASET", "demo");
    List<String[]> accounts = accounts(dataset);
    String base = "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/";
    for (Page page : Page.values()) {
      timings.put(page, new Timings());
    }
    // One after another: fifty password hashes at once would queue for the hashing permits, and
    // signing in is not what this benchmark measures.
    List<HttpClient> users = new ArrayList<>();
    for (int user = 0; user < USERS; user++) {
      String[] account = accounts.get(user % accounts.size());
      FormSignIn.SignedIn signedIn = FormSignIn.signIn(base, account[0], account[1], PASSWORD);
      String landing = signedIn.landing().body();
      // Managers land on the dashboard, reps on their calls.
      if (!landing.contains(Page.DASHBOARD.arrived) && !landing.contains(Page.CALL_LIST.arrived)) {
        throw new IllegalStateException("sign-in of " + account[1] + " reached no page of the app");
      }
      users.add(signedIn.client());
    }
    CpuUse cpu = CpuUse.now();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
    ExecutorService pool = Executors.newFixedThreadPool(USERS);
    List<Future<?>> running = new ArrayList<>();
    for (HttpClient user : users) {
      running.add(pool.submit(() -> work(user, base, end)));
    }
    for (Future<?> user : running) {
      user.get();
    }
    pool.shutdown();
    CpuUse spent = CpuUse.since(cpu);
    MeasuredPhase.nonEmpty("mixed work", answered.get());
    System.out.println(report(dataset, spent));
  }

  private Void work(HttpClient user, String base, long end) throws Exception {
    Thread.sleep(ThreadLocalRandom.current().nextLong(THINK_MILLIS));
    int round = 0;
    while (System.nanoTime() < end) {
      open(Page.DASHBOARD, user, base + "app/dashboard.xhtml", null);
      open(Page.CALL_LIST, user, base + "app/calls.xhtml", null);
      String form = open(Page.CALL_FORM, user, base + "app/call.xhtml", null);
      if (form != null) {
        open(Page.SAVE, user, base + "app/call.xhtml", fields(form, round++));
      }
    }
    return null;
  }

  /** Opens or posts a page, times it, then thinks; answers the page, or null when it failed. */
  private String open(Page page, HttpClient user, String url, Form post) throws Exception {
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    HttpResponse<String> answer;
    try {
      answer =
          post == null
              ? FormSignIn.get(user, url)
              : FormSignIn.submit(user, url, post.page(), "call-form", post.fields());
    } catch (IOException e) {
      answer = null;
    }
    timings.get(page).since(start);
    all.since(start);
    usersCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuStart);
    answered.incrementAndGet();
    boolean arrived =
        answer != null && answer.statusCode() == 200 && answer.body().contains(page.arrived);
    if (!arrived) {
      errors.incrementAndGet();
    }
    // About two seconds, not exactly: users in lockstep would measure their own queue.
    Thread.sleep(THINK_MILLIS / 2 + ThreadLocalRandom.current().nextLong(THINK_MILLIS));
    return arrived ? answer.body() : null;
  }

  /** The call form's page and the fields a user fills in. */
  private record Form(String page, Map<String, String> fields) {}

  private static Form fields(String page, int round) {
    LocalDateTime scheduled = LocalDateTime.now().minusHours(2);
    Map<String, String> fields = new LinkedHashMap<>();
    String owner = firstChoice(page, "call-form:owner");
    if (owner != null) {
      fields.put("call-form:owner", owner);
    }
    fields.put("call-form:prospectName", "Mixed prospect " + round);
    fields.put("call-form:prospectEmail", "");
    fields.put("call-form:prospectPhone", "");
    fields.put("call-form:type", "OUTBOUND");
    fields.put("call-form:status", "COMPLETED");
    fields.put("call-form:outcome", "WON");
    fields.put("call-form:lossReason", "");
    fields.put("call-form:scheduledAt_input", FORM_TIME.format(scheduled));
    fields.put("call-form:completedAt_input", FORM_TIME.format(scheduled.plusMinutes(30)));
    fields.put("call-form:duration", "30");
    fields.put("call-form:notes", "");
    fields.put("call-form:save", "");
    return new Form(page, fields);
  }

  /** The first option with a value in the page's select of that name, null without the select. */
  private static String firstChoice(String page, String select) {
    Matcher choices =
        Pattern.compile(
                "<select[^>]*name=\"" + Pattern.quote(select) + "\"[^>]*>(.*?)</select>",
                Pattern.DOTALL)
            .matcher(page);
    if (!choices.find()) {
      return null;
    }
    Matcher option = Pattern.compile("<option value=\"([^\"]+)\"").matcher(choices.group(1));
    return option.find() ? option.group(1) : null;
  }

  /** Workspace and email of the users, taken in turn. */
  private static List<String[]> accounts(String dataset) {
    List<String[]> accounts = new ArrayList<>();
    if (dataset.equals("bench")) {
      accounts.add(new String[] {"bench", "ceo@bench.example"});
      for (int rep = 1; rep <= 40; rep++) {
        accounts.add(new String[] {"bench", "rep" + rep + "@bench.example"});
      }
      return accounts;
    }
    for (String email :
        List.of(
            "ceo@acme.example", "admin@acme.example", "rita@acme.example", "sam@acme.example")) {
      accounts.add(new String[] {"acme", email});
    }
    accounts.add(new String[] {"northwind", "ceo@northwind.example"});
    accounts.add(new String[] {"northwind", "admin@northwind.example"});
    return accounts;
  }

  private String report(String dataset, CpuUse spent) {
    StringBuilder report =
        new StringBuilder(
            String.format(
                "%nMixed work: %d signed-in users, about %d s between pages, %d s, %s data%n"
                    + "%-52s %8s %8s %8s %8s%n",
                USERS,
                THINK_MILLIS / 1000,
                SECONDS,
                dataset,
                "answer time (ms)",
                "median",
                "p95",
                "max",
                "count"));
    timings.forEach((page, times) -> report.append(row(page.label, times)));
    report.append(row("all pages", all));
    double requests = answered.get();
    double users = usersCpuNanos.get() / 1e6 / requests;
    double jvm = spent.jvmMillis() / requests;
    double machine = spent.machineMillis() / requests;
    report.append(
        String.format(
            Locale.ROOT,
            "Requests: %d, errors: %d%n"
                + "CPU ms per request (one core): machine %.2f = server %.2f + users' clients %.2f"
                + " + PostgreSQL and the rest %.2f%n"
                + "End of the mixed-work benchmark%n",
            answered.get(),
            errors.get(),
            machine,
            jvm - users,
            users,
            machine - jvm));
    return report.toString();
  }

  private static String row(String name, Timings times) {
    return String.format(
        Locale.ROOT,
        "%-52s %8.1f %8.1f %8.1f %8d%n",
        name,
        times.median(),
        times.p95(),
        times.max(),
        times.count());
  }
}
