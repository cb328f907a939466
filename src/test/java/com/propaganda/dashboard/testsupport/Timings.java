package com.propaganda.dashboard.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Measured durations in milliseconds, summarised as benchmarks print them. */
public final class Timings {

  private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

  /** Records the time since {@code startNanos}, a {@link System#nanoTime()} reading. */
  public void since(long startNanos) {
    add((System.nanoTime() - startNanos) / 1e6);
  }

  public void add(double elapsedMillis) {
    millis.add(elapsedMillis);
  }

  public double median() {
    return percentile(0.5);
  }

  public double p95() {
    return percentile(0.95);
  }

  private double percentile(double share) {
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * share) - 1));
  }

  public int count() {
    return millis.size();
  }

  public double max() {
    return Collections.max(millis);
  }

  /** One line: the name, then median, p95 and max. */
  public String row(String name) {
    return String.format(Locale.ROOT, "%-52s %8.1f %8.1f %8.1f%n", name, median(), p95(), max());
  }
}
