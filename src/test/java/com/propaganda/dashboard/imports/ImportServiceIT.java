package com.propaganda.dashboard.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.calls.CallFilter;
import com.propaganda.dashboard.calls.CallOrder;
import com.propaganda.dashboard.calls.CallService;
import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.platform.Text;
import com.propaganda.dashboard.reports.DashboardFilter;
import com.propaganda.dashboard.reports.DashboardService;
import com.propaganda.dashboard.reports.PeriodPreset;
import com.propaganda.dashboard.spreadsheets.CsvSheet;
import com.propaganda.dashboard.spreadsheets.Sheet;
import com.propaganda.dashboard.spreadsheets.XlsxSheet;
import com.propaganda.dashboard.testsupport.OwnerDatabase;
import com.propaganda.dashboard.testsupport.SignInAs;
import com.propaganda.dashboard.testsupport.Tenant;
import com.propaganda.dashboard.testsupport.TestData;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Importing calls through the service, as the Import page does it: the dry run writes nothing, the
 * commit writes all rows or none, a re-import updates, likely duplicates are skipped, a revert
 * undoes, a cancel leaves nothing, and the dashboard counts imported calls at once.
 */
@ExtendWith(ArquillianExtension.class)
class ImportServiceIT {

  private static final String HEADER =
      "External id,Prospect,Email,Type,Status,Outcome,Loss reason,Rep email,Scheduled,Duration\n";

  @EJB private TestData data;

  @EJB private ImportService imports;

  @EJB private DashboardService dashboard;

  @EJB private CallService calls;

  @Inject private SignInAs signIn;

  private Tenant tenant;

  @BeforeEach
  void aClientsAdmin() {
    tenant = Tenant.create(data, "Import Co");
    tenant.signInAs(signIn, Role.ADMIN);
  }

