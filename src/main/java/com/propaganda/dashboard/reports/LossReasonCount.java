package com.propaganda.dashboard.reports;

import java.io.Serializable;
import java.util.UUID;

/** Lost calls of one reason; a null reason is "no reason given". */
public record LossReasonCount(UUID reasonId, String name, long lost) implements Serializable {}
