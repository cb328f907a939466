package com.propaganda.dashboard.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The trend as SVG geometry: a bar of calls per point and a line each for show and close rate. The
 * page draws it with plain SVG, so the chart needs no script and shows no user text.
 */
public final class TrendChart {

  public static final int WIDTH = 720;
  public static final int HEIGHT = 200;

  private final List<Bar> bars = new ArrayList<>();
  private final String showRateLine;
  private final String closeRateLine;

  /** One point's bar, its label and where its rates sit (y, or -1 for none). */
  public record Bar(
      TrendPoint point, double x, double y, double width, double height, String label) {}

  public TrendChart(List<TrendPoint> points) {
    long most = points.stream().mapToLong(p -> p.figures().calls()).max().orElse(0);
    double slot = points.isEmpty() ? WIDTH : (double) WIDTH / points.size();
    List<String> show = new ArrayList<>();
    List<String> close = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      TrendPoint point = points.get(i);
      CallFigures f = point.figures();
      double height = most == 0 ? 0 : (double) HEIGHT * f.calls() / most;
      double x = i * slot;
      bars.add(new Bar(point, x + slot * 0.1, HEIGHT - height, slot * 0.8, height, label(point)));
      addPoint(show, x + slot / 2, f.showRate());
      addPoint(close, x + slot / 2, f.closeRate());
    }
    showRateLine = String.join(" ", show);
    closeRateLine = String.join(" ", close);
  }

  private static void addPoint(List<String> line, double x, Double rate) {
    if (rate != null) {
      line.add(String.format(Locale.ROOT, "%.1f,%.1f", x, HEIGHT - rate * HEIGHT));
    }
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

  public String getShowRateLine() {
    return showRateLine;
  }

  public String getCloseRateLine() {
    return closeRateLine;
  }

  public int getWidth() {
    return WIDTH;
  }

  public int getHeight() {
    return HEIGHT;
  }
}
