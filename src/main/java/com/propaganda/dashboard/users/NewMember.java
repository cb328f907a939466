package com.propaganda.dashboard.users;

import com.propaganda.dashboard.identity.Role;
import java.io.Serializable;

/** What an admin or ceo enters to add a user, who then sets their own password by a mailed link. */
public record NewMember(String name, String email, Role role) implements Serializable {}
