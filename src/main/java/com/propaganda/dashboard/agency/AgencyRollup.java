package com.propaganda.dashboard.agency;

import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.reports.Period;
import com.propaganda.dashboard.tenancy.CrossClientSql;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The operators' view across clients: one row per client with its calls, show rate and close rate
 * for a period, through client_period_counts() (counts only; each client's own days).
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
@OperatorBound
public class AgencyRollup {

  private static final String SQL =
      """
      SELECT c.id, c.name, c.is_active, COALESCE(f.calls, 0), COALESCE(f.completed, 0),
          COALESCE(f.no_shows, 0), COALESCE(f.won, 0), COALESCE(f.lost, 0)
          FROM clients c LEFT JOIN client_period_counts(?, ?) f ON f.client_id = c.id
          ORDER BY lower(c.name), c.id""";

  @Inject private CrossClientSql sql;

  /** Every client, for the given days ({@code null} for all time). */
  public List<ClientPeriodFigures> clients(Period days) {
    return sql.report(
        "The agency roll-up",
        SQL,
        Arrays.asList(
            days == null ? null : Date.valueOf(days.first()),
            days == null ? null : Date.valueOf(days.last())),
        row ->
            new ClientPeriodFigures(
                row.getObject(1, UUID.class),
                row.getString(2),
                row.getBoolean(3),
                row.getLong(4),
                row.getLong(5),
                row.getLong(6),
                row.getLong(7),
                row.getLong(8)));
  }
}
