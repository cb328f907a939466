package com.propaganda.dashboard.calls;

import static com.propaganda.dashboard.testsupport.Rejections.assertRejected;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.identity.Role;
import com.propaganda.dashboard.testsupport.TwoClients;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may log, see, edit and delete which call, and the rules a call keeps. */
@ExtendWith(ArquillianExtension.class)
class CallServiceIT extends TwoClients {

  @EJB private CallService calls;

  @EJB private CallCountCompaction compaction;

  @Test
  void aRepLogsCallsAsThemselvesWhateverOwnerIsSent() {
    tenant.signInAs(signIn, Role.SALES);
    CallDraft draft = lostCall(tenant.lossReason());
    draft.setOwnerId(tenant.otherRep());

    UUID id = calls.log(draft);

    assertEquals(tenant.rep(), calls.draftOf(id).getOwnerId());
  }

  @Test
  void aRepSeesAndChangesOnlyTheirOwnCalls() {
    UUID own = data.call(tenant.id(), tenant.rep(), null, "Own");
    UUID colleagues = data.call(tenant.id(), tenant.otherRep(), null, "Colleague's");
    tenant.signInAs(signIn, Role.SALES);

    assertEquals(1, calls.count(new CallFilter()));
    assertEquals("Own", calls.draftOf(own).getProspectName());
    assertThrows(NotFoundException.class, () -> calls.draftOf(colleagues));
    assertThrows(NotFoundException.class, () -> calls.update(colleagues, completed("Taken over")));
    assertThrows(EJBAccessException.class, () -> calls.delete(own));
  }

  @Test
  void anAdminSeesTheWholeClientAndAssignsActiveReps() {
    managerSeesTheWholeClientAndAssignsActiveReps(Role.ADMIN);
  }

  @Test
  void aCeoSeesTheWholeClientAndAssignsActiveReps() {
    managerSeesTheWholeClientAndAssignsActiveReps(Role.CEO);
  }

  private void managerSeesTheWholeClientAndAssignsActiveReps(Role manager) {
    data.call(tenant.id(), tenant.rep(), null, "One");
    data.call(tenant.id(), tenant.otherRep(), null, "Two");
    tenant.signInAs(signIn, manager);
    assertEquals(2, calls.count(new CallFilter()));
    CallDraft draft = completed("Assigned by " + manager);
    draft.setOwnerId(tenant.otherRep());
    assertEquals(tenant.otherRep(), calls.draftOf(calls.log(draft)).getOwnerId());
  }

  @Test
  void aCallCannotGoToSomeoneWhoIsNotAnActiveRepOfTheClient() {
    UUID inactive = data.user(tenant.id(), "gone@tenant.example", Role.SALES, "x", false);
    tenant.signInAs(signIn, Role.ADMIN);
    for (UUID owner : new UUID[] {null, inactive, tenant.ceo(), other.rep(), UUID.randomUUID()}) {
      CallDraft draft = completed("Unassignable");
      draft.setOwnerId(owner);
      assertRejected("ownerId", () -> calls.log(draft));
    }
  }

  @Test
  void anotherClientsCallIsNotFoundAndStaysUnchanged() {
    UUID foreign = data.call(other.id(), other.rep(), other.lossReason(), "Foreign");
    tenant.signInAs(signIn, Role.CEO);

    assertThrows(NotFoundException.class, () -> calls.draftOf(foreign));
    assertThrows(NotFoundException.class, () -> calls.update(foreign, completed("Hijacked")));
    assertThrows(NotFoundException.class, () -> calls.delete(foreign));
    assertThrows(NotFoundException.class, () -> calls.draftOf(UUID.randomUUID()));
    assertEquals("Foreign", data.prospectNameOf(foreign));
  }

  @Test
  void anAdminDeletesACall() {
    managerDeletesACall(Role.ADMIN);
  }

  @Test
  void aCeoDeletesACall() {
    managerDeletesACall(Role.CEO);
  }

