package com.propaganda.dashboard.mail;

import jakarta.ejb.ApplicationException;

/** A message the mail server did not take; the transaction that wanted it rolls back. */
@ApplicationException(rollback = true)
public class MailNotSentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MailNotSentException(String to, Exception cause) {
    super("The mail to " + to + " could not be sent; nothing was saved. Try again later.", cause);
  }
}