  @Test
  void theDryRunFindsEveryBrokenRowByColumnAndWritesNothing() throws Exception {
    Tenant other = Tenant.create(data, "Other Co");
    data.user(other.id(), "stranger@other.example", Role.SALES, "x", true);
    String file =
        HEADER
            + "A-1,Good prospect,good@example.com,outbound,completed,won,,rep@tenant.example,2026-03-02 10:00,600\n"
            + "A-2,Lost without reason,,inbound,completed,lost,,rep@tenant.example,2026-03-02 11:00,60\n"
            + "A-3,Bad date,,inbound,no-show,,,rep@tenant.example,31/02/2026,\n"
            + "A-4,Not our rep,,outbound,completed,tbd,,stranger@other.example,2026-03-02 12:00,\n"
            + "A-5,Won but no-show,,outbound,no-show,won,,admin@tenant.example,2026-03-02 13:00,\n";
    UploadedFile uploaded = upload(file);

    ImportCheck check = imports.dryRun(uploaded.id(), ImportMapping.guess(uploaded.headers()));

    assertEquals(5, check.rows());
    assertEquals(1, check.creates());
    assertEquals(4, check.errorRows());
    assertEquals(
        List.of(
            "3 Loss reason: Choose why the deal was lost",
            "4 Scheduled: Write a date like 2026-03-31 14:30 (ISO 8601)",
            "5 Rep email: No user of your team has this email",
            "6 Rep email: This user is not an active sales rep",
            "6 Outcome: Only a completed call can be won or lost"),
        check.firstErrors().stream()
            .map(e -> e.row() + " " + e.column() + ": " + e.message())
            .toList());
    assertFalse(check.canCommit());
    assertEquals("0", calls());
    String errorsCsv =
        new String(imports.errors(uploaded.id()).readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(
        errorsCsv.contains("\"4\",\"Scheduled\",\"31/02/2026\",\"Write a date like"), errorsCsv);
  }

  @Test
  void aCommitWritesEveryCallWithItsAuditRowsAndTheDashboardCountsThemAtOnce() throws Exception {
    String file =
        HEADER
            + "A-1,Harbor,harbor@example.com,outbound,completed,won,,rep@tenant.example,2026-03-02 10:00,600\n"
            + "A-2,Crestview,,inbound,completed,lost,Price,other.rep@tenant.example,2026-03-03 11:00,60\n"
            + "A-3,Northwind,,inbound,no-show,,,rep@tenant.example,2026-03-04 09:00,\n";
    long before = allTimeCalls();

    ImportSummary done = importWhole(file, ImportMapping.guess(List.of(HEADER.strip().split(","))));

    assertEquals("committed", done.state());
    assertEquals(3, done.created());
    assertEquals("3", calls());
    assertEquals(before + 3, allTimeCalls());
    assertEquals(
        "3",
        data.text(
            "SELECT count(*) FROM audit_logs WHERE client_id = ? AND table_name = 'calls'"
                + " AND action = 'INSERT' AND user_id = ?",
            tenant.id(),
            tenant.admin()));
    assertEquals(
        "3",
        data.text(
            "SELECT new_values->>'created' FROM audit_logs WHERE client_id = ?"
                + " AND table_name = 'imports' AND new_values->>'event' = 'import'",
            tenant.id()));
    assertEquals(
        "Price",
        data.text(
            "SELECT r.name FROM calls c JOIN loss_reasons r ON r.id = c.loss_reason_id"
                + " WHERE c.client_id = ? AND c.external_id = 'A-2'",
            tenant.id()));
  }

  @Test
  void aFileWithOneBrokenRowImportsNothing() throws Exception {
    String rows = goodRows("B", 2500);
    UploadedFile uploaded =
        upload(HEADER + rows + "\nB-x,,,outbound,completed,tbd,,rep@tenant.example,,\n");
    ImportMapping mapping = ImportMapping.guess(uploaded.headers());

    UUID started = imports.start(uploaded, mapping, 2501);
    ImportSummary ended = awaitEnd(started);

    assertEquals("failed", ended.state());
    assertTrue(ended.failure().contains("Row 2502"), ended.failure());
    assertEquals("0", calls());
  }

  @Test
  void reImportingTheSameFileUpdatesByExternalIdInsteadOfDuplicating() throws Exception {
    String first =
        HEADER
            + "A-1,Harbor,h@example.com,outbound,completed,tbd,,rep@tenant.example,2026-03-02 10:00,600\n";
    ImportMapping mapping = ImportMapping.guess(List.of(HEADER.strip().split(",")));
    importWhole(first, mapping);

    ImportSummary second =
        importWhole(
            HEADER
                + "A-1,Harbor Logistics,h@example.com,outbound,completed,won,,other.rep@tenant.example,2026-03-02 10:00,900\n",
            mapping);

    assertEquals(0, second.created());
    assertEquals(1, second.updated());
    assertEquals("1", calls());
    assertEquals(
        "Harbor Logistics|won|900|" + tenant.otherRep(),
        data.text(
            "SELECT prospect_name || '|' || outcome || '|' || call_duration || '|' || user_id"
                + " FROM calls WHERE client_id = ?",
            tenant.id()));
  }

  @Test
  void anExportedListEditedInASpreadsheetImportsAsUpdates() throws Exception {
    data.call(tenant.id(), tenant.rep(), tenant.lossReason(), "Exported one");
    data.call(tenant.id(), tenant.otherRep(), tenant.lossReason(), "Exported two");
    List<List<String>> rows = new ArrayList<>();
    calls.export(new CallFilter(), CallOrder.NEWEST_FIRST, "csv", rows::add);
    StringBuilder csv = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
      for (List<String> row : rows) {
        printer.printRecord(
            row.stream().map(cell -> cell.replace("Exported one", "Edited one")).toList());
      }
    }

    ImportSummary done = importWhole(csv.toString(), ImportMapping.guess(rows.get(0)));

    assertEquals(0, done.created());
    assertEquals(2, done.updated());
    assertEquals(
        List.of("Edited one", "Exported two"),
        data.texts("SELECT prospect_name FROM calls WHERE client_id = ? ORDER BY 1", tenant.id()));
  }

  /**
   * A client's own export, as CSV and as a workbook, imports back unchanged: the apostrophes the
   * export puts before formula-like text are taken off again, a time of the hour a clock repeats
   * comes back as the same instant, and a call keeps a rep who left and a reason no longer offered,
   * as the form keeps them.
   */
  @Test
  void aCsvExportImportsBackUnchanged() throws Exception {
    exportAndImportBack("csv");
  }

  @Test
  void aWorkbookExportImportsBackUnchanged() throws Exception {
    exportAndImportBack("xlsx");
  }

  private void exportAndImportBack(String format) throws Exception {
    data.execute("UPDATE clients SET time_zone = 'America/New_York' WHERE id = ?", tenant.id());
    UUID call = data.call(tenant.id(), tenant.otherRep(), tenant.lossReason(), "=1+1");
    data.execute(
        "UPDATE calls SET prospect_phone = '+1 555 0199', notes = '''quoted'' and @SUM(A1)',"
            + " scheduled_at = '2026-11-01 06:30:00.25+00' WHERE id = ?",
        call);
    data.execute("UPDATE users SET is_active = false WHERE id = ?", tenant.otherRep());
    data.deactivateLossReason(tenant.lossReason());
    String query =
        "SELECT row_to_json(c)::text FROM (SELECT prospect_name, prospect_phone, notes, user_id,"
            + " loss_reason_id, status, outcome, scheduled_at FROM calls WHERE id = ?) c";
    String before = data.text(query, call);
    List<List<String>> rows = new ArrayList<>();
    calls.export(new CallFilter(), CallOrder.NEWEST_FIRST, format, rows::add);
    ByteArrayOutputStream exported = new ByteArrayOutputStream();
    try (Sheet sheet = "csv".equals(format) ? new CsvSheet(exported) : new XlsxSheet(exported)) {
      for (List<String> row : rows) {
        sheet.row(row);
      }
    }

    UploadedFile file =
        imports.upload("calls." + format, new ByteArrayInputStream(exported.toByteArray()));
    ImportSummary done = importWhole(file, ImportMapping.guess(rows.get(0)));

    assertEquals(0, done.created());
    assertEquals(1, done.updated());
    assertEquals(before, data.text(query, call));
  }

