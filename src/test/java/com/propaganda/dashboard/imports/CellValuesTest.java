package com.propaganda.dashboard.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.propaganda.dashboard.calls.CallStatus;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Cell texts as call values, as the mapping says the file writes them. */
class CellValuesTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void theSameSlashedDateReadsByTheChosenOrder() {
    assertEquals(
        LocalDateTime.of(2026, 4, 3, 9, 15),
        values(DateOrder.DAY_FIRST, true).time("03/04/2026 09:15"));
    assertEquals(
        LocalDateTime.of(2026, 3, 4, 9, 15),
        values(DateOrder.MONTH_FIRST, true).time("03/04/2026 09:15"));
    assertEquals(
        "Write a date like 2026-03-31 14:30 (ISO 8601)",
        assertThrows(
                IllegalArgumentException.class,
                () -> values(DateOrder.ISO, true).time("03/04/2026"))
            .getMessage());
  }

  @Test
  void isoTimesReadWhateverTheOrderAndOffsetsAndUtcBecomeTheClientsWallClock() {
    CellValues dayFirst = values(DateOrder.DAY_FIRST, true);
    assertEquals(LocalDateTime.of(2026, 3, 31, 0, 0), dayFirst.time("2026-03-31"));
    assertEquals(LocalDateTime.of(2026, 3, 31, 16, 30), dayFirst.time("2026-03-31T14:30:00Z"));
    assertEquals(
        LocalDateTime.of(2026, 3, 31, 16, 30),
        values(DateOrder.ISO, false).time("2026-03-31 14:30"));
    assertThrows(IllegalArgumentException.class, () -> dayFirst.time("31/02/2026"));
  }

  @Test
  void aLeapDayReadsOnlyInALeapYearAndYearsStopAt9999() {
    CellValues dayFirst = values(DateOrder.DAY_FIRST, true);
    assertEquals(LocalDateTime.of(2028, 2, 29, 0, 0), dayFirst.time("29/02/2028"));
    assertThrows(IllegalArgumentException.class, () -> dayFirst.time("29/02/2027"));
    assertEquals(LocalDateTime.of(9999, 12, 31, 23, 59), dayFirst.time("9999-12-31 23:59"));
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

  private static CellValues values(DateOrder dates, boolean clientZone) {
    return new CellValues(
        new ImportMapping(Map.of(), dates, clientZone, DurationUnit.SECONDS, false, false), BERLIN);
  }
}
