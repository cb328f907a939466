package com.propaganda.dashboard.auditviewer;

import com.propaganda.dashboard.testsupport.MeasuredPhase;
import com.propaganda.dashboard.testsupport.SignInAs;
import com.propaganda.dashboard.testsupport.TestData;
import com.propaganda.dashboard.testsupport.Timings;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Server time of the audit viewer on the benchmark client's 5,000,000 audit rows, through the real
 * service. Run by src/scripts/benchmark-audit.sh; prints figures, asserts nothing.
 */
@ExtendWith(ArquillianExtension.class)
class AuditViewerBenchmark {

  private static final int RUNS = 30;
  private static final int PAGE = 25;
  private static final UUID CLIENT = UUID.fromString("0b000000-0000-4000-8000-000000000001");
  private static final UUID REP = UUID.fromString("0b000000-0000-4000-8000-100000000007");

  @EJB private AuditLogService auditLog;

  @EJB private TestData data;

  @Inject private SignInAs signIn;

  private final StringBuilder report = new StringBuilder();

  @Test
  void measure() {
    signIn.user("bench", "ceo@bench.example", "Demo-Propaganda-2026");
    String rows = data.text("SELECT count(*) FROM audit_logs WHERE client_id = ?", CLIENT);
    report.append(
        String.format("%nAudit viewer server time, %s audit rows, %d runs (ms)%n", rows, RUNS));
    report.append(String.format("%-52s %8s %8s %8s%n", "", "median", "p95", "max"));

    AuditFilter all = new AuditFilter();
    time("newest first: first page", () -> auditLog.page(all, null, PAGE));
    AuditCursor next = last(auditLog.page(all, null, PAGE));
    time("newest first: next page (keyset)", () -> auditLog.page(all, next, PAGE));
    AuditCursor middle = cursorAt(2_500_000);
    time("a page 2,500,000 rows deep (keyset)", () -> auditLog.page(all, middle, PAGE));
    time("count (up to 10,001)", () -> auditLog.count(all));

    AuditFilter user = new AuditFilter();
    user.setUserId(REP);
    time("one user: first page", () -> auditLog.page(user, null, PAGE));
    time("one user: count", () -> auditLog.count(user));
    AuditFilter deletes = new AuditFilter();
    deletes.setAction(AuditAction.DELETE);
    time("action DELETE: first page", () -> auditLog.page(deletes, null, PAGE));
    AuditFilter table = new AuditFilter();
    table.setTable("loss_reasons");
    time("table loss_reasons: first page", () -> auditLog.page(table, null, PAGE));
    AuditFilter record = new AuditFilter();
    record.setRecordId(
        UUID.fromString(
            data.text(
                "SELECT record_id FROM audit_logs WHERE client_id = ? AND table_name = 'calls' LIMIT 1",
                CLIENT)));
    time("one record: first page", () -> auditLog.page(record, null, PAGE));
    AuditFilter month = new AuditFilter();
    month.setFrom(LocalDate.now().minusYears(1));
    month.setTo(LocalDate.now().minusYears(1).plusMonths(1));
    time("one month a year ago: first page", () -> auditLog.page(month, null, PAGE));
    time("one month a year ago: count", () -> auditLog.count(month));
    report.append("End of the audit viewer benchmark\n");
    System.out.println(report);
  }

  private AuditCursor cursorAt(int offset) {
    String[] row =
        data.text(
                "SELECT created_at || '|' || id FROM audit_logs WHERE client_id = ?"
                    + " ORDER BY created_at DESC, id DESC OFFSET ? LIMIT 1",
                CLIENT,
                offset)
            .split("\\|");
    return new AuditCursor(
        OffsetDateTime.parse(row[0].replace(' ', 'T').replaceAll("\\+00$", "+00:00")),
        UUID.fromString(row[1]));
  }

  private static AuditCursor last(List<AuditEntry> page) {
    return AuditCursor.after(page.get(page.size() - 1));
  }

  private void time(String name, Supplier<?> action) {
    Timings timings = new Timings();
    for (int run = 0; run < RUNS + 3; run++) {
      long start = System.nanoTime();
      MeasuredPhase.nonEmpty(name, action.get());
      if (run >= 3) {
        timings.since(start);
      }
    }
    report.append(timings.row(name));
  }
}
