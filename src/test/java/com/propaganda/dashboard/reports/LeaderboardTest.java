package com.propaganda.dashboard.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeaderboardTest {

  private static final UUID ANN = UUID.randomUUID();
  private static final UUID BEN = UUID.randomUUID();
  private static final UUID CAL = UUID.randomUUID();
  private static final UUID DEE = UUID.randomUUID();

  @Test
  void ranksByWonThenCloseRateAndMarksSmallSamples() {
    Leaderboard board =
        Leaderboard.rank(
            List.of(
                row(ANN, true, 20, 5, 5),
                row(BEN, true, 30, 5, 2),
                row(CAL, true, 9, 9, 0),
                row(ANN, false, 12, 1, 1),
                row(DEE, true, 0, 0, 0)));

    assertEquals(List.of("BEN", "ANN", "CAL", "DEE"), names(board.standings()));
    assertEquals(
        Arrays.asList(1, 2, null, null),
        board.standings().stream().map(RepStanding::rank).toList());
    assertEquals(2, board.ranked());
    RepStanding ann = board.standingOf(ANN).get(0);
    assertEquals(20, ann.current().calls());
    assertEquals(12, ann.previous().calls());
  }

  private static List<String> names(List<RepStanding> standings) {
    return standings.stream().map(RepStanding::name).toList();
  }

  private static DashboardQueries.RepRow row(
      UUID rep, boolean current, long calls, long won, long lost) {
    String name = rep == ANN ? "ANN" : rep == BEN ? "BEN" : rep == CAL ? "CAL" : "DEE";
    return new DashboardQueries.RepRow(
        rep, name, current, new CallFigures(calls, won + lost, 0, 0, won, lost, 0, 0, calls, 0, 0));
  }
}
