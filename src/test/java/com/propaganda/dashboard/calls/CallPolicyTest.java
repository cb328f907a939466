package com.propaganda.dashboard.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.propaganda.dashboard.calls.CallLookups.Offer;
import com.propaganda.dashboard.identity.Role;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rules a call's rep and loss reason keep, and what each role may touch: the same for the form,
 * bulk edit, the API and the import, which differ only in how they look the choices up.
 */
class CallPolicyTest {

  private static final UUID CALLER = UUID.fromString("0d000000-0000-4000-8000-0000000000c1");
  private static final UUID REP = UUID.fromString("0d000000-0000-4000-8000-0000000000a1");
  private static final UUID LEFT = UUID.fromString("0d000000-0000-4000-8000-0000000000a2");
  private static final UUID REASON = UUID.fromString("0d000000-0000-4000-8000-0000000000b1");
  private static final UUID RETIRED = UUID.fromString("0d000000-0000-4000-8000-0000000000b2");

  /** A client with one active rep, one who left, one active and one retired reason. */
  private static final CallLookups CLIENT =
      new CallLookups() {
        @Override
        public Offer rep(UUID userId) {
          return Map.of(REP, Offer.OFFERED, LEFT, Offer.WITHDRAWN)
              .getOrDefault(userId, Offer.UNKNOWN);
        }

        @Override
        public Offer lossReason(UUID reasonId) {
          return Map.of(REASON, Offer.OFFERED, RETIRED, Offer.WITHDRAWN)
              .getOrDefault(reasonId, Offer.UNKNOWN);
        }
      };

  @Test
  void aManagerGivesANewCallToAnActiveRepOnly() {
    for (Role role : new Role[] {Role.CEO, Role.ADMIN}) {
      assertEquals(Map.of(), errors(role, lost(REP, REASON), null), role.name());
      assertEquals(
          Map.of("ownerId", CallPolicy.CHOOSE_REP), errors(role, lost(null, REASON), null));
      assertEquals(
          Map.of("ownerId", CallPolicy.CHOOSE_REP),
          errors(role, lost(UUID.randomUUID(), REASON), null));
      assertEquals(
          Map.of("ownerId", CallPolicy.REP_WITHDRAWN), errors(role, lost(LEFT, REASON), null));
    }
  }

  @Test
  void aRepWhoLeftStaysOnTheCallsTheyHeldButIsGivenNoOther() {
    assertEquals(Map.of(), errors(Role.ADMIN, lost(LEFT, REASON), lost(LEFT, REASON)));
    assertEquals(
        Map.of("ownerId", CallPolicy.REP_WITHDRAWN),
        errors(Role.ADMIN, lost(LEFT, REASON), lost(REP, REASON)));
  }

  @Test
  void aRetiredReasonStaysOnTheCallsThatHaveItButIsGivenNoOther() {
    assertEquals(Map.of(), errors(Role.CEO, lost(REP, RETIRED), lost(REP, RETIRED)));
    assertEquals(
        Map.of("lossReasonId", CallPolicy.REASON_WITHDRAWN),
        errors(Role.CEO, lost(REP, RETIRED), null));
    assertEquals(
        Map.of("lossReasonId", CallPolicy.REASON_WITHDRAWN),
        errors(Role.CEO, lost(REP, RETIRED), lost(REP, REASON)));
    assertEquals(
        Map.of("lossReasonId", CallPolicy.CHOOSE_REASON),
        errors(Role.CEO, lost(REP, UUID.randomUUID()), null));
  }

  @Test
  void aSalesRepsCallIsTheirsWhateverTheRequestNames() {
    for (UUID named : new UUID[] {null, REP, LEFT, UUID.randomUUID()}) {
      CallDraft call = lost(named, REASON);
      assertEquals(Map.of(), errors(Role.SALES, call, null), String.valueOf(named));
      assertEquals(CALLER, call.getOwnerId());
    }
  }

  @Test
  void theFieldRulesApplyToEveryRole() {
    for (Role role : Role.values()) {
      CallDraft call = lost(REP, REASON);
      call.setProspectName("  ");
      assertEquals(
          Map.of("prospectName", "Enter the prospect's name"),
          errors(role, call, null),
          role.name());
    }
  }

  private static Map<String, String> errors(Role role, CallDraft wanted, CallDraft current) {
    return new CallPolicy(CLIENT, role, CALLER).check(wanted, current).byField();
  }

  private static CallDraft lost(UUID rep, UUID reason) {
    CallDraft call = new CallDraft();
    call.setOwnerId(rep);
    call.setProspectName("Dana Prospect");
    call.setType(CallType.OUTBOUND);
    call.setStatus(CallStatus.COMPLETED);
    call.setOutcome(CallOutcome.LOST);
    call.setLossReasonId(reason);
    return call;
  }
}
