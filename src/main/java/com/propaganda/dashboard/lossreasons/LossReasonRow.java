package com.propaganda.dashboard.lossreasons;

import java.io.Serializable;
import java.util.UUID;

/** A catalogue entry with the number of calls that give it; name and description edit in place. */
public class LossReasonRow implements Serializable {

  private static final long serialVersionUID = 1L;

  private final UUID id;
  private String name;
  private String description;
  private boolean active;
  private final long calls;

  public LossReasonRow(UUID id, String name, String description, boolean active, long calls) {
    this.id = id;
    this.name = name;
    this.description = description;
    this.active = active;
    this.calls = calls;
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public long getCalls() {
    return calls;
  }
}
