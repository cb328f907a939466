package com.propaganda.dashboard.reports;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a dashboard shows, for one filter. {@code before} covers the previous period of equal
 * length. A sales user's leaderboard holds their own standing only, ranked among {@code ranked}.
 */
public record Dashboard(
    DashboardFilter filter,
    LocalDate today,
    Period period,
    CallFigures current,
    CallFigures before,
    List<RepStanding> leaderboard,
    int ranked,
    List<LossReasonCount> lossReasons,
    List<TrendPoint> trend,
    List<QueueEntry> queue)
    implements Serializable {}
