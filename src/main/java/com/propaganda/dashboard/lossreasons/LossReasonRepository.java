package com.propaganda.dashboard.lossreasons;

import com.propaganda.dashboard.tenancy.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The statements on {@code loss_reasons} that JPA's one-at-a-time writes do not cover: the reasons
 * a batch of calls names and the catalogue lacks (an import's file), added in one statement.
 */
@ApplicationScoped
public class LossReasonRepository {

  private static final String ADD_MISSING =
      """
      INSERT INTO loss_reasons (id, client_id, name, description)
      SELECT gen_random_uuid(), current_tenant(), n, 'Added by an import'
      FROM unnest(?::text[]) AS n
      ON CONFLICT (client_id, name) DO NOTHING""";

  private static final String BY_NAME =
      "SELECT id, name FROM loss_reasons WHERE name = ANY (?::text[])";

  @Inject private TenantSql sql;

  /** Adds the named reasons the catalogue lacks; answers the ids of all of them by name. */
  public Map<String, UUID> addMissing(Collection<String> names) {
    Map<String, UUID> ids = new HashMap<>();
    if (names.isEmpty()) {
      return ids;
    }
    String[] wanted = names.toArray(String[]::new);
    sql.update(ADD_MISSING, List.of((Object) wanted));
    sql.query(
        BY_NAME,
        List.of((Object) wanted),
        row -> ids.put(row.getString("name"), row.getObject("id", UUID.class)));
    return ids;
  }
}
