package com.propaganda.dashboard.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reps ranked by deals won, then close rate; too few calls in the period means no rank. */
final class Leaderboard {

  /** Fewer calls than this in the period: marked, not ranked. */
  static final int MINIMUM_CALLS = 10;

  private static final Comparator<RepStanding> ORDER =
      Comparator.comparing((RepStanding s) -> -s.current().won())
          .thenComparing(s -> -rate(s.current().closeRate()))
          .thenComparing(s -> -s.current().calls())
          .thenComparing(RepStanding::name, String.CASE_INSENSITIVE_ORDER);

  private final List<RepStanding> standings;
  private final int ranked;

  private Leaderboard(List<RepStanding> standings, int ranked) {
    this.standings = standings;
    this.ranked = ranked;
  }

  static Leaderboard rank(List<DashboardQueries.RepRow> rows) {
    Map<UUID, RepStanding> byRep = new LinkedHashMap<>();
    for (DashboardQueries.RepRow row : rows) {
      RepStanding known = byRep.get(row.userId());
      CallFigures current = known == null ? CallFigures.NONE : known.current();
      CallFigures previous = known == null ? CallFigures.NONE : known.previous();
      byRep.put(
          row.userId(),
          new RepStanding(
              row.userId(),
              row.name(),
              row.current() ? row.figures() : current,
              row.current() ? previous : row.figures(),
              null));
    }
    List<RepStanding> unranked = new ArrayList<>(byRep.values());
    unranked.sort(
        Comparator.comparing((RepStanding s) -> s.current().calls() < MINIMUM_CALLS)
            .thenComparing(ORDER));
    List<RepStanding> standings = new ArrayList<>();
    int rank = 0;
    for (RepStanding s : unranked) {
      boolean eligible = s.current().calls() >= MINIMUM_CALLS;
      standings.add(
          new RepStanding(
              s.userId(), s.name(), s.current(), s.previous(), eligible ? ++rank : null));
    }
    return new Leaderboard(List.copyOf(standings), rank);
  }

  List<RepStanding> standings() {
    return standings;
  }

  List<RepStanding> standingOf(UUID rep) {
    return standings.stream().filter(s -> s.userId().equals(rep)).toList();
  }

  int ranked() {
    return ranked;
  }

  private static double rate(Double rate) {
    return rate == null ? -1 : rate;
  }
}
