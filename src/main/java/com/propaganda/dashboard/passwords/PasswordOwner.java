package com.propaganda.dashboard.passwords;

/** Whose password is checked, and from where, as the {@link GuessThrottle} counts it. */
public record PasswordOwner(String workspace, String email, String address) {}
