package com.propaganda.dashboard.errors;

import jakarta.ejb.ApplicationException;

/**
 * The record does not exist for this caller. Another client's id gets exactly this answer, so an id
 * reveals nothing about other tenants.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String what) {
    super(what + " not found");
  }
}
