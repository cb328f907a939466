package com.propaganda.dashboard.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The trend's points: one per day or week of the period, empty ones included. */
final class Trend {

  private Trend() {}

  static List<TrendPoint> fill(
      Period period, boolean weekly, List<DashboardQueries.DatedFigures> summed) {
    Map<LocalDate, CallFigures> byStart =
        summed.stream()
            .collect(
                Collectors.toMap(
                    DashboardQueries.DatedFigures::day, DashboardQueries.DatedFigures::figures));
    Function<LocalDate, LocalDate> next = weekly ? d -> d.plusWeeks(1) : d -> d.plusDays(1);
    LocalDate start =
        weekly
            ? period.first().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            : period.first();
    List<TrendPoint> points = new ArrayList<>();
    for (LocalDate bucket = start; !bucket.isAfter(period.last()); bucket = next.apply(bucket)) {
      // A week cut by the period's edges covers only the period's days of it.
      LocalDate first = bucket.isBefore(period.first()) ? period.first() : bucket;
      LocalDate end = next.apply(bucket).minusDays(1);
      LocalDate last = end.isAfter(period.last()) ? period.last() : end;
      points.add(
          new TrendPoint(new Period(first, last), byStart.getOrDefault(bucket, CallFigures.NONE)));
    }
    return points;
  }
}
