package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.audittrail.AuditEvent;
import com.propaganda.dashboard.audittrail.AuditRecorder;
import com.propaganda.dashboard.audittrail.Audited;
import com.propaganda.dashboard.calls.CallPolicy;
import com.propaganda.dashboard.calls.ExistingCalls;
import com.propaganda.dashboard.errors.InvalidInputException;
import com.propaganda.dashboard.errors.NotFoundException;
import com.propaganda.dashboard.identity.KeyScope;
import com.propaganda.dashboard.identity.KeyScopes;
import com.propaganda.dashboard.identity.Roles;
import com.propaganda.dashboard.platform.JsonFactory;
import com.propaganda.dashboard.tenancy.CallerContext;
import com.propaganda.dashboard.tenancy.KeyCaller;
import com.propaganda.dashboard.tenancy.TenantBound;
import com.propaganda.dashboard.tenancy.TenantSql;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

/**
 * Importing calls from a file (see README, "Importing calls"): upload, map columns, dry run, then
 * commit in the background in one transaction, and revert within 30 days. Every rule of the call
 * form applies to each row; the tenant is the caller's.
 */
@Stateless
@TenantBound
@Audited("imports")
@RolesAllowed({Roles.CEO, Roles.ADMIN})
@KeyScope(KeyScopes.CALLS_WRITE)
public class ImportService {

  @Inject private TenantSql sql;

  @Inject private CallerContext context;

  @Inject private KeyCaller keyCaller;

  @Inject private ImportFiles files;

  @Inject private RunningImports running;

  @Inject private ImportHistory history;

  @Inject private ImportRunner runner;

  @Inject private ImportWriters writers;

  @Inject private ExistingCalls existingCalls;

  @EJB private AuditRecorder recorder;

  @Resource private SessionContext self;

  /**
   * Keeps the file on the server for the next steps and reads its header.
   *
   * @throws ImportFileException for an empty, oversized, binary or unreadable file
   */
  public UploadedFile upload(String name, InputStream content) {
    try {
      return files.save(sql.clientId(), name, content);
    } catch (IOException e) {
      throw new ImportFileException("The upload broke off: choose the file again.", e);
    }
  }

  /** Checks every row as the commit would, writing nothing; all row errors go to a file. */
  public ImportCheck dryRun(UUID fileId, ImportMapping mapping) {
    ImportTable table = files.open(sql.clientId(), fileId);
    mapping.checkRequiredColumns();
    ImportSql importSql = new ImportSql(sql);
    try (ImportErrorsFile errors = new ImportErrorsFile(files.errorsOf(sql.clientId(), fileId))) {
      DryRunTally tally = new DryRunTally(errors);
      pass(mapping, importSql).run(table, tally);
      return tally.result();
    } catch (IOException | UncheckedIOException e) {
      throw new ImportFileException("The file could not be read to the end: upload it again.", e);
    }
  }

  /** A pass over a file, with the client's reps and reasons read once, under the caller's rules. */
  private ImportPass pass(ImportMapping mapping, ImportSql importSql) {
    ClientLookups lookups = importSql.lookups();
    CallPolicy policy = new CallPolicy(lookups, context.role(), context.caller().userId());
    return new ImportPass(mapping, lookups, policy, context.zone(), existingCalls);
  }

  /** Every row error of the file's last dry run, as CSV. */
  public InputStream errors(UUID fileId) {
    try {
      return Files.newInputStream(files.errorsOf(sql.clientId(), fileId));
    } catch (IOException e) {
      throw new NotFoundException("Errors of the file");
    }
  }

