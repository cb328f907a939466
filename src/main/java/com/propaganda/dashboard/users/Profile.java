package com.propaganda.dashboard.users;

import com.propaganda.dashboard.identity.Role;
import java.io.Serializable;

/** What the page header shows about the signed-in user, and the client's time zone. */
public record Profile(String name, String email, Role role, String clientName, String timeZone)
    implements Serializable {}
