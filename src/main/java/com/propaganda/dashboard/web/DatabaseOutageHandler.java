package com.propaganda.dashboard.web;

import com.propaganda.dashboard.database.DatabaseOutage;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A page's request that failed because the database is not answering. A full request goes on to the
 * error page (FailedRequestAnswer answers 503); an Ajax request would get an error element that the
 * page shows nowhere, so the page is replaced by the outage page, which says the action was not
 * saved.
 */
public class DatabaseOutageHandler extends ExceptionHandlerWrapper {

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new DatabaseOutageHandler(getWrapped().getExceptionHandler());
    }
  }

  public DatabaseOutageHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() throws FacesException {
    FacesContext context = FacesContext.getCurrentInstance();
    if (context.getPartialViewContext().isAjaxRequest()) {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable thrown = events.next().getContext().getException();
        if (DatabaseOutage.isOutage(thrown)) {
          events.remove();
          DatabaseOutage.log(thrown);
          replacePage(context);
          break;
        }
      }
    }
    getWrapped().handle();
  }

  private static void replacePage(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    if (external.isResponseCommitted()) {
      return;
    }
    String back = external.getRequestContextPath() + context.getViewRoot().getViewId();
    external.responseReset();
    external.setResponseContentType("text/xml");
    external.setResponseCharacterEncoding("UTF-8");
    try {
      external
          .getResponseOutputWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><changes>"
                  + "<update id=\"jakarta.faces.ViewRoot\"><![CDATA["
                  + OutagePage.html(back)
                  + "]]></update></changes></partial-response>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }
}