  @Test
  void rowsLikeACallAlreadyLoggedAreSkippedUnlessKept() throws Exception {
    String header = "Prospect,Email,Type,Status,Rep email,Scheduled\n";
    String row = "Harbor,h@example.com,outbound,no-show,rep@tenant.example,2026-03-02 10:00\n";
    ImportMapping mapping = ImportMapping.guess(List.of(header.strip().split(",")));
    importWhole(header + row, mapping);

    UploadedFile again = upload(header + row.replace("h@example.com", "H@Example.com"));
    ImportCheck check = imports.dryRun(again.id(), mapping);
    assertEquals(1, check.duplicates());
    assertEquals(0, check.creates());

    ImportMapping keep =
        new ImportMapping(
            mapping.columns(), mapping.dates(), true, mapping.durations(), false, true);
    assertEquals(1, importWhole(header + row, keep).created());
    assertEquals("2", calls());
  }

  @Test
  void aRevertDeletesCreatedCallsRestoresUpdatedOnesAndLeavesLaterChangesUnlessTold()
      throws Exception {
    ImportMapping mapping = ImportMapping.guess(List.of(HEADER.strip().split(",")));
    importWhole(
        HEADER + "A-1,Kept,,outbound,completed,tbd,,rep@tenant.example,2026-03-02 10:00,60\n",
        mapping);
    ImportSummary second =
        importWhole(
            HEADER
                + "A-1,Renamed,,outbound,completed,tbd,,rep@tenant.example,2026-03-02 10:00,60\n"
                + "A-2,New one,,inbound,no-show,,,rep@tenant.example,2026-03-03 10:00,\n"
                + "A-3,Edited later,,inbound,no-show,,,rep@tenant.example,2026-03-04 10:00,\n",
            mapping);
    data.execute(
        "UPDATE calls SET notes = 'edited', updated_at = clock_timestamp() + interval '1 second'"
            + " WHERE client_id = ? AND external_id = 'A-3'",
        tenant.id());

    List<ChangedCall> changed = imports.changedSince(second.id());
    assertEquals(List.of("Edited later"), changed.stream().map(ChangedCall::prospectName).toList());

    assertEquals(2, imports.revert(second.id(), false));
    assertEquals(
        List.of("A-1 Kept", "A-3 Edited later"),
        data.texts(
            "SELECT external_id || ' ' || prospect_name FROM calls WHERE client_id = ? ORDER BY 1",
            tenant.id()));
    assertEquals("reverted", find(second.id()).state());
    assertThrows(InvalidInputException.class, () -> imports.revert(second.id(), true));
  }

  @Test
  void aCancelledImportWritesNothing() throws Exception {
    String rows = goodRows("C", 20_000);
    UploadedFile uploaded = upload(HEADER + rows + "\n");

    UUID started = imports.start(uploaded, ImportMapping.guess(uploaded.headers()), 20_000);
    imports.cancel(started);
    ImportSummary ended = awaitEnd(started);

    assertEquals("cancelled", ended.state());
    assertEquals("0", calls());
  }

  @Test
  void anImportCutOffByAStopOfItsServerIsMarkedFailedWhileOneStillWritingIsNot() throws Exception {
    UUID cutOff = runningImport("cut-off.csv");
    UUID stillWriting = runningImport("still-writing.csv");

    // Another server's writing transaction, as ImportService.commit holds it.
    try (Connection otherServer = OwnerDatabase.dataSource().getConnection()) {
      otherServer.setAutoCommit(false);
      try (PreparedStatement lock =
          otherServer.prepareStatement(
              "SELECT pg_advisory_xact_lock(hashtext('import'), hashtext(?::text))")) {
        lock.setString(1, stillWriting.toString());
        lock.execute();
      }
      data.execute("SELECT fail_interrupted_imports()");
      otherServer.rollback();
    }

    ImportSummary marked = find(cutOff);
    assertEquals("failed", marked.state());
    assertTrue(marked.failure().startsWith("The server stopped before the import committed"));
    assertEquals("running", find(stillWriting).state());
  }

