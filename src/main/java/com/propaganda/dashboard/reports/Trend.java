package com.propaganda.dashboard.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The trend's points: one per day, week or month of the period, empty ones included. */
final class Trend {

  private Trend() {}

  static List<TrendPoint> fill(
      Period period, ChronoUnit unit, List<DashboardQueries.DatedFigures> summed) {
    Map<LocalDate, CallFigures> byStart =
        summed.stream()
            .collect(
                Collectors.toMap(
                    DashboardQueries.DatedFigures::day, DashboardQueries.DatedFigures::figures));
    Function<LocalDate, LocalDate> next = d -> d.plus(1, unit);
    LocalDate start =
        switch (unit) {
          case WEEKS -> period.first().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
          case MONTHS -> period.first().withDayOfMonth(1);
          default -> period.first();
        };
    List<TrendPoint> points = new ArrayList<>();
    for (LocalDate bucket = start; !bucket.isAfter(period.last()); bucket = next.apply(bucket)) {
      // A week or month cut by the period's edges covers only the period's days of it.
      LocalDate first = bucket.isBefore(period.first()) ? period.first() : bucket;
      LocalDate end = next.apply(bucket).minusDays(1);
      LocalDate last = end.isAfter(period.last()) ? period.last() : end;
      points.add(
          new TrendPoint(new Period(first, last), byStart.getOrDefault(bucket, CallFigures.NONE)));
    }
    return points;
  }
}
