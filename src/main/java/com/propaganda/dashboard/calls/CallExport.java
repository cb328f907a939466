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
import java.util.function.Function;

/** Writes the calls of a filtered list as spreadsheet rows, page by page. */
final class CallExport {

  static final List<String> HEADER =
      List.of(
          "When", "Prospect", "Rep", "Type", "Status", "Outcome", "Loss reason", "Duration (s)");

  static final int PAGE = 1000;

  private static final String STOPPED =
      "The export stops at %,d calls: narrow the filters to export the rest.";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private CallExport() {}

  /**
   * Writes the header, then the list page after page from the last row's keyset, at most {@code
   * limit} calls; if the list goes on, a last row says where the export stopped.
   *
   * @param page the page after the given call (from the start for null)
   * @return how many calls were written
   */
  static long rows(Function<UUID, List<CallRow>> page, int limit, Consumer<List<String>> row) {
    row.accept(HEADER);
    UUID after = null;
    long rows = 0;
    List<CallRow> calls;
    do {
      calls = page.apply(after);
      for (CallRow call : calls) {
        if (rows == limit) {
          row.accept(List.of(String.format(STOPPED, limit)));
          return rows;
        }
        row.accept(cells(call));
        rows++;
      }
      after = calls.isEmpty() ? null : calls.get(calls.size() - 1).id();
    } while (calls.size() == PAGE);
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
