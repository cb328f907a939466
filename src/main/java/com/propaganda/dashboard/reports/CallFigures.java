package com.propaganda.dashboard.reports;

import java.io.Serializable;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What happened to a set of calls, summed in PostgreSQL. Undecided calls are completed calls with
 * outcome tbd or none; talk time is that of completed calls with a duration.
 */
public record CallFigures(
    long calls,
    long completed,
    long noShows,
    long rescheduled,
    long won,
    long lost,
    long undecided,
    long inbound,
    long outbound,
    long talkSeconds,
    long timedCompleted)
    implements Serializable {

  static final CallFigures NONE = new CallFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  /** The select list that {@link #read} reads, over rep_call_figures. */
  static final String SUMS =
      "sum(calls), sum(completed), sum(no_shows), sum(rescheduled), sum(won), sum(lost),"
          + " sum(undecided), sum(calls) FILTER (WHERE call_type = 'inbound'),"
          + " sum(calls) FILTER (WHERE call_type = 'outbound'), sum(talk_seconds),"
          + " sum(timed_completed)";

  static CallFigures read(ResultSet row, int column) throws SQLException {
    long[] sums = new long[11];
    for (int i = 0; i < sums.length; i++) {
      sums[i] = row.getLong(column + i);
    }
    return new CallFigures(
        sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], sums[8], sums[9],
        sums[10]);
  }

  /** completed / (completed + no-show); null when no call was either. */
  public Double showRate() {
    return ratio(completed, completed + noShows);
  }

  /** won / (won + lost); undecided calls do not count. Null when none was won or lost. */
  public Double closeRate() {
    return ratio(won, won + lost);
  }

  /** Seconds per completed call with a duration; null when there is none. */
  public Double averageTalkSeconds() {
    return ratio(talkSeconds, timedCompleted);
  }

  public static Double ratio(long part, long whole) {
    return whole == 0 ? null : (double) part / whole;
  }
}
