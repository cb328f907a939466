package com.propaganda.dashboard.calls;

import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Folds the call count deltas that the calls trigger appends into the daily rollup. Writers only
 * ever append, so a busy client's writers never wait on one counter row; this job is the one writer
 * of call_counts, and readers sum both tables, so counts stay exact.
 */
@Singleton
public class CallCountCompaction {

  private static final Logger LOG = Logger.getLogger(CallCountCompaction.class.getName());

  private static final String FOLD =
      "WITH moved AS (DELETE FROM call_count_deltas RETURNING client_id, day, call_type, status,"
          + " outcome, loss_reason_id, delta),"
          + " summed AS (SELECT client_id, day, call_type, status, outcome, loss_reason_id,"
          + " sum(delta) AS calls FROM moved m"
          // Deltas of a client deleted meanwhile have nowhere to go.
          + " WHERE EXISTS (SELECT 1 FROM clients c WHERE c.id = m.client_id)"
          + " GROUP BY 1, 2, 3, 4, 5, 6)"
          + " INSERT INTO call_counts AS t (client_id, day, call_type, status, outcome,"
          + " loss_reason_id, calls) SELECT * FROM summed"
          + " ON CONFLICT (client_id, day, call_type, status, COALESCE(outcome, ''),"
          + " COALESCE(loss_reason_id, '00000000-0000-0000-0000-000000000000'))"
          + " DO UPDATE SET calls = t.calls + EXCLUDED.calls";

  @Resource(lookup = "jdbc/propaganda")
  private DataSource dataSource;

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  public void fold() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.executeUpdate(FOLD);
    } catch (SQLException e) {
      // The deltas stay and the next run folds them; counts are exact either way.
      LOG.log(Level.WARNING, "Folding call count deltas failed", e);
    }
  }
}
