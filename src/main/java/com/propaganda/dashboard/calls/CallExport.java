package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.platform.DatabaseCode;
import com.propaganda.dashboard.spreadsheets.CsvSheet;
import com.propaganda.dashboard.spreadsheets.Sheet;
import com.propaganda.dashboard.spreadsheets.XlsxSheet;
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

  /** A column a field, in the registry's order. */
  public static final List<String> HEADER = CallField.headers();

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
    return Arrays.stream(CallField.values()).map(field -> cell(call, field)).toList();
  }

  /** The rep by the email they sign in with and the reason by name, as people read them. */
  private static String cell(CallRecord call, CallField field) {
    Object value =
        switch (field) {
          case REP -> call.repEmail();
          case LOSS_REASON -> call.lossReasonName();
          default -> call.valueOf(field);
        };
    if (value instanceof OffsetDateTime at) {
      return time(at);
    }
    if (value instanceof DatabaseCode code) {
      return code.code();
    }
    return value == null ? "" : value.toString();
  }

  static Sheet open(String format, OutputStream out) throws IOException {
    return "xlsx".equals(format) ? new XlsxSheet(out) : new CsvSheet(out);
  }

  private static String time(OffsetDateTime at) {
    return (at.getNano() == 0 ? TIME : TIME_WITH_FRACTION).format(at);
  }
}