  private void managerDeletesACall(Role manager) {
    UUID call = data.call(tenant.id(), tenant.rep(), null, "Doomed");
    tenant.signInAs(signIn, manager);
    calls.delete(call);
    assertEquals(0, calls.count(new CallFilter()));
    assertEquals(null, data.prospectNameOf(call));
  }

  @Test
  void onlyACompletedCallIsWonOrLost() {
    tenant.signInAs(signIn, Role.SALES);
    for (CallStatus status : new CallStatus[] {CallStatus.NO_SHOW, CallStatus.RESCHEDULED}) {
      CallDraft won = completed("Won no-show");
      won.setStatus(status);
      won.setOutcome(CallOutcome.WON);
      assertRejected("outcome", () -> calls.log(won));
      CallDraft pending = completed("Pending");
      pending.setStatus(status);
      pending.setOutcome(CallOutcome.TBD);
      calls.log(pending);
    }
  }

  @Test
  void aLostCallNeedsAnActiveReasonOfItsOwnClient() {
    tenant.signInAs(signIn, Role.SALES);
    assertRejected("lossReasonId", () -> calls.log(lostCall(null)));
    assertRejected("lossReasonId", () -> calls.log(lostCall(other.lossReason())));
    assertRejected("lossReasonId", () -> calls.log(lostCall(UUID.randomUUID())));
    CallDraft wonWithReason = lostCall(tenant.lossReason());
    wonWithReason.setOutcome(CallOutcome.WON);
    assertRejected("lossReasonId", () -> calls.log(wonWithReason));
  }

  @Test
  void anInactiveReasonStaysOnOldCallsButIsNotGivenToNewOnes() {
    tenant.signInAs(signIn, Role.SALES);
    UUID old = calls.log(lostCall(tenant.lossReason()));
    data.deactivateLossReason(tenant.lossReason());

    assertRejected("lossReasonId", () -> calls.log(lostCall(tenant.lossReason())));
    CallDraft edited = calls.draftOf(old);
    edited.setNotes("Still lost for the same reason");
    calls.update(old, edited);
    assertEquals(tenant.lossReason(), calls.draftOf(old).getLossReasonId());
  }

  @Test
  void timesDurationsAndLengthsAreChecked() {
    tenant.signInAs(signIn, Role.SALES);
    CallDraft backwards = completed("Backwards");
    backwards.setCompletedAt(backwards.getScheduledAt().minusMinutes(1));
    assertRejected("completedAt", () -> calls.log(backwards));
    CallDraft tooLong = completed("Too long");
    tooLong.setDurationSeconds(86_401);
    assertRejected("durationSeconds", () -> calls.log(tooLong));
    CallDraft negative = completed("Negative");
    negative.setDurationSeconds(-1);
    assertRejected("durationSeconds", () -> calls.log(negative));
    CallDraft fullDay = completed("Full day");
    fullDay.setDurationSeconds(86_400);
    calls.log(fullDay);
    assertRejected("prospectName", () -> calls.log(completed("  ")));
    assertRejected("prospectName", () -> calls.log(completed("x".repeat(256))));
    CallDraft badEmail = completed("Bad email");
    badEmail.setProspectEmail("not an email");
    assertRejected("prospectEmail", () -> calls.log(badEmail));
    CallDraft badPhone = completed("Bad phone");
    badPhone.setProspectPhone("call me maybe");
    assertRejected("prospectPhone", () -> calls.log(badPhone));
  }

  @Test
  void aRejectedCallSavesNothing() {
    tenant.signInAs(signIn, Role.SALES);
    CallDraft broken = lostCall(null);
    broken.setDurationSeconds(-5);
    InvalidInputException rejected =
        assertThrows(InvalidInputException.class, () -> calls.log(broken));
    assertTrue(
        rejected
            .fieldMessages()
            .keySet()
            .containsAll(java.util.List.of("lossReasonId", "durationSeconds")));
    assertEquals(0, calls.count(new CallFilter()));
  }

