package com.propaganda.dashboard.security;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form posted to a view the server no longer holds (its session ended, or the server restarted)
 * goes to the sign-in page with word of why, or back to its page for a caller still signed in,
 * which then asks them to fill it in again (a form left open on a server that stopped). Rendering
 * an error page instead would fail PrimeFaces' nonce check on that post and answer an empty 500.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredViewHandler(getWrapped().getExceptionHandler());
    }
  }

  public ExpiredViewHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() throws FacesException {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      if (events.next().getContext().getException() instanceof ViewExpiredException) {
        events.remove();
        redirect(FacesContext.getCurrentInstance());
        break;
      }
    }
    getWrapped().handle();
  }

  /** The page again, saying why what was typed is gone (the layout shows it for reopen=1). */
  private static String reopened(String path) {
    return path + (path.contains("?") ? "&" : "?") + "reopen=1";
  }

  private static void redirect(FacesContext facesContext) {
    HttpServletRequest request =
        (HttpServletRequest) facesContext.getExternalContext().getRequest();
    boolean signedIn = request.getUserPrincipal() != null;
    String url =
        signedIn
            ? request.getContextPath() + reopened(SessionEnded.returnPath(request))
            : SessionEnded.loginUrl(request, true);
    try {
      SessionEnded.redirect(
          request, (HttpServletResponse) facesContext.getExternalContext().getResponse(), url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    facesContext.responseComplete();
  }
}
