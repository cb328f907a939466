package com.propaganda.dashboard.reports;

import java.io.Serializable;
import java.util.UUID;

/**
 * A rep's calls that need updating: completed calls still undecided after the set number of days,
 * and rescheduled calls whose day has passed.
 */
public record QueueEntry(UUID userId, String name, long undecided, long overdue)
    implements Serializable {}