  /**
   * Starts writing the file in the background; the page follows it with {@link #progress}.
   *
   * @param rows the rows the dry run counted, for the progress bar
   * @return the import's id
   */
  public UUID start(UploadedFile file, ImportMapping mapping, long rows) {
    mapping.checkRequiredColumns();
    if (mapping.createLossReasons() && keyCaller.isKeyWithout(KeyScopes.LOSS_REASONS_WRITE)) {
      throw new EJBAccessException(
          "Adding loss reasons needs the scope " + KeyScopes.LOSS_REASONS_WRITE);
    }
    UUID importId = self.getBusinessObject(ImportService.class).begin(file, mapping);
    running.start(importId, rows);
    runner.start(importId, file, mapping);
    return importId;
  }

  /**
   * Records the import as running, committed before the background work starts, so the list shows
   * it and the work finds it.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public UUID begin(UploadedFile file, ImportMapping mapping) {
    return history.begin(file, mapping);
  }

  /**
   * Writes every row in one transaction, which commits only if every row keeps the rules and the
   * user did not cancel; then records the import event with the file, its hash, the mapping and the
   * counts.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void commit(UUID importId, UploadedFile file, ImportMapping mapping) {
    history.holdWhileRunning(importId);
    ImportProgress progress = running.of(importId);
    if (!"running".equals(history.find(importId).state()) || progress == null) {
      throw new NotFoundException("Running import");
    }
    ImportSql importSql = new ImportSql(sql);
    ImportWriter writer = writers.of(importId, importSql, progress);
    try {
      pass(mapping, importSql).run(files.open(sql.clientId(), file.id()), writer);
    } catch (IOException | UncheckedIOException e) {
      throw new ImportFileException(
          "The file could not be read to the end: nothing was imported.", e);
    }
    progress.checkNotCancelled();
    history.committed(importId, writer);
    recorder.record(
        AuditEvent.access(
            context.actor(), "imports", importId, "import", writer.report(file, mapping)));
  }

  /** Records how an import ended that did not commit, in a transaction of its own. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ended(UUID importId, String state, String failure) {
    history.ended(importId, state, failure);
  }

  /** The uploaded file and its errors, once imported. */
  public void forget(UUID fileId) {
    try {
      if (!files.delete(sql.clientId(), fileId)) {
        throw new NotFoundException("Import file");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Percent written of an import running on this server; null once it ended. */
  public Integer progress(UUID importId) {
    history.find(importId);
    ImportProgress progress = running.of(importId);
    return progress == null ? null : progress.percent();
  }

  /** Asks a running import to stop before it commits: it then writes nothing. */
  public void cancel(UUID importId) {
    history.find(importId);
    ImportProgress progress = running.of(importId);
    if (progress != null) {
      progress.cancel();
    }
  }

  /** One import of the client's. */
  public ImportSummary summary(UUID importId) {
    return history.find(importId);
  }

  /** The client's imports, newest first. */
  public List<ImportSummary> imports() {
    return history.list();
  }

  /** The calls of the import changed after it: a revert leaves them alone unless told. */
  public List<ChangedCall> changedSince(UUID importId) {
    return history.changedSince(history.revertible(importId));
  }

  /**
   * Deletes the calls the import created and gives the calls it updated their values from before;
   * calls changed after the import only if {@code alsoChanged}. Recorded in the audit log.
   *
   * @return how many calls were reverted
   */
  public int revert(UUID importId, boolean alsoChanged) {
    ImportSummary imported = history.revertible(importId);
    int reverted = history.revert(imported, alsoChanged);
    recorder.record(
        AuditEvent.access(
            context.actor(),
            "imports",
            importId,
            "revert",
            JsonFactory.object()
                .add("file", imported.fileName())
                .add("reverted", reverted)
                .add("changed_calls_included", alsoChanged)));
    return reverted;
  }

  /** The client's saved mappings by name. */
  public List<SavedMapping> mappings() {
    return history.mappings();
  }

  /** Keeps the mapping under the name, replacing one of the same name. */
  public void saveMapping(String name, ImportMapping mapping) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty() || trimmed.length() > 100) {
      throw InvalidInputException.of("mappingName", "Name the mapping (at most 100 characters)");
    }
    history.saveMapping(trimmed, mapping);
  }
}
