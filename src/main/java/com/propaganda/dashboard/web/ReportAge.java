package com.propaganda.dashboard.web;

import com.propaganda.dashboard.database.ReadReplica;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What a report page says when its figures come from a replica that is behind the primary. */
@Named
@RequestScoped
public class ReportAge {

  @Inject private ReadReplica replica;

  /** Null while the figures are current (at most a few seconds old). */
  public String getNotice() {
    return replica
        .noticeableLag()
        .map(
            lag ->
                "These figures are "
                    + lag.toSeconds()
                    + " seconds old: the reporting copy of the database is catching up."
                    + " Changes made since will show shortly.")
        .orElse(null);
  }
}
