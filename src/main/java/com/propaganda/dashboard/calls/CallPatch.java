package com.propaganda.dashboard.calls;

import java.util.List;
import java.util.function.Consumer;

/**
 * The fields a request names, each as a change to the call's form: a new call starts from an empty
 * form, a changed one from its current state, and either is then checked by the form's rules.
 */
public record CallPatch(List<Consumer<CallDraft>> changes) {

  void applyTo(CallDraft draft) {
    changes.forEach(change -> change.accept(draft));
  }
}
