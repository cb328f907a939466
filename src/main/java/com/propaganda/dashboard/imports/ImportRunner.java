package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.tenancy.RequestOrigin;
import com.propaganda.dashboard.tenancy.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an import in the background, as the user who started it (the container carries the caller's
 * identity to an asynchronous method), so the user may leave the page: commits it and records how
 * it ended when it did not.
 */
@Stateless
@RolesAllowed({Roles.CEO, Roles.ADMIN})
public class ImportRunner {

  private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

  @EJB private ImportService imports;

  @Inject private RunningImports running;

  @Inject private RequestOrigin origin;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(
      UUID importId, UploadedFile file, ImportMapping mapping, RequestOrigin.Carried from) {
    origin.resume(from);
    try {
      imports.commit(importId, file, mapping);
      imports.forget(file.id());
    } catch (ImportCancelledException cancelled) {
      imports.ended(importId, "cancelled", cancelled.getMessage());
    } catch (ImportFileException refused) {
      imports.ended(importId, "failed", refused.getMessage());
    } catch (RuntimeException failure) {
      // The top of a background task: whatever broke, the import is marked failed, not left
      // running.
      LOG.log(Level.WARNING, "Import " + importId + " failed", failure);
      imports.ended(importId, "failed", "The import failed and nothing was written: try it again.");
    } finally {
      running.finish(importId);
    }
  }
}
