package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.errors.FieldErrors;
import com.propaganda.dashboard.identity.Role;
import java.util.UUID;

/**
 * Every rule a call keeps, asked by every door before {@link CallRepository} writes it: the fields
 * ({@link CallRules}), who may hold it, which loss reason it may have, and what the caller's role
 * may touch. Violations are named by {@link CallField#property()}.
 */
public final class CallPolicy {

  static final String CHOOSE_REP = "Choose an active sales rep of your team";
  static final String REP_WITHDRAWN = "This user is not an active sales rep";
  static final String CHOOSE_REASON = "Choose a loss reason from the list";
  static final String REASON_WITHDRAWN = "This loss reason is inactive";

  private final CallLookups lookups;
  private final UUID onlyOwner;

  /**
   * @param role the caller's role: a sales rep's calls are their own, whatever a request names
   * @param callerId the caller's user id
   */
  public CallPolicy(CallLookups lookups, Role role, UUID callerId) {
    this.lookups = lookups;
    this.onlyOwner = role == Role.SALES ? callerId : null;
  }

  /**
   * The violations of {@code wanted} as a new call ({@code current} null) or as the change of
   * {@code current}. A rep who left or a retired reason may stay on a call that has it, but is not
   * given to another; a sales rep's call is given to them.
   */
  public FieldErrors check(CallDraft wanted, CallDraft current) {
    if (onlyOwner != null) {
      wanted.setOwnerId(onlyOwner);
    }
    // Who and which reason first: a file's row lists them before what its fields break.
    FieldErrors errors = new FieldErrors();
    if (onlyOwner == null) {
      checkRep(wanted.getOwnerId(), current == null ? null : current.getOwnerId(), errors);
    }
    if (wanted.getLossReasonId() != null) {
      CallLookups.Offer offer = lookups.lossReason(wanted.getLossReasonId());
      UUID kept = current == null ? null : current.getLossReasonId();
      errors.rejectIf(
          !mayHave(offer, wanted.getLossReasonId(), kept),
          CallField.LOSS_REASON.property(),
          offer == CallLookups.Offer.WITHDRAWN ? REASON_WITHDRAWN : CHOOSE_REASON);
    }
    return CallRules.check(wanted, errors);
  }

  private void checkRep(UUID rep, UUID kept, FieldErrors errors) {
    String property = CallField.REP.property();
    if (rep == null) {
      errors.reject(property, CHOOSE_REP);
      return;
    }
    CallLookups.Offer offer = lookups.rep(rep);
    errors.rejectIf(
        !mayHave(offer, rep, kept),
        property,
        offer == CallLookups.Offer.WITHDRAWN ? REP_WITHDRAWN : CHOOSE_REP);
  }

  private static boolean mayHave(CallLookups.Offer offer, UUID chosen, UUID kept) {
    return offer == CallLookups.Offer.OFFERED
        || (offer == CallLookups.Offer.WITHDRAWN && chosen.equals(kept));
  }
}
