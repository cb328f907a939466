package com.propaganda.dashboard.auditviewer;

import com.propaganda.dashboard.spreadsheets.CsvSheet;
import com.propaganda.dashboard.users.TeamMember;
import com.propaganda.dashboard.users.TeamService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The ceo's audit log page: filters, the lazy table with its diffs, and the CSV export. */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the table filter offers: the audited tables and the events not about one row. */
  private static final List<String> TABLES =
      List.of("calls", "loss_reasons", "users", "clients", "operators", "audit_logs");

  private static final int EXPORT_PAGE = 1000;

  @EJB private AuditLogService auditLogService;

  @EJB private TeamService teamService;

  private final AuditFilter filter = new AuditFilter();
  private AuditLazyModel entries;
  private List<TeamMember> users;

  @PostConstruct
  void init() {
    entries = new AuditLazyModel(auditLogService, filter);
    users = teamService.members();
  }

  /** The latest signed checkpoint to keep, or a message before the log's first sealing. */
  public StreamedContent getReceipt() {
    Optional<String> receipt = auditLogService.receipt();
    if (receipt.isEmpty()) {
      FacesContext.getCurrentInstance()
          .addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_WARN,
                  "No receipt yet",
                  "The log is sealed and signed every few seconds; try again in a moment."));
      return null;
    }
    byte[] text = receipt.get().getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("audit-receipt.txt")
        .contentType("text/plain; charset=UTF-8")
        .contentLength((long) text.length)
        .stream(() -> new ByteArrayInputStream(text))
        .build();
  }

  public StreamedContent getCsv() {
    return DefaultStreamedContent.builder()
        .name("audit-log.csv")
        .contentType("text/csv")
        .writer(
            out -> {
              try (CsvSheet sheet = new CsvSheet(out)) {
                sheet.row(
                    List.of(
                        "When",
                        "Who",
                        "Action",
                        "Table",
                        "Record",
                        "Field",
                        "Before",
                        "After",
                        "IP",
                        "User agent"));
                long rows = 0;
                AuditCursor after = null;
                List<AuditEntry> page;
                do {
                  page = auditLogService.page(filter, after, EXPORT_PAGE);
                  for (AuditEntry entry : page) {
                    rows++;
                    writeEntry(sheet, entry);
                    after = AuditCursor.after(entry);
                  }
                } while (page.size() == EXPORT_PAGE);
                auditLogService.exported(filter, rows);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .build();
  }

  /** One line per changed field, so a spreadsheet can filter by field. */
  private static void writeEntry(CsvSheet sheet, AuditEntry entry) {
    List<FieldChange> changes =
        entry.changes().isEmpty() ? List.of(new FieldChange("", "", "")) : entry.changes();
    for (FieldChange change : changes) {
      sheet.row(
          List.of(
              entry.at().toString(),
              nullToEmpty(entry.actor()),
              entry.action().name(),
              entry.table(),
              entry.recordId().toString(),
              change.field(),
              nullToEmpty(change.before()),
              nullToEmpty(change.after()),
              nullToEmpty(entry.ip()),
              nullToEmpty(entry.userAgent())));
    }
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  public AuditFilter getFilter() {
    return filter;
  }

  public AuditLazyModel getEntries() {
    return entries;
  }

  public List<TeamMember> getUsers() {
    return users;
  }

  public List<String> getTables() {
    return TABLES;
  }

  public AuditAction[] getActions() {
    return AuditAction.values();
  }
}
