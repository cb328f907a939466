package com.propaganda.dashboard.web;

import com.propaganda.dashboard.audittrail.DeniedAccess;
import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.mail.MailNotSentException;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.Map;

/** Puts a service's answer on the page: each message next to its field, or at the top. */
@RequestScoped
public class FacesFeedback {

  @Inject private FacesContext facesContext;

  @Inject private DeniedAccess deniedAccess;

  /**
   * @param fieldIds the client id of the input for each field the service may name; a field without
   *     an input gets a message at the top
   */
  public void show(InvalidInputException invalid, Map<String, String> fieldIds) {
    invalid
        .fieldMessages()
        .forEach(
            (field, message) ->
                facesContext.addMessage(
                    fieldIds.get(field),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message)));
    facesContext.validationFailed();
  }

  /**
   * Runs a service call and shows why it failed, if it did.
   *
   * @return whether the call succeeded
   */
  public boolean attempt(Map<String, String> fieldIds, Runnable action) {
    try {
      action.run();
      return true;
    } catch (InvalidInputException invalid) {
      show(invalid, fieldIds);
    } catch (MailNotSentException notSent) {
      error(notSent.getMessage());
    } catch (NotFoundException notFound) {
      error("This record does not exist, or it is not yours to see.");
    } catch (EJBAccessException denied) {
      deniedAccess.record("action on " + facesContext.getViewRoot().getViewId());
      error("You are not allowed to do this.");
    }
    return false;
  }

  public void error(String summary) {
    facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
    facesContext.validationFailed();
  }

  public void info(String summary) {
    facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
  }
}
