package com.propaganda.dashboard.identity;

import com.propaganda.dashboard.platform.DatabaseCode;

/**
 * A user's role within their client; each is also the security role of that name ({@link Roles}).
 */
public enum Role implements DatabaseCode {
  CEO,
  ADMIN,
  SALES
}