  @Test
  void theListFiltersAndSearchesInTheDatabase() {
    tenant.signInAs(signIn, Role.SALES);
    CallDraft lost = lostCall(tenant.lossReason());
    lost.setProspectEmail("Needle@Haystack.example");
    calls.log(lost);
    calls.log(completed("Plain"));
    CallFilter byStatus = new CallFilter();
    byStatus.setOutcome(CallOutcome.LOST);
    assertEquals(1, calls.count(byStatus));
    CallFilter search = new CallFilter();
    search.setSearch("needle@");
    assertEquals(1, calls.list(search, new CallOrder(CallSort.PROSPECT, true), null, 0, 10).size());
    CallFilter wildcard = new CallFilter();
    wildcard.setSearch("%_%");
    assertEquals(0, calls.count(wildcard));
  }

  @Test
  void aTermOfFewerThanThreeCharactersIsNotAppliedYet() {
    data.call(tenant.id(), tenant.rep(), null, "Plain");
    data.call(tenant.id(), tenant.rep(), null, "Other");
    tenant.signInAs(signIn, Role.ADMIN);
    CallFilter search = new CallFilter();

    search.setSearch(" pl ");
    assertEquals(2, calls.count(search));
    assertEquals(2, calls.list(search, CallOrder.NEWEST_FIRST, null, 0, 10).size());
    search.setSearch("pla");
    assertEquals(1, calls.count(search));
  }

  @Test
  void aBroadSearchCountsToItsLimitAndTheListPagesItFromTheStart() {
    int matches = SearchTerm.COUNT_LIMIT + 2;
    data.execute(
        "INSERT INTO calls (client_id, user_id, prospect_name, call_type, status, scheduled_at)"
            + " SELECT ?, ?, 'Bulk ' || g, 'outbound', 'no-show', now() - g * interval '1 minute'"
            + " FROM generate_series(1, ?) g",
        tenant.id(),
        tenant.rep(),
        matches);
    tenant.signInAs(signIn, Role.ADMIN);
    CallFilter search = new CallFilter();
    search.setSearch("bulk");

    assertEquals(SearchTerm.COUNT_LIMIT + 1, calls.count(search));
    CallLazyModel model = new CallLazyModel(calls, search);
    assertEquals(SearchTerm.COUNT_LIMIT, model.count(Map.of()));
    assertTrue(model.isCapped());
    List<CallRow> lastPage = model.load(SearchTerm.COUNT_LIMIT - 25, 25, Map.of(), Map.of());
    // The thousandth newest match, not the oldest one that reading from the end would give.
    assertEquals(
        "Bulk " + SearchTerm.COUNT_LIMIT, lastPage.get(lastPage.size() - 1).prospectName());
  }

  @Test
  void aUserWritesOneExportAtATime() {
    data.call(tenant.id(), tenant.rep(), null, "Exported");
    tenant.signInAs(signIn, Role.ADMIN);
    List<String> refusals = new ArrayList<>();

    long rows =
        calls.export(
            new CallFilter(),
            CallOrder.NEWEST_FIRST,
            "csv",
            row -> {
              assertTrue(calls.isExporting());
              refusals.add(
                  assertThrows(
                          ExportRunningException.class,
                          () ->
                              calls.export(
                                  new CallFilter(), CallOrder.NEWEST_FIRST, "csv", r -> {}))
                      .getMessage());
            });

    assertEquals(1, rows);
    assertEquals(2, refusals.size(), "refused while the header and the row were written");
    assertFalse(calls.isExporting());
    assertEquals(1, calls.export(new CallFilter(), CallOrder.NEWEST_FIRST, "xlsx", row -> {}));
  }

