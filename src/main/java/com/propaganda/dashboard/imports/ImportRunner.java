package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.identity.RequestOrigin;
import com.propaganda.dashboard.tenancy.KeyCaller;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs an import in the background on the server's managed executor, which carries the caller's
 * identity to the task, so the user may leave the page: commits it and records how it ended when it
 * did not. Every step is a call of {@link ImportService}, where the roles and the tenant are
 * checked.
 */
@ApplicationScoped
public class ImportRunner {

  private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

  @Resource private ManagedExecutorService executor;

  @EJB private ImportService imports;

  @Inject private RunningImports running;

  @Inject private RequestOrigin origin;

  @Inject private KeyCaller keyCaller;

  @Inject private Instance<RequestContextController> requestContexts;

  void start(UUID importId, UploadedFile file, ImportMapping mapping) {
    RequestOrigin.Carried from = origin.carried();
    KeyCaller.Carried key = keyCaller.carried();
    executor.execute(
        () ->
            inRequestContext(
                () -> {
                  origin.resume(from);
                  keyCaller.resume(key);
                  run(importId, file, mapping);
                }));
  }

  /**
   * The task has no HTTP request: the request origin (for the audit log) and the API key (for the
   * tenant check) are the ones of the request that started it.
   */
  private void inRequestContext(Runnable task) {
    RequestContextController context = requestContexts.get();
    context.activate();
    try {
      task.run();
    } finally {
      context.deactivate();
    }
  }

  private void run(UUID importId, UploadedFile file, ImportMapping mapping) {
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
