package com.propaganda.dashboard.agency;

import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.tenancy.CrossClientSql;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/**
 * Counts across every client for the operators' list, through client_sizes(): a function that runs
 * as the schema owner past row-level security and returns counts only, never a row.
 */
@Stateless
@RolesAllowed(Roles.OPERATOR)
@OperatorBound
public class ClientSizes {

  private static final String SQL =
      """
      SELECT c.id, c.name, c.workspace, c.email, c.phone, c.address, c.time_zone, c.is_active,
          c.sign_in_methods, s.users,
          s.calls FROM clients c JOIN client_sizes() s ON s.client_id = c.id
          ORDER BY lower(c.name), c.id""";

  @Inject private CrossClientSql sql;

  public List<ClientSummary> all() {
    return sql.query(
        "Listing clients",
        SQL,
        List.of(),
        rows ->
            new ClientSummary(
                rows.getObject(1, UUID.class),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                rows.getString(7),
                rows.getBoolean(8),
                rows.getString(9),
                rows.getLong(10),
                rows.getLong(11)));
  }
}