  @Test
  void aSearchPagesFromAKeysetAndKeepsToTheRepsOwnCalls() {
    for (String name : java.util.List.of("Search Alpha", "Search Bravo", "Search Charlie")) {
      data.call(tenant.id(), tenant.rep(), null, name);
    }
    data.call(tenant.id(), tenant.otherRep(), null, "Search Delta");
    tenant.signInAs(signIn, Role.SALES);
    CallFilter search = new CallFilter();
    search.setSearch("SEARCH ");
    CallOrder byProspect = new CallOrder(CallSort.PROSPECT, true);

    assertEquals(3, calls.count(search));
    java.util.List<CallRow> first = calls.list(search, byProspect, null, 0, 2);
    assertEquals(
        java.util.List.of("Search Alpha", "Search Bravo"),
        first.stream().map(CallRow::prospectName).toList());
    assertEquals(
        java.util.List.of("Search Charlie"),
        calls.list(search, byProspect, first.get(1).id(), 0, 2).stream()
            .map(CallRow::prospectName)
            .toList());
    // The other filters apply to the matches.
    search.setType(CallType.OUTBOUND);
    assertEquals(3, calls.count(search));
    search.setType(CallType.INBOUND);
    assertEquals(0, calls.count(search));
    assertEquals(0, calls.list(search, byProspect, null, 0, 2).size());
  }

  @Test
  void rollupCountsAreExactBeforeAndAfterFoldingAndPerClient() {
    tenant.signInAs(signIn, Role.ADMIN);
    CallDraft draft = lostCall(tenant.lossReason());
    draft.setOwnerId(tenant.rep());
    UUID lost = calls.log(draft);
    CallDraft pending = completed("Pending");
    pending.setOwnerId(tenant.rep());
    calls.log(pending);
    data.call(other.id(), other.rep(), other.lossReason(), "Not ours");
    CallFilter lostOnes = new CallFilter();
    lostOnes.setOutcome(CallOutcome.LOST);
    CallFilter day = new CallFilter();
    day.setPlacedFrom(java.time.LocalDate.of(2026, 11, 2));
    day.setPlacedTo(java.time.LocalDate.of(2026, 11, 2));

    assertEquals(2, calls.count(new CallFilter()));
    assertEquals(1, calls.count(lostOnes));
    assertEquals(2, calls.count(day));
    compaction.fold();
    CallDraft noLongerLost = completed("No longer lost");
    noLongerLost.setOwnerId(tenant.rep());
    calls.update(lost, noLongerLost);
    assertEquals(2, calls.count(new CallFilter()));
    assertEquals(0, calls.count(lostOnes));
    compaction.fold();
    assertEquals(0, calls.count(lostOnes));
    assertEquals(2, calls.list(day, CallOrder.NEWEST_FIRST, null, 0, 10).size());
  }

  @Test
  void everyWayToAPageGivesTheSameRowsAsCountingFromTheStart() {
    for (int i = 0; i < 23; i++) {
      data.call(tenant.id(), tenant.rep(), null, "Prospect " + (char) ('A' + i % 5) + i);
    }
    tenant.signInAs(signIn, Role.ADMIN);
    CallFilter all = new CallFilter();
    for (CallOrder order :
        new CallOrder[] {CallOrder.NEWEST_FIRST, new CallOrder(CallSort.PROSPECT, true)}) {
      java.util.List<CallRow> everything = calls.list(all, order, null, 0, 100);
      assertEquals(23, everything.size());
      CallRow fifth = everything.get(4);
      assertEquals(everything.subList(5, 10), calls.list(all, order, fifth.id(), 0, 5));
      assertEquals(everything.subList(7, 10), calls.list(all, order, fifth.id(), 2, 3));
      CallLazyModel model = new CallLazyModel(calls, all);
      java.util.Map<String, org.primefaces.model.SortMeta> sortBy =
          order == CallOrder.NEWEST_FIRST
              ? java.util.Map.of()
              : java.util.Map.of(
                  "prospect",
                  org.primefaces.model.SortMeta.builder()
                      .field("prospectName")
                      .order(org.primefaces.model.SortOrder.ASCENDING)
                      .build());
      for (int first : new int[] {0, 5, 10, 20, 15, 5, 0, 20}) {
        assertEquals(
            everything.subList(first, Math.min(first + 5, 23)),
            model.load(first, 5, sortBy, java.util.Map.of()),
            "page at " + first + " in " + order);
      }
    }
  }

