package com.propaganda.dashboard.calls;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/** Writes every call of a filtered list, page by page, as spreadsheet rows. */
final class CallExport {

  static final List<String> HEADER =
      List.of(
          "Scheduled (UTC)",
          "Prospect",
          "Rep",
          "Type",
          "Status",
          "Outcome",
          "Loss reason",
          "Duration (s)");

  private static final int PAGE = 1000;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private CallExport() {}

  static void rows(
      CallService service,
      CallFilter filter,
      CallSort sort,
      boolean ascending,
      Consumer<List<String>> row) {
    row.accept(HEADER);
    for (int first = 0; ; first += PAGE) {
      List<CallRow> page = service.list(filter, sort, ascending, first, PAGE);
      page.forEach(call -> row.accept(cells(call)));
      if (page.size() < PAGE) {
        return;
      }
    }
  }

  private static List<String> cells(CallRow call) {
    return List.of(
        call.scheduledAt() == null ? "" : TIME.format(call.scheduledAt()),
        call.prospectName(),
        call.repName(),
        call.type().code(),
        call.status().code(),
        call.outcome() == null ? "" : call.outcome().code(),
        call.lossReason() == null ? "" : call.lossReason(),
        call.durationSeconds() == null ? "" : call.durationSeconds().toString());
  }

  /** A sheet writer that the caller closes. */
  interface Sheet extends AutoCloseable {
    void row(List<String> cells);

    @Override
    void close() throws IOException;
  }

  static Sheet open(String format, OutputStream out) throws IOException {
    return "xlsx".equals(format) ? new XlsxSheet(out) : new CsvSheet(out);
  }
}