  /** An import marked running since two minutes ago, as its server left it. */
  private UUID runningImport(String fileName) {
    UUID id = UUID.randomUUID();
    data.execute(
        "INSERT INTO imports (id, client_id, user_id, file_name, file_sha256, mapping, started_at)"
            + " VALUES (?, ?, ?, ?, repeat('a', 64), '{}', now() - interval '2 minutes')",
        id,
        tenant.id(),
        tenant.admin(),
        fileName);
    return id;
  }

  @Test
  void aMappingWithoutARequiredFieldIsRefusedBeforeReading() throws Exception {
    UploadedFile uploaded = upload("Prospect,Type,Status\nHarbor,outbound,no-show\n");
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> imports.dryRun(uploaded.id(), ImportMapping.guess(uploaded.headers())));
    assertEquals(
        Map.of("mapping", "Choose the column for Rep email: every call needs it"),
        refused.fieldMessages());
  }

  @Test
  void filesAreTheClientsOwnAndSalesRepsCannotImport() throws Exception {
    UploadedFile uploaded = upload(HEADER);
    Tenant.create(data, "Peeking Co").signInAs(signIn, Role.CEO);
    assertThrows(
        NotFoundException.class,
        () -> imports.dryRun(uploaded.id(), ImportMapping.guess(uploaded.headers())));

    tenant.signInAs(signIn, Role.SALES);
    assertThrows(EJBAccessException.class, () -> imports.upload("calls.csv", stream(HEADER)));
  }

  @Test
  void anOversizedUploadIsRefusedAndNotKept() {
    InputStream endless =
        new InputStream() {
          private long left = ImportFiles.MAX_BYTES + 10;

          @Override
          public int read() {
            return left-- > 0 ? 'a' : -1;
          }
        };
    ImportFileException refused =
        assertThrows(ImportFileException.class, () -> imports.upload("big.csv", endless));
    assertEquals(
        "The file is larger than 50 MB: split it into smaller files.", refused.getMessage());
  }

  /** Rows that keep every rule, one line each, their external ids starting with the prefix. */
  private static String goodRows(String prefix, int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                prefix
                    + "-"
                    + i
                    + ",Prospect "
                    + i
                    + ",,outbound,completed,tbd,,rep@tenant.example,2026-03-02 10:00,")
        .collect(Collectors.joining("\n"));
  }

  /**
   * A NUL past the file's first 8 KB, which PostgreSQL cannot store, is a row error at the check.
   */
  @Test
  void aControlCharacterAfterTheFirstKilobytesIsARowErrorNamingItsColumn() throws Exception {
    StringBuilder file = new StringBuilder(HEADER);
    for (int row = 1; row <= 200; row++) {
      file.append("B-")
          .append(row)
          .append(",Prospect ")
          .append(row)
          .append(",,inbound,no-show,,,rep@tenant.example,2026-03-02 10:00,\n");
    }
    file.append("B-201,Har\u0000bor,,inbound,no-show,,,rep@tenant.example,2026-03-02 10:00,\n");
    UploadedFile uploaded = upload(file.toString());

    ImportCheck check = imports.dryRun(uploaded.id(), ImportMapping.guess(uploaded.headers()));

    assertEquals(1, check.errorRows());
    RowError error = check.firstErrors().get(0);
    assertEquals(202, error.row());
    assertEquals("Prospect", error.column());
    assertEquals(Text.CONTROL_CHARACTER, error.message());
    assertEquals("Har\uFFFDbor", error.value());
    assertFalse(check.canCommit());
  }

  private UploadedFile upload(String csv) {
    return imports.upload("calls.csv", stream(csv));
  }

  private static InputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private ImportSummary importWhole(String csv, ImportMapping mapping) throws Exception {
    return importWhole(upload(csv), mapping);
  }

  private ImportSummary importWhole(UploadedFile uploaded, ImportMapping mapping) throws Exception {
    ImportCheck check = imports.dryRun(uploaded.id(), mapping);
    assertTrue(check.canCommit() || check.creates() + check.updates() == 0, check.toString());
    ImportSummary ended = awaitEnd(imports.start(uploaded, mapping, check.rows()));
    assertEquals("committed", ended.state(), ended.failure());
    return ended;
  }

  private ImportSummary awaitEnd(UUID importId) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(until)) {
      ImportSummary summary = find(importId);
      if (!"running".equals(summary.state())) {
        return summary;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("The import did not end within a minute");
  }

  private ImportSummary find(UUID importId) {
    return imports.imports().stream()
        .filter(summary -> summary.id().equals(importId))
        .findFirst()
        .orElseThrow();
  }

  private String calls() {
    return data.text("SELECT count(*) FROM calls WHERE client_id = ?", tenant.id());
  }

  private long allTimeCalls() {
    DashboardFilter filter = new DashboardFilter();
    filter.setPreset(PeriodPreset.ALL_TIME);
    return dashboard.open(filter).current().calls();
  }
}
