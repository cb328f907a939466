package com.propaganda.dashboard.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class TrendChartTest {

  private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);

  @Test
  void theCallsAxisEndsOnARoundNumberAtOrAboveTheBusiestPoint() {
    assertEquals(4, TrendChart.niceCeiling(0));
    assertEquals(8, TrendChart.niceCeiling(5));
    assertEquals(20, TrendChart.niceCeiling(9));
    assertEquals(40, TrendChart.niceCeiling(30));
    assertEquals(80, TrendChart.niceCeiling(80));
    assertEquals(200, TrendChart.niceCeiling(81));
  }

  @Test
  void thirtyDaysGetAtMostEightDateLabelsStartingWithTheFirstDay() {
    TrendChart chart = new TrendChart(days(30, 10));

    List<String> labels =
        chart.getBars().stream().map(TrendChart.Bar::dateLabel).filter(Objects::nonNull).toList();
    assertTrue(labels.size() <= TrendChart.MOST_DATE_LABELS, labels.toString());
    assertEquals("Nov 1", labels.get(0));
    assertEquals(List.of("0", "5", "10", "15", "20"), ticks(chart.getCallTicks()));
    assertEquals(List.of("0%", "25%", "50%", "75%", "100%"), ticks(chart.getRateTicks()));
    assertFalse(chart.isWithoutCalls());
  }

  @Test
  void aMonthBucketIsNamedByItsMonth() {
    TrendPoint november = new TrendPoint(new Period(NOV_1, NOV_1.plusDays(29)), figures(3));

    TrendChart chart = new TrendChart(List.of(november));

    assertEquals("Nov 2026", chart.getBars().get(0).dateLabel());
  }

  @Test
  void aPeriodWithoutCallsIsEmptyAndDrawsNoBarHeight() {
    TrendChart chart = new TrendChart(days(7, 0));

    assertTrue(chart.isWithoutCalls());
    assertTrue(chart.getBars().stream().allMatch(bar -> bar.height() == 0));
  }

  @Test
  void theBusiestPointsBarRisesToItsShareOfTheAxis() {
    TrendChart chart = new TrendChart(days(2, 10));

    // 10 calls on an axis to 20: half the plot's height.
    assertEquals(TrendChart.PLOT_HEIGHT / 2.0, chart.getBars().get(0).height(), 0.001);
  }

  private static List<TrendPoint> days(int count, long calls) {
    List<TrendPoint> points = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate day = NOV_1.plusDays(i);
      points.add(new TrendPoint(new Period(day, day), figures(calls)));
    }
    return points;
  }

  private static CallFigures figures(long calls) {
    return new CallFigures(calls, calls, 0, 0, 0, 0, calls, calls, 0, 0, 0);
  }

  private static List<String> ticks(List<TrendChart.Tick> ticks) {
    return ticks.stream().map(TrendChart.Tick::text).toList();
  }
}