  @Test
  void aManagerChangesManyCallsAtOnceWithOneAuditRowPerCall() {
    UUID first = data.call(tenant.id(), tenant.rep(), tenant.lossReason(), "First");
    UUID second = data.call(tenant.id(), tenant.otherRep(), tenant.lossReason(), "Second");
    tenant.signInAs(signIn, Role.ADMIN);

    int changed =
        calls.bulkEdit(
            List.of(first, second), new CallBulkChange(null, CallOutcome.WON, true, null));

    assertEquals(2, changed);
    for (UUID id : List.of(first, second)) {
      CallDraft after = calls.draftOf(id);
      assertEquals(CallOutcome.WON, after.getOutcome());
      assertEquals(null, after.getLossReasonId());
      assertEquals(
          "1",
          data.text(
              "SELECT count(*) FROM audit_logs WHERE record_id = ? AND action = 'UPDATE'", id));
    }
  }

  @Test
  void aBulkEditThatBreaksARuleForOneCallNamesItAndSavesNothing() {
    UUID lost = data.call(tenant.id(), tenant.rep(), tenant.lossReason(), "Already lost");
    tenant.signInAs(signIn, Role.CEO);
    CallDraft stillOpen = completed("Still open");
    stillOpen.setOwnerId(tenant.rep());
    UUID open = calls.log(stillOpen);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                calls.bulkEdit(
                    List.of(open, lost),
                    new CallBulkChange(CallStatus.NO_SHOW, null, false, null)));

    String message = refused.fieldMessages().get("calls");
    assertTrue(message.contains("Already lost: Only a completed call can be won or lost"), message);
    assertTrue(!message.contains("Still open"), message);
    assertEquals(CallStatus.COMPLETED, calls.draftOf(open).getStatus());
    assertEquals(CallStatus.COMPLETED, calls.draftOf(lost).getStatus());
  }

  @Test
  void aBulkEditIsForManagersOnTheirOwnClientsCalls() {
    UUID own = data.call(tenant.id(), tenant.rep(), tenant.lossReason(), "Own");
    UUID foreign = data.call(other.id(), other.rep(), other.lossReason(), "Foreign");
    CallBulkChange won = new CallBulkChange(null, CallOutcome.WON, true, null);
    tenant.signInAs(signIn, Role.SALES);
    assertThrows(EJBAccessException.class, () -> calls.bulkEdit(List.of(own), won));

    tenant.signInAs(signIn, Role.CEO);
    assertThrows(NotFoundException.class, () -> calls.bulkEdit(List.of(own, foreign), won));
    assertEquals(CallOutcome.LOST, calls.draftOf(own).getOutcome());
    assertEquals("lost", data.text("SELECT outcome FROM calls WHERE id = ?", foreign));
    assertRejected(
        "change", () -> calls.bulkEdit(List.of(own), new CallBulkChange(null, null, false, null)));
    assertRejected("calls", () -> calls.bulkEdit(List.of(), won));
  }

  private static CallDraft completed(String prospect) {
    CallDraft draft = new CallDraft();
    draft.setProspectName(prospect);
    draft.setType(CallType.OUTBOUND);
    draft.setStatus(CallStatus.COMPLETED);
    draft.setOutcome(CallOutcome.TBD);
    draft.setScheduledAt(OffsetDateTime.of(2026, 11, 2, 10, 0, 0, 0, ZoneOffset.UTC));
    draft.setCompletedAt(OffsetDateTime.of(2026, 11, 2, 10, 20, 0, 0, ZoneOffset.UTC));
    draft.setDurationSeconds(1200);
    return draft;
  }

  private static CallDraft lostCall(UUID reason) {
    CallDraft draft = completed("Lost prospect");
    draft.setOutcome(CallOutcome.LOST);
    draft.setLossReasonId(reason);
    return draft;
  }
}
