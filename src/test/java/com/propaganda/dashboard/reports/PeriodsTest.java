package com.propaganda.dashboard.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.propaganda.dashboard.errors.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Presets against a fixed today, the previous period, and trend buckets cut by the period. */
class PeriodsTest {

  private static final LocalDate TODAY = LocalDate.parse("2026-11-25");

  @Test
  void presetsCountBackFromTheClientsToday() {
    assertEquals(period("2026-11-25", "2026-11-25"), resolve(PeriodPreset.TODAY));
    assertEquals(period("2026-11-19", "2026-11-25"), resolve(PeriodPreset.LAST_7_DAYS));
    assertEquals(period("2026-08-28", "2026-11-25"), resolve(PeriodPreset.LAST_90_DAYS));
    assertEquals(period("2026-11-01", "2026-11-25"), resolve(PeriodPreset.THIS_MONTH));
    assertEquals(period("2026-10-01", "2026-11-25"), resolve(PeriodPreset.THIS_QUARTER));
    assertEquals(period("2024-11-26", "2026-11-25"), resolve(PeriodPreset.ALL_TIME));
    // A reversed custom range falls back to today rather than failing.
    assertEquals(
        period("2026-11-25", "2026-11-25"),
        PeriodPreset.CUSTOM.resolve(
            TODAY, TODAY, LocalDate.parse("2026-02-01"), LocalDate.parse("2026-01-01")));
  }

  @Test
  void aCustomPeriodSpansAtMostTenYears() {
    LocalDate first = LocalDate.parse("2016-01-01");
    assertEquals(
        period("2016-01-01", "2025-12-31"),
        PeriodPreset.CUSTOM.resolve(TODAY, TODAY, first, LocalDate.parse("2025-12-31")));
    InvalidInputException tooLong =
        assertThrows(
            InvalidInputException.class,
            () ->
                PeriodPreset.CUSTOM.resolve(
                    TODAY, TODAY, LocalDate.parse("0001-01-01"), LocalDate.parse("9999-12-31")));
    assertEquals(Map.of("to", "A custom period spans at most 10 years"), tooLong.fieldMessages());
  }

  @Test
  void aLeapDayCountsAsADayOfItsPeriod() {
    LocalDate afterLeapDay = LocalDate.parse("2028-03-02");
    assertEquals(
        period("2028-02-25", "2028-03-02"),
        PeriodPreset.LAST_7_DAYS.resolve(afterLeapDay, afterLeapDay, null, null));
    assertEquals(period("2028-01-31", "2028-02-29"), period("2028-03-01", "2028-03-30").previous());
    assertThrows(
        InvalidInputException.class,
        () ->
            PeriodPreset.CUSTOM.resolve(
                TODAY, TODAY, LocalDate.parse("2016-01-01"), LocalDate.parse("2026-01-01")));
  }

  @Test
  void thePreviousPeriodHasTheSameLengthAndEndsTheDayBefore() {
    assertEquals(period("2026-10-07", "2026-10-31"), period("2026-11-01", "2026-11-25").previous());
  }

  @Test
  void weeksAndMonthsAtTheEdgesCoverOnlyThePeriodsDays() {
    List<TrendPoint> weeks =
        Trend.fill(period("2026-11-04", "2026-11-18"), ChronoUnit.WEEKS, List.of());
    assertEquals(
        List.of(
            period("2026-11-04", "2026-11-08"),
            period("2026-11-09", "2026-11-15"),
            period("2026-11-16", "2026-11-18")),
        weeks.stream().map(TrendPoint::days).toList());

    List<TrendPoint> months =
        Trend.fill(
            period("2026-01-20", "2026-03-05"),
            ChronoUnit.MONTHS,
            List.of(
                new DashboardQueries.DatedFigures(
                    LocalDate.parse("2026-02-01"),
                    new CallFigures(4, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0))));
    assertEquals(List.of(0L, 4L, 0L), months.stream().map(p -> p.figures().calls()).toList());
    assertEquals(period("2026-01-20", "2026-01-31"), months.get(0).days());
  }

  private static Period resolve(PeriodPreset preset) {
    return preset.resolve(TODAY, LocalDate.parse("2024-11-26"), null, null);
  }

  private static Period period(String first, String last) {
    return new Period(LocalDate.parse(first), LocalDate.parse(last));
  }
}
