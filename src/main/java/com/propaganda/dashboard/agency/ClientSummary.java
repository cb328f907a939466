package com.propaganda.dashboard.agency;

import java.io.Serializable;
import java.util.UUID;

/** A client as operators list it: contact fields and sizes, never call details. */
public record ClientSummary(
    UUID id,
    String name,
    String workspace,
    String email,
    String phone,
    String address,
    String timeZone,
    boolean active,
    String signInMethods,
    long users,
    long calls)
    implements Serializable {}
