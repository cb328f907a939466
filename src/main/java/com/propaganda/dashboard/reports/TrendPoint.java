package com.propaganda.dashboard.reports;

import java.io.Serializable;

/** The calls of one day or week of the trend. */
public record TrendPoint(Period days, CallFigures figures) implements Serializable {}
