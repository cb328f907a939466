package com.propaganda.dashboard.cluster;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the fault test's users saw, per fault: the time from one fault to the next is that fault's
 * window, and every request answered (or failed) in it counts towards it, so a request in flight on
 * a server that is killed belongs to the kill.
 */
final class FaultReport {

  /** A fault as the script wrote it: when, and what happened. */
  record Fault(long at, String what) {}

  private final List<Fault> faults;
  private final List<Outcome> outcomes;
  private final int acknowledged;

  FaultReport(List<Fault> faults, List<Outcome> outcomes, int acknowledged) {
    this.faults = faults.stream().sorted(Comparator.comparingLong(Fault::at)).toList();
    this.outcomes = outcomes;
    this.acknowledged = acknowledged;
  }

  static List<Fault> readTimeline(Path timeline) throws IOException {
    List<Fault> faults = new ArrayList<>();
    for (String line : Files.readAllLines(timeline)) {
      String[] parts = line.split("\t", 2);
      if (parts.length == 2) {
        faults.add(new Fault(Long.parseLong(parts[0]), parts[1]));
      }
    }
    return faults;
  }

  void print(PrintStream out) {
    out.printf(
        "%-42s %9s %9s %16s %12s %9s%n",
        "Fault (from its start to the next)",
        "requests",
        "failures",
        "failures spanned",
        "signed in again",
        "p95 ms");
    for (int i = 0; i < faults.size(); i++) {
      long from = faults.get(i).at();
      long to = i + 1 < faults.size() ? faults.get(i + 1).at() : Long.MAX_VALUE;
      List<Outcome> window =
          outcomes.stream().filter(o -> ended(o) >= from && ended(o) < to).toList();
      printLine(out, faults.get(i).what(), window);
    }
    printLine(out, "whole run", outcomes);
    long failures = outcomes.stream().filter(Outcome::failed).count();
    out.printf(
        "Failed requests: %d of %d (%.2f%%); forms answered \"please re-open\": %d;"
            + " calls acknowledged as saved: %d%n",
        failures,
        outcomes.size(),
        outcomes.isEmpty() ? 0.0 : 100.0 * failures / outcomes.size(),
        outcomes.stream().filter(Outcome::formReopened).count(),
        acknowledged);
    outcomes.stream()
        .filter(Outcome::failed)
        .sorted(Comparator.comparingLong(FaultReport::ended))
        .limit(10)
        .forEach(
            o ->
                out.printf("  failed at +%d ms: %s%n", ended(o) - faults.get(0).at(), o.failure()));
  }

  private static long ended(Outcome outcome) {
    return outcome.at() + outcome.millis();
  }

  private static void printLine(PrintStream out, String what, List<Outcome> window) {
    List<Outcome> failed = window.stream().filter(Outcome::failed).toList();
    long spanned =
        failed.isEmpty()
            ? 0
            : (failed.stream().mapToLong(FaultReport::ended).max().getAsLong()
                        - failed.stream().mapToLong(FaultReport::ended).min().getAsLong())
                    / 1000
                + 1;
    out.printf(
        "%-42s %9d %9d %14d s %12d %9d%n",
        what,
        window.size(),
        failed.size(),
        spanned,
        window.stream().filter(Outcome::signedOut).count(),
        p95(window));
  }

  private static long p95(List<Outcome> window) {
    if (window.isEmpty()) {
      return 0;
    }
    long[] millis = window.stream().mapToLong(Outcome::millis).sorted().toArray();
    return millis[(int) Math.ceil(millis.length * 0.95) - 1];
  }
}
