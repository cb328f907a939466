package com.propaganda.dashboard.api;

import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.platform.Uuids;
import java.util.UUID;

/** A record's id in the path: one that is no UUID names no record, like an unknown one. */
final class PathIds {

  private PathIds() {}

  static UUID of(String id) {
    try {
      return Uuids.parse(id);
    } catch (IllegalArgumentException notAnId) {
      throw new NotFoundException("Record");
    }
  }
}
