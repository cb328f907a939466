package com.propaganda.dashboard.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** An export reads the list page after page and stops at its limit, saying so in its last row. */
class CallExportTest {

  private static final int CALLS = CallExport.PAGE * 2 + 10;

  private final List<CallRecord> list =
      IntStream.range(0, CALLS).mapToObj(CallExportTest::call).toList();

  @Test
  void aListUnderTheLimitIsWrittenWholePageAfterPage() {
    List<List<String>> rows = new ArrayList<>();

    long written = CallExport.rows(this::pageAfter, CALLS, rows::add);

    assertEquals(CALLS, written);
    assertEquals(CALLS + 1, rows.size());
    assertEquals(CallExport.HEADER, rows.get(0));
    assertEquals("Prospect " + (CALLS - 1), rows.get(CALLS).get(2));
  }

  @Test
  void aLongerListStopsAtTheLimitWithALastRowThatSaysSo() {
    List<List<String>> rows = new ArrayList<>();

    long written = CallExport.rows(this::pageAfter, CallExport.PAGE + 5, rows::add);

    assertEquals(CallExport.PAGE + 5, written);
    assertEquals("Prospect " + (CallExport.PAGE + 4), rows.get(CallExport.PAGE + 5).get(2));
    assertEquals(
        List.of("The export stops at 1,005 calls: narrow the filters to export the rest."),
        rows.get(rows.size() - 1));
  }

  private List<CallRecord> pageAfter(UUID after) {
    int start =
        after == null
            ? 0
            : IntStream.range(0, CALLS)
                    .filter(i -> list.get(i).id().equals(after))
                    .findFirst()
                    .getAsInt()
                + 1;
    return list.subList(start, Math.min(start + CallExport.PAGE, CALLS));
  }

  private static CallRecord call(int number) {
    OffsetDateTime at = OffsetDateTime.of(2026, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    return new CallRecord(
        UUID.randomUUID(),
        null,
        UUID.randomUUID(),
        "Rep",
        "rep@example.com",
        "Prospect " + number,
        null,
        null,
        CallType.OUTBOUND,
        CallStatus.COMPLETED,
        CallOutcome.WON,
        null,
        null,
        null,
        600,
        at,
        null,
        at,
        at,
        at);
  }

  @Test
  void aRowCarriesEveryFieldUnderTheHeadersTheImportReads() {
    List<List<String>> rows = new ArrayList<>();
    CallExport.rows(after -> after == null ? list.subList(0, 1) : List.of(), 10, rows::add);
    List<String> first = rows.get(1);
    assertEquals(CallExport.HEADER.size(), first.size());
    assertEquals(
        List.of(
            "Prospect 0",
            "outbound",
            "completed",
            "won",
            "rep@example.com",
            "2026-01-01 09:00:00+00:00",
            "600"),
        List.of(
            first.get(2),
            first.get(5),
            first.get(6),
            first.get(7),
            first.get(9),
            first.get(10),
            first.get(12)));
  }
}
