package com.propaganda.dashboard.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Runs one statement of a scheduled job. A failure is logged, not thrown: the work waits in its
 * queue table and the next run does it.
 */
public final class BackgroundStatement {

  private static final Logger LOG = Logger.getLogger(BackgroundStatement.class.getName());

  private BackgroundStatement() {}

  public static void run(DataSource dataSource, String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "Background statement failed, the next run tries again: " + sql, e);
    }
  }
}
