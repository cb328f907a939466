package com.propaganda.dashboard.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The rules of a call that need nothing but the call, at their edges: every front door (form, bulk
 * edit, API, import) gets its refusals from here, through {@link CallPolicy}.
 */
class CallRulesTest {

  private static final UUID REASON = UUID.fromString("0d000000-0000-4000-8000-00000000a203");

  @Test
  void aCompletedWonCallWithEveryFieldAtItsLimitIsAccepted() {
    assertEquals(
        Map.of(),
        errors(
            call -> {
              call.setProspectName("N".repeat(255));
              call.setProspectEmail("e".repeat(243) + "@example.com");
              call.setProspectPhone("+1 (555) 0100-" + "9".repeat(36));
              call.setNotes("n".repeat(CallRules.MAX_NOTES));
              call.setDurationSeconds(CallRules.MAX_DURATION_SECONDS);
            }));
  }

  @Test
  void eachTextOneCharacterPastItsLimitIsRefusedByName() {
    assertEquals(
        Map.of(
            "prospectName", "At most 255 characters",
            "prospectEmail", "At most 255 characters",
            "prospectPhone", "At most 50 characters",
            "notes", "At most 10000 characters"),
        errors(
            call -> {
              call.setProspectName("N".repeat(256));
              call.setProspectEmail("e".repeat(244) + "@example.com");
              call.setProspectPhone("1".repeat(51));
              call.setNotes("n".repeat(CallRules.MAX_NOTES + 1));
            }));
  }

  @Test
  void aDurationFromZeroToADayIsAcceptedAndNothingOutside() {
    assertEquals(Map.of(), errors(call -> call.setDurationSeconds(0)));
    String message = "Duration must be between 0 and 24 hours";
    assertEquals(Map.of("durationSeconds", message), errors(call -> call.setDurationSeconds(-1)));
    assertEquals(
        Map.of("durationSeconds", message),
        errors(call -> call.setDurationSeconds(CallRules.MAX_DURATION_SECONDS + 1)));
    assertEquals(
        Map.of("durationSeconds", message),
        errors(call -> call.setDurationSeconds(Integer.MIN_VALUE)));
  }

  @Test
  void onlyACompletedCallIsWonOrLost() {
    for (CallStatus status : new CallStatus[] {CallStatus.NO_SHOW, CallStatus.RESCHEDULED}) {
      assertEquals(
          Map.of("outcome", "Only a completed call can be won or lost"),
          errors(call -> call.setStatus(status)),
          status.name());
      assertEquals(
          Map.of(),
          errors(
              call -> {
                call.setStatus(status);
                call.setOutcome(CallOutcome.TBD);
              }),
          status.name());
    }
  }

  @Test
  void aLossReasonGoesWithALostCallAndOnlyWithOne() {
    assertEquals(
        Map.of("lossReasonId", "Choose why the deal was lost"),
        errors(call -> call.setOutcome(CallOutcome.LOST)));
    assertEquals(
        Map.of(),
        errors(
            call -> {
              call.setOutcome(CallOutcome.LOST);
              call.setLossReasonId(REASON);
            }));
    assertEquals(
        Map.of("lossReasonId", "A loss reason belongs to a lost call only"),
        errors(call -> call.setLossReasonId(REASON)));
  }

  @Test
  void timesRunFromTheFirstToTheLastSecondOfTheYearsOneTo9999() {
    assertEquals(
        Map.of(),
        errors(
            call -> {
              call.setScheduledAt(utc(1, 1, 1, 0, 0));
              call.setCompletedAt(utc(9999, 12, 31, 23, 59).plusSeconds(59));
            }));
    String message = "A time between the years 1 and 9999";
    assertEquals(
        Map.of("scheduledAt", message, "completedAt", message),
        errors(
            call -> {
              call.setScheduledAt(utc(0, 12, 31, 23, 59));
              call.setCompletedAt(utc(10000, 1, 1, 0, 0));
            }));
  }

  @Test
  void aCallCompletesNoEarlierThanItWasScheduled() {
    OffsetDateTime leapDay = utc(2028, 2, 29, 23, 59).plusSeconds(59);
    assertEquals(
        Map.of(),
        errors(
            call -> {
              call.setScheduledAt(leapDay);
              call.setCompletedAt(leapDay);
            }));
    assertEquals(
        Map.of("completedAt", "Completed cannot be before scheduled"),
        errors(
            call -> {
              call.setScheduledAt(leapDay);
              call.setCompletedAt(leapDay.minusNanos(1000));
            }));
  }

  @Test
  void completedAndScheduledCompareAsInstantsNotAsWallClocks() {
    // The night New York goes back: 01:10 on the second pass comes after 01:30 on the first.
    assertEquals(
        Map.of(),
        errors(
            call -> {
              call.setScheduledAt(OffsetDateTime.parse("2026-11-01T01:30-04:00"));
              call.setCompletedAt(OffsetDateTime.parse("2026-11-01T01:10-05:00"));
            }));
  }

  @Test
  void anExternalIdHasAtMost200Characters() {
    assertEquals(Map.of(), errors(call -> call.setExternalId("x".repeat(200))));
    assertEquals(
        Map.of("externalId", "At most 200 characters"),
        errors(call -> call.setExternalId("x".repeat(201))));
  }

  @Test
  void aCallNeedsAProspectATypeAndAStatus() {
    assertEquals(
        Map.of(
            "prospectName", "Enter the prospect's name",
            "type", "Choose inbound or outbound",
            "status", "Choose what happened"),
        CallRules.check(new CallDraft()).byField());
  }

  private static OffsetDateTime utc(int year, int month, int day, int hour, int minute) {
    return OffsetDateTime.of(year, month, day, hour, minute, 0, 0, ZoneOffset.UTC);
  }

  /** The refusals of a completed, won inbound call changed by {@code change}. */
  private static Map<String, String> errors(Consumer<CallDraft> change) {
    CallDraft call = new CallDraft();
    call.setProspectName("Dana Prospect");
    call.setType(CallType.INBOUND);
    call.setStatus(CallStatus.COMPLETED);
    call.setOutcome(CallOutcome.WON);
    change.accept(call);
    return CallRules.check(call).byField();
  }
}
