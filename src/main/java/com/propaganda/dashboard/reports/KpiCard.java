package com.propaganda.dashboard.reports;

import com.propaganda.dashboard.calls.CallFilter;
import java.io.Serializable;

/**
 * One card of the dashboard: its figure, how it is computed and from which numbers, the change
 * against the previous period, and the call list of the {@code listed} calls behind it (null where
 * no list shows exactly those).
 */
public record KpiCard(
    String id,
    String title,
    String value,
    String formula,
    String basis,
    String change,
    CallFilter drillDown,
    long listed)
    implements Serializable {}
