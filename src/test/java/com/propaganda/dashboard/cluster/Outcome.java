package com.propaganda.dashboard.cluster;

/**
 * One request of the fault test as its user saw it.
 *
 * @param at when it was sent, epoch milliseconds
 * @param failed no answer, or an error answer (5xx, or an error page)
 * @param signedOut the answer was the sign-in page: the user had to sign in again
 * @param formReopened a form post answered "please re-open this form"
 * @param failure what went wrong, for the report; null when nothing did
 */
record Outcome(
    long at,
    long millis,
    boolean failed,
    boolean signedOut,
    boolean formReopened,
    String failure) {}
