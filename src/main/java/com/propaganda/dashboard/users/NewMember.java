package com.propaganda.dashboard.users;

import com.propaganda.dashboard.tenancy.Role;
import java.io.Serializable;

/** What an admin or ceo enters to add a user; the password is the initial one. */
public record NewMember(String name, String email, Role role, String initialPassword)
    implements Serializable {}
