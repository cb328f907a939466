package com.propaganda.dashboard.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.propaganda.dashboard.calls.CallStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cell texts as call values, as the mapping says the file writes them. */
class CellValuesTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void theSameSlashedDateReadsByTheChosenOrder() {
    assertEquals(
        at("2026-04-03T09:15+02:00"),
        values(DateOrder.DAY_FIRST, true).time("03/04/2026 09:15").toInstant());
    assertEquals(
        at("2026-03-04T09:15+01:00"),
        values(DateOrder.MONTH_FIRST, true).time("03/04/2026 09:15").toInstant());
    assertEquals(
        "Write a date like 2026-03-31 14:30 (ISO 8601)",
        assertThrows(
                IllegalArgumentException.class,
                () -> values(DateOrder.ISO, true).time("03/04/2026"))
            .getMessage());
  }

  @Test
  void isoTimesReadWhateverTheOrderWithTheirOffsetOrOnTheChosenClock() {
    CellValues dayFirst = values(DateOrder.DAY_FIRST, true);
    assertEquals(at("2026-03-31T00:00+02:00"), dayFirst.time("2026-03-31").toInstant());
    assertEquals(at("2026-03-31T14:30Z"), dayFirst.time("2026-03-31T14:30:00Z").toInstant());
    assertEquals(
        at("2026-03-31T14:30Z"), values(DateOrder.ISO, false).time("2026-03-31 14:30").toInstant());
    assertThrows(IllegalArgumentException.class, () -> dayFirst.time("31/02/2026"));
  }

  @Test
  void aTimeInTheHourAClockRepeatsKeepsItsOffset() {
    CellValues newYork =
        new CellValues(
            new ImportMapping(Map.of(), DateOrder.ISO, true, DurationUnit.SECONDS, false, false),
            ZoneId.of("America/New_York"));
    assertEquals(at("2026-11-01T06:30Z"), newYork.time("2026-11-01T01:30:00-05:00").toInstant());
    assertEquals(at("2026-11-01T05:30Z"), newYork.time("2026-11-01T01:30:00-04:00").toInstant());
    // Without an offset the wall clock names both; the earlier is taken, as the form takes it.
    assertEquals(at("2026-11-01T05:30Z"), newYork.time("2026-11-01 01:30").toInstant());
  }

  @Test
  void aLeapDayReadsOnlyInALeapYearAndYearsStopAt9999() {
    CellValues dayFirst = values(DateOrder.DAY_FIRST, true);
    assertEquals(at("2028-02-29T00:00+01:00"), dayFirst.time("29/02/2028").toInstant());
    assertThrows(IllegalArgumentException.class, () -> dayFirst.time("29/02/2027"));
    assertEquals(at("9999-12-31T23:59+01:00"), dayFirst.time("9999-12-31 23:59").toInstant());
    assertThrows(IllegalArgumentException.class, () -> dayFirst.time("10000-01-01"));
  }

  @Test
  void durationsInSecondsOrClockNotation() {
    assertEquals(754, values(DateOrder.ISO, true).duration("754"));
    CellValues clock =
        new CellValues(
            new ImportMapping(
                Map.of(), DateOrder.ISO, true, DurationUnit.MINUTES_SECONDS, false, false),
            BERLIN);
    assertEquals(754, clock.duration("12:34"));
    assertEquals(3754, clock.duration("1:02:34"));
    assertEquals(
        "Write the duration as mm:ss (12:34)",
        assertThrows(IllegalArgumentException.class, () -> clock.duration("12 min")).getMessage());
  }

  /** Hours that overflow an int once counted in seconds stay too long: the rules refuse them. */
  @Test
  void aClockDurationBeyondAnIntIsNotWrappedAround() {
    CellValues clock =
        new CellValues(
            new ImportMapping(
                Map.of(), DateOrder.ISO, true, DurationUnit.MINUTES_SECONDS, false, false),
            BERLIN);
    assertEquals(Integer.MAX_VALUE, clock.duration("1193047:00:00"));
    assertEquals(Integer.MAX_VALUE, clock.duration("999999999:999:59"));
    assertEquals(86_400, clock.duration("24:00:00"));
    assertThrows(IllegalArgumentException.class, () -> clock.duration("1234567890:00:00"));
  }

  @Test
  void statusesAsWrittenByPeople() {
    assertEquals(CallStatus.NO_SHOW, CellValues.status("No Show"));
    assertEquals(CallStatus.NO_SHOW, CellValues.status("noshow"));
    assertEquals(
        "Write completed, no-show or rescheduled",
        assertThrows(IllegalArgumentException.class, () -> CellValues.status("done")).getMessage());
  }

  /** The instant a text names, for comparing whatever offset the answer carries. */
  private static Instant at(String text) {
    return OffsetDateTime.parse(text).toInstant();
  }

  private static CellValues values(DateOrder dates, boolean clientZone) {
    return new CellValues(
        new ImportMapping(Map.of(), dates, clientZone, DurationUnit.SECONDS, false, false), BERLIN);
  }
}
