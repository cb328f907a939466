package com.propaganda.dashboard.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A client's days as instants, where clocks jump: the one place every list and figure uses. */
class ClientDaysTest {

  private static final ClientDays NEW_YORK = new ClientDays(ZoneId.of("America/New_York"));

  @Test
  void theNightClocksGoBackMakesADayOf25Hours() {
    LocalDate fallBack = LocalDate.of(2026, 11, 1);
    assertEquals(OffsetDateTime.parse("2026-11-01T00:00-04:00"), NEW_YORK.start(fallBack));
    assertEquals(OffsetDateTime.parse("2026-11-02T00:00-05:00"), NEW_YORK.end(fallBack));
    assertEquals(Duration.ofHours(25), length(NEW_YORK, fallBack));
  }

  @Test
  void theNightClocksGoForwardMakesADayOf23Hours() {
    assertEquals(Duration.ofHours(23), length(NEW_YORK, LocalDate.of(2026, 3, 8)));
  }

  @Test
  void aDayWhoseMidnightDoesNotExistStartsWhenTheClockResumes() {
    // Cuba moves its clocks at midnight: 2026-03-08 begins at 01:00 local time.
    ClientDays havana = new ClientDays(ZoneId.of("America/Havana"));
    LocalDate day = LocalDate.of(2026, 3, 8);
    assertEquals(OffsetDateTime.parse("2026-03-08T01:00-04:00"), havana.start(day));
    assertEquals(Duration.ofHours(23), length(havana, day));
  }

  @Test
  void aLeapDayEndsWhereTheFirstOfMarchBegins() {
    ClientDays utc = new ClientDays(ZoneOffset.UTC);
    LocalDate leapDay = LocalDate.of(2028, 2, 29);
    assertEquals(OffsetDateTime.parse("2028-03-01T00:00Z"), utc.end(leapDay));
    assertEquals(Duration.ofHours(24), length(utc, leapDay));
  }

  @Test
  void theFirstAndLastDaysTheApplicationAcceptsHaveInstants() {
    ClientDays farEast = new ClientDays(ZoneOffset.ofHours(14));
    assertEquals(
        OffsetDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(14)),
        farEast.start(LocalDate.of(1, 1, 1)));
    assertEquals(
        OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(14)),
        farEast.end(LocalDate.of(9999, 12, 31)));
  }

  private static Duration length(ClientDays days, LocalDate day) {
    return Duration.between(days.start(day), days.end(day));
  }
}
