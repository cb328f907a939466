package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.platform.CsvSheet;
import com.propaganda.dashboard.platform.Sheet;
import com.propaganda.dashboard.platform.XlsxSheet;
import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Writes the calls of a filtered list as spreadsheet rows, page by page: every field of a call,
 * under the headers the import reads, so an exported file edited in a spreadsheet imports as
 * updates (by Id).
 */
public final class CallExport {

  public static final List<String> HEADER =
      List.of(
          "Id",
          "External id",
          "Prospect",
          "Email",
          "Phone",
          "Type",
          "Status",
          "Outcome",
          "Loss reason",
          "Rep email",
          "Scheduled",
          "Completed",
          "Duration",
          "Notes");

  static final int PAGE = 1000;

  private static final String STOPPED =
      "The export stops at %,d calls: narrow the filters to export the rest.";

  /**
   * Times keep their offset, so a time of the hour a clock repeats imports back as the same
   * instant, and their microseconds when they have any.
   */
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

  private static final DateTimeFormatter TIME_WITH_FRACTION =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");

  private CallExport() {}

  /**
   * Writes the header, then the list page after page from the last row's keyset, at most {@code
   * limit} calls; if the list goes on, a last row says where the export stopped.
   *
   * @param page the page after the given call (from the start for null)
   * @return how many calls were written
   */
  static long rows(Function<UUID, List<CallRecord>> page, int limit, Consumer<List<String>> row) {
    row.accept(HEADER);
    UUID after = null;
    long rows = 0;
    List<CallRecord> calls;
    do {
      calls = page.apply(after);
      for (CallRecord call : calls) {
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

  private static List<String> cells(CallRecord call) {
    return Arrays.asList(
        call.id().toString(),
        text(call.externalId()),
        call.prospectName(),
        text(call.prospectEmail()),
        text(call.prospectPhone()),
        call.type().code(),
        call.status().code(),
        call.outcome() == null ? "" : call.outcome().code(),
        text(call.lossReasonName()),
        call.repEmail(),
        time(call.scheduledAt()),
        time(call.completedAt()),
        call.durationSeconds() == null ? "" : call.durationSeconds().toString(),
        text(call.notes()));
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  static Sheet open(String format, OutputStream out) throws IOException {
    return "xlsx".equals(format) ? new XlsxSheet(out) : new CsvSheet(out);
  }

  private static String time(OffsetDateTime at) {
    if (at == null) {
      return "";
    }
    return (at.getNano() == 0 ? TIME : TIME_WITH_FRACTION).format(at);
  }
}
