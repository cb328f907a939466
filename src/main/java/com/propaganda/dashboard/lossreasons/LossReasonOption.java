package com.propaganda.dashboard.lossreasons;

import java.io.Serializable;
import java.util.UUID;

/** A loss reason as a choice in a form or filter. */
public record LossReasonOption(UUID id, String name, boolean active) implements Serializable {}
