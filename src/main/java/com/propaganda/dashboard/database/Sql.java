package com.propaganda.dashboard.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The one place that opens plain JDBC connections (an architecture test holds every other class to
 * it): for the aggregates JPQL cannot express, the cross-client functions and the jobs. Each
 * connection first gets its {@link ConnectionSettings}, those its transaction lacks. Inside a JTA
 * transaction the pool hands out the transaction's own connection, so the statements see what the
 * transaction wrote.
 */
public final class Sql {

  /** Maps the current row of a result. */
  @FunctionalInterface
  public interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  /** Statements that must share one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private Sql() {}

  /**
   * @param what what the statement does, for the message of a failure
   */
  public static <T> List<T> query(
      DataSource dataSource,
      ConnectionSettings settings,
      String what,
      String sql,
      List<?> parameters,
      RowReader<T> reader) {
    return inOneConnection(
        dataSource, settings, what, connection -> rows(connection, sql, parameters, reader));
  }

  /** The rows of one query on a connection the caller holds; a failure names what it was. */
  public static <T> List<T> rowsOn(
      Connection connection, String what, String sql, List<?> parameters, RowReader<T> reader) {
    try {
      return rows(connection, sql, parameters, reader);
    } catch (SQLException e) {
      throw new DatabaseException(what + " failed", e);
    }
  }

  /** The rows of one query on the connection. */
  public static <T> List<T> rows(
      Connection connection, String sql, List<?> parameters, RowReader<T> reader)
      throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet result = statement.executeQuery()) {
      List<T> rows = new ArrayList<>();
      while (result.next()) {
        rows.add(reader.read(result));
      }
      return rows;
    }
  }

  /** Runs one statement and answers how many rows it changed. */
  public static int update(
      DataSource dataSource,
      ConnectionSettings settings,
      String what,
      String sql,
      List<?> parameters) {
    return inOneConnection(
        dataSource,
        settings,
        what,
        connection -> {
          try (PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.execute();
            return Math.max(statement.getUpdateCount(), 0);
          }
        });
  }

  public static <T> T inOneConnection(
      DataSource dataSource, ConnectionSettings settings, String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      settings.applyOnceTo(connection);
      return work.run(connection);
    } catch (SQLException e) {
      throw new DatabaseException(what + " failed", e);
    }
  }

  /**
   * Runs the work in a read-only transaction of its own on a connection outside the caller's JTA
   * transaction (the reports pool), so the transaction-local settings hold for the whole work. A
   * connection the caller's transaction holds already (the primary, where a report falls back to)
   * runs the work in that transaction instead.
   */
  public static <T> T inReadOnlyTransaction(
      DataSource dataSource, ConnectionSettings settings, String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      if (!autoCommit) {
        settings.applyOnceTo(connection);
        return work.run(connection);
      }
      connection.setAutoCommit(false);
      connection.setReadOnly(true);
      try {
        settings.applyTo(connection);
        return work.run(connection);
      } finally {
        connection.rollback();
        connection.setReadOnly(false);
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new DatabaseException(what + " failed", e);
    }
  }

  public static PreparedStatement prepare(Connection connection, String sql, List<?> parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    int index = 1;
    for (Object parameter : parameters) {
      statement.setObject(index++, parameter);
    }
    return statement;
  }
}
