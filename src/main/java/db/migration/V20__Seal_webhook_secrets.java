package db.migration;

import com.propaganda.dashboard.platform.SecretBox;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seals the webhook signing secrets written before they were kept sealed (SecretBox), with the key
 * the migration is given (WEBHOOK_SECRETS_KEY). In Java because the key is configuration, never in
 * a SQL file. The audit trigger is off meanwhile: it would copy each secret in the clear once more.
 */
public class V20__Seal_webhook_secrets extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    var connection = context.getConnection();
    try (Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE webhook_endpoints DISABLE TRIGGER USER");
    }
    try (Statement select = connection.createStatement();
        ResultSet plain =
            select.executeQuery(
                "SELECT id, secret FROM webhook_endpoints WHERE secret NOT LIKE 'v1:%'");
        PreparedStatement seal =
            connection.prepareStatement("UPDATE webhook_endpoints SET secret = ? WHERE id = ?")) {
      while (plain.next()) {
        UUID id = plain.getObject(1, UUID.class);
        seal.setString(1, SecretBox.seal(plain.getString(2), id));
        seal.setObject(2, id);
        seal.executeUpdate();
      }
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("ALTER TABLE webhook_endpoints ENABLE TRIGGER USER");
    }
  }
}
