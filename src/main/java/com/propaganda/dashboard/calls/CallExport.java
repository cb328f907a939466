package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.platform.CsvSheet;
import com.propaganda.dashboard.platform.Sheet;
import com.propaganda.dashboard.platform.XlsxSheet;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Writes every call of a filtered list, page by page, as spreadsheet rows. */
final class CallExport {

  static final List<String> HEADER =
      List.of(
          "When", "Prospect", "Rep", "Type", "Status", "Outcome", "Loss reason", "Duration (s)");

  private static final int PAGE = 1000;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private CallExport() {}

  /** Every row of the list, read page after page from the last row's keyset; how many. */
  static long rows(
      CallService service, CallFilter filter, CallOrder order, Consumer<List<String>> row) {
    row.accept(HEADER);
    UUID after = null;
    long rows = 0;
    List<CallRow> page;
    do {
      page = service.list(filter, order, after, 0, PAGE);
      page.forEach(call -> row.accept(cells(call)));
      rows += page.size();
      after = page.isEmpty() ? null : page.get(page.size() - 1).id();
    } while (page.size() == PAGE);
    return rows;
  }

  private static List<String> cells(CallRow call) {
    return List.of(
        TIME.format(call.placedAt()),
        call.prospectName(),
        call.repName(),
        call.type().code(),
        call.status().code(),
        call.outcome() == null ? "" : call.outcome().code(),
        call.lossReason() == null ? "" : call.lossReason(),
        call.durationSeconds() == null ? "" : call.durationSeconds().toString());
  }

  static Sheet open(String format, OutputStream out) throws IOException {
    return "xlsx".equals(format) ? new XlsxSheet(out) : new CsvSheet(out);
  }
}
