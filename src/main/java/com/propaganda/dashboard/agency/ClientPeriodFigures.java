package com.propaganda.dashboard.agency;

import com.propaganda.dashboard.reports.CallFigures;
import java.io.Serializable;
import java.util.UUID;

/** One client's calls of a period, for the operators' roll-up: counts only, no call details. */
public record ClientPeriodFigures(
    UUID clientId,
    String name,
    boolean active,
    long calls,
    long completed,
    long noShows,
    long won,
    long lost)
    implements Serializable {

  public Double showRate() {
    return CallFigures.ratio(completed, completed + noShows);
  }

  public Double closeRate() {
    return CallFigures.ratio(won, won + lost);
  }
}
