package com.propaganda.dashboard.calls;

import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The fields a request names, each as a change to the call's form: a new call starts from an empty
 * form, a changed one from its current state, and either is then checked by the form's rules. The
 * zone is the client's, in which the form keeps its times.
 */
public record CallPatch(List<BiConsumer<CallDraft, ZoneId>> changes) {

  void applyTo(CallDraft draft, ZoneId zone) {
    changes.forEach(change -> change.accept(draft, zone));
  }
}
