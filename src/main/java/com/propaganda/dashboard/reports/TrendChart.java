package com.propaganda.dashboard.reports;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The trend as SVG geometry: a bar of calls per point and a line each for show and close rate, with
 * a date axis below, a calls axis on the left and a 0-100% axis on the right. The page draws it
 * with plain SVG, so the chart needs no script and holds no user text.
 */
public final class TrendChart implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int LEFT = 48;
  static final int TOP = 12;
  static final int PLOT_WIDTH = 680;
  static final int PLOT_HEIGHT = 200;
  static final int BOTTOM = TOP + PLOT_HEIGHT;

  /** At most this many date labels, so they never overlap. */
  static final int MOST_DATE_LABELS = 8;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

  private final List<Bar> bars = new ArrayList<>();
  private final List<Tick> callTicks = new ArrayList<>();
  private final List<Tick> rateTicks = new ArrayList<>();
  private final String showRateLine;
  private final String closeRateLine;
  private final boolean withoutCalls;

  /** One point's bar, its hover text, and its date label (null when skipped to avoid overlap). */
  public record Bar(
      TrendPoint point,
      double x,
      double y,
      double width,
      double height,
      String label,
      String dateLabel,
      double middle)
      implements Serializable {}

  /** A gridline's height and the value it marks. */
  public record Tick(double y, String text) implements Serializable {}

  public TrendChart(List<TrendPoint> points) {
    long most = points.stream().mapToLong(p -> p.figures().calls()).max().orElse(0);
    withoutCalls = most == 0;
    long scale = niceCeiling(most);
    double slot = points.isEmpty() ? PLOT_WIDTH : (double) PLOT_WIDTH / points.size();
    int every = Math.max(1, (int) Math.ceil((double) points.size() / MOST_DATE_LABELS));
    List<String> show = new ArrayList<>();
    List<String> close = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      TrendPoint point = points.get(i);
      CallFigures f = point.figures();
      double height = (double) PLOT_HEIGHT * f.calls() / scale;
      double x = LEFT + i * slot;
      double middle = x + slot / 2;
      String dateLabel = i % every == 0 ? dateLabel(point) : null;
      bars.add(
          new Bar(
              point,
              x + slot * 0.1,
              BOTTOM - height,
              slot * 0.8,
              height,
              label(point),
              dateLabel,
              middle));
      addPoint(show, middle, f.showRate());
      addPoint(close, middle, f.closeRate());
    }
    for (int part = 0; part <= 4; part++) {
      double y = BOTTOM - PLOT_HEIGHT * part / 4.0;
      callTicks.add(new Tick(y, String.format(Locale.ROOT, "%,d", scale * part / 4)));
      rateTicks.add(new Tick(y, part * 25 + "%"));
    }
    showRateLine = String.join(" ", show);
    closeRateLine = String.join(" ", close);
  }

  /** The smallest of 4, 8, 20, 40, 80, 200 ... at or above the most calls, so ticks are round. */
  static long niceCeiling(long most) {
    long step = 1;
    while (true) {
      for (long factor : new long[] {4, 8, 20}) {
        if (factor * step >= most) {
          return factor * step;
        }
      }
      step *= 10;
    }
  }

  private static void addPoint(List<String> line, double x, Double rate) {
    if (rate != null) {
      line.add(String.format(Locale.ROOT, "%.1f,%.1f", x, BOTTOM - rate * PLOT_HEIGHT));
    }
  }

  /** Day and week buckets are named by their first day, month buckets by their month. */
  private static String dateLabel(TrendPoint point) {
    Period days = point.days();
    boolean month = days.days() > 7;
    return (month ? MONTH : DAY).format(days.first());
  }

  private static String label(TrendPoint point) {
    Period days = point.days();
    CallFigures f = point.figures();
    String when = days.days() == 1 ? days.first().toString() : days.first() + " to " + days.last();
    return String.format(
        Locale.ROOT,
        "%s: %,d calls, show rate %s, close rate %s",
        when,
        f.calls(),
        KpiCards.percent(f.showRate()),
        KpiCards.percent(f.closeRate()));
  }

  public List<Bar> getBars() {
    return bars;
  }

  public List<Tick> getCallTicks() {
    return callTicks;
  }

  public List<Tick> getRateTicks() {
    return rateTicks;
  }

  public String getShowRateLine() {
    return showRateLine;
  }

  public String getCloseRateLine() {
    return closeRateLine;
  }

  /** No call in any point: the page says so in words above the empty axes. */
  public boolean isWithoutCalls() {
    return withoutCalls;
  }

  public int getLeft() {
    return LEFT;
  }

  public int getRight() {
    return LEFT + PLOT_WIDTH;
  }

  public int getBottom() {
    return BOTTOM;
  }

  public int getWidth() {
    return LEFT + PLOT_WIDTH + LEFT;
  }

  public int getHeight() {
    return BOTTOM + 28;
  }
}
