package com.propaganda.dashboard.reports;

import java.io.Serializable;
import java.util.UUID;

/**
 * A rep on the leaderboard. Ranked by deals won, then close rate; a rep with fewer calls than the
 * minimum sample has no rank.
 */
public record RepStanding(
    UUID userId, String name, CallFigures current, CallFigures previous, Integer rank)
    implements Serializable {}
