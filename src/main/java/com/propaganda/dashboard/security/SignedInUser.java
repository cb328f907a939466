package com.propaganda.dashboard.security;

import com.propaganda.dashboard.tenancy.Caller;
import com.propaganda.dashboard.users.Role;

/** The outcome of a successful sign-in: who, and with which role. */
public record SignedInUser(Caller caller, Role role) {}
