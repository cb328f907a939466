package com.propaganda.dashboard.calls;

import java.util.UUID;

/** A call to write, under the id it has or gets. */
public record IdentifiedCall(UUID id, CallDraft call) {}
