package com.propaganda.dashboard.users;

import java.io.Serializable;

/** What the page header shows about the signed-in user. */
public record Profile(String name, String email, Role role, String clientName)
    implements Serializable {}
