package com.propaganda.dashboard.audit;

import com.propaganda.dashboard.platform.BackgroundStatement;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import javax.sql.DataSource;

/**
 * Seals newly committed audit rows into their client's hash chain every few seconds
 * (seal_audit_logs(), V9). Writers only append to a queue, so a busy client's writers never wait
 * for the chain.
 */
@Singleton
@PermitAll
public class AuditSealing {

  @Resource(lookup = "jdbc/propaganda")
  private DataSource dataSource;

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  public void seal() {
    BackgroundStatement.run(dataSource, "SELECT seal_audit_logs()");
  }
}
