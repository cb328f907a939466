package com.propaganda.dashboard.testsupport;

import com.propaganda.dashboard.platform.Settings;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The schema owner's connections, for tests that arrange data across clients or look behind the
 * application role. The server keeps no such pool, so tests open their own.
 */
public final class OwnerDatabase {

  private OwnerDatabase() {}

  public static DataSource dataSource() {
    PGSimpleDataSource owner = new PGSimpleDataSource();
    owner.setUrl(Settings.databaseUrl("propaganda-tests"));
    owner.setUser(Settings.ownerRole());
    owner.setPassword(Settings.ownerPassword());
    return owner;
  }
}
