package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.testsupport.MeasuredPhase;
import com.propaganda.dashboard.testsupport.SignInAs;
import com.propaganda.dashboard.testsupport.Timings;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Server time of the call list on the benchmark client (500,000 calls), through the real service
 * and lazy model. Run by src/scripts/benchmark-call-list.sh; prints figures, asserts nothing.
 */
@ExtendWith(ArquillianExtension.class)
class CallListBenchmark {

  private static final int RUNS = 30;
  private static final int PAGE = 25;
  private static final UUID REP = UUID.fromString("0b000000-0000-4000-8000-100000000007");
  private static final UUID REASON = UUID.fromString("0b000000-0000-4000-8000-200000000003");

  @EJB private CallService calls;

  @Inject private SignInAs signIn;

  private final StringBuilder report = new StringBuilder();

  @Test
  void measure() {
    signIn.user("bench", "ceo@bench.example", "Demo-Propaganda-2026");
    CallFilter all = new CallFilter();
    int total = Math.toIntExact(calls.count(all));
    report.append(
        String.format("%nCall list server time, %d calls, %d runs each (ms)%n", total, RUNS));
    report.append(String.format("%-52s %8s %8s %8s%n", "", "median", "p95", "max"));

    time("count, no filter", () -> calls.count(all), null);
    navigation("newest first", Map.of(), all, total);
    navigation(
        "prospect A-Z",
        Map.of("p", SortMeta.builder().field("prospectName").order(SortOrder.ASCENDING).build()),
        all,
        total);
    filtered("status completed", f -> f.setStatus(CallStatus.COMPLETED));
    filtered(
        "outcome lost + loss reason",
        f -> {
          f.setOutcome(CallOutcome.LOST);
          f.setLossReasonId(REASON);
        });
    filtered(
        "inbound, last 30 days",
        f -> {
          f.setType(CallType.INBOUND);
          f.setPlacedFrom(LocalDate.now().minusDays(30));
        });
    filtered("one rep", f -> f.setRepId(REP));
    filtered(
        "one rep + no-show",
        f -> {
          f.setRepId(REP);
          f.setStatus(CallStatus.NO_SHOW);
        });
    filtered("search 'p4711@'", f -> f.setSearch("p4711@"));
    filtered("search 'e' (under three characters: not applied)", f -> f.setSearch("e"));
    filtered("broad search 'prospect' (every call)", f -> f.setSearch("prospect"));
    filtered("search '555 1' (one call in ten)", f -> f.setSearch("555 1"));
    filtered("search 'prospect 12'", f -> f.setSearch("prospect 12"));
    filtered(
        "search 'prospect 12' + completed + one rep",
        f -> {
          f.setSearch("prospect 12");
          f.setStatus(CallStatus.COMPLETED);
          f.setRepId(REP);
        });
    time(
        "plain OFFSET 100,000 (what keysets avoid)",
        () -> calls.list(all, CallOrder.NEWEST_FIRST, null, 100_000, PAGE),
        null);
    System.out.println(report);
  }

  private void navigation(String name, Map<String, SortMeta> sortBy, CallFilter filter, int total) {
    int last = (total - 1) / PAGE * PAGE;
    CallLazyModel model = new CallLazyModel(calls, filter);
    time(name + ": first page", () -> model.load(0, PAGE, sortBy, Map.of()), null);
    time(
        name + ": next page (keyset)",
        () -> model.load(PAGE, PAGE, sortBy, Map.of()),
        () -> model.load(0, PAGE, sortBy, Map.of()));
    time(
        name + ": 5 pages on (keyset + skip)",
        () -> model.load(6 * PAGE, PAGE, sortBy, Map.of()),
        () -> model.load(0, PAGE, sortBy, Map.of()));
    time(
        name + ": last page",
        () -> model.load(last, PAGE, sortBy, Map.of()),
        () -> model.load(0, PAGE, sortBy, Map.of()));
    time(
        name + ": page before last (keyset back)",
        () -> model.load(last - PAGE, PAGE, sortBy, Map.of()),
        () -> model.load(last, PAGE, sortBy, Map.of()));
  }

  private void filtered(String name, Consumer<CallFilter> setUp) {
    CallFilter filter = new CallFilter();
    setUp.accept(filter);
    time(name + ": count", () -> calls.count(filter), null);
    time(
        name + ": first page",
        () -> calls.list(filter, CallOrder.NEWEST_FIRST, null, 0, PAGE),
        null);
  }

  private void time(String name, Supplier<?> action, Runnable before) {
    Timings timings = new Timings();
    for (int run = 0; run < RUNS + 3; run++) {
      if (before != null) {
        before.run();
      }
      long start = System.nanoTime();
      MeasuredPhase.nonEmpty(name, action.get());
      if (run >= 3) {
        timings.since(start);
      }
    }
    report.append(timings.row(name));
  }
}
