package com.propaganda.dashboard.calls;

import com.propaganda.dashboard.errors.FieldErrors;
import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.errors.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One change to many calls under the policy of each: every call is checked before any is written,
 * and one that would break a rule is named and nothing is saved.
 */
final class BulkEdit {

  /** Calls a bulk edit may change at once: a few pages of the list. */
  static final int MAX_CALLS = 500;

  /** Broken calls a refusal names; the rest are counted, so the message stays readable. */
  private static final int NAMED = 10;

  private final ExistingCalls existing;
  private final CallRepository repository;
  private final CallPolicy policy;

  BulkEdit(ExistingCalls existing, CallRepository repository, CallPolicy policy) {
    this.existing = existing;
    this.repository = repository;
    this.policy = policy;
  }

  /**
   * @return how many calls were changed
   * @throws NotFoundException when a call is not the caller's client's
   */
  int apply(List<UUID> selected, CallBulkChange change) {
    new FieldErrors()
        .rejectIf(
            selected == null || selected.isEmpty() || selected.size() > MAX_CALLS,
            "calls",
            "Select 1 to " + MAX_CALLS + " calls")
        .rejectIf(change == null || change.changesNothing(), "change", "Choose what to set")
        .throwIfAny();
    Set<UUID> ids = new LinkedHashSet<>(selected);
    Map<UUID, CallDraft> current = existing.drafts(ids);
    List<String> broken = new ArrayList<>();
    List<IdentifiedCall> changed = new ArrayList<>();
    for (UUID id : ids) {
      CallDraft before = current.get(id);
      if (before == null) {
        throw new NotFoundException("Call");
      }
      CallDraft after = change.appliedTo(before.copy());
      policy.check(after, before).messages().stream()
          .findFirst()
          .ifPresent(message -> broken.add(before.getProspectName() + ": " + message));
      changed.add(new IdentifiedCall(id, after));
    }
    if (!broken.isEmpty()) {
      throw InvalidInputException.of("calls", "Nothing was saved. " + summary(broken));
    }
    repository.update(changed);
    return changed.size();
  }

  private static String summary(List<String> broken) {
    int shown = Math.min(broken.size(), NAMED);
    String more = broken.size() > shown ? "; and " + (broken.size() - shown) + " more" : "";
    return String.join("; ", broken.subList(0, shown)) + more;
  }
}
