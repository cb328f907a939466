package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.web.FacesFeedback;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The import page (admin and ceo): upload a file, map its columns, check it (dry run), import it
 * with a progress bar, and revert an import of the last 30 days.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where each field's message goes; a message about the mapping as a whole goes on top. */
  private static final Map<String, String> FIELDS =
      Map.of("mappingName", "mapping-form:mapping-name");

  @EJB private ImportService imports;

  @Inject private FacesFeedback feedback;

  private UploadedFile file;
  private final ImportMappingForm mappingForm = new ImportMappingForm();
  private String mappingName;
  private UUID savedMapping;
  private ImportCheck check;
  private UUID running;
  private List<ImportSummary> history;
  private ImportSummary reverting;
  private List<ChangedCall> changedCalls = List.of();

  @PostConstruct
  void init() {
    history = imports.imports();
  }

  public void upload(FileUploadEvent event) {
    check = null;
    try (InputStream content = event.getFile().getInputStream()) {
      file = imports.upload(event.getFile().getFileName(), content);
      mappingForm.use(ImportMapping.guess(file.headers()));
    } catch (ImportFileException refused) {
      file = null;
      feedback.error(refused.getMessage());
    } catch (IOException e) {
      file = null;
      feedback.error("The upload broke off: choose the file again.");
    }
  }

  /** Takes the saved mapping chosen in the list. */
  public void applySavedMapping() {
    imports.mappings().stream()
        .filter(saved -> saved.id().equals(savedMapping))
        .findFirst()
        .ifPresent(saved -> mappingForm.use(saved.mapping()));
    check = null;
  }

  public void saveMapping() {
    if (feedback.attempt(FIELDS, () -> imports.saveMapping(mappingName, mappingForm.toMapping()))) {
      feedback.info("Mapping saved as \"" + mappingName.strip() + "\"");
    }
  }

  public void dryRun() {
    check = null;
    attempt(() -> check = imports.dryRun(file.id(), mappingForm.toMapping()));
  }

  public void commit() {
    attempt(() -> running = imports.start(file, mappingForm.toMapping(), check.rows()));
  }

  /** Polled while an import runs: its percent, and once it ended, the list tells how. */
  public void poll() {
    if (running != null && imports.progress(running) == null) {
      history = imports.imports();
      history.stream()
          .filter(summary -> summary.id().equals(running))
          .findFirst()
          .ifPresent(this::tellHowItEnded);
      running = null;
      file = null;
      check = null;
    }
  }

  private void tellHowItEnded(ImportSummary summary) {
    if ("committed".equals(summary.state())) {
      feedback.info(
          String.format(
              "Imported: %d calls created, %d updated, %d skipped",
              summary.created(), summary.updated(), summary.skipped()));
    } else {
      feedback.error(summary.failure());
    }
  }

  /** How far a running import of the list is, for a user who came back to the page. */
  public String percentOf(ImportSummary summary) {
    Integer percent = "running".equals(summary.state()) ? imports.progress(summary.id()) : null;
    return percent == null ? "" : percent + "%";
  }

  /** Whether the list shows an import still running, so the page refreshes it. */
  public boolean isListRunning() {
    return history.stream().anyMatch(summary -> "running".equals(summary.state()));
  }

  /** Polled while the list shows a running import. */
  public void refreshList() {
    history = imports.imports();
  }

  public int getProgress() {
    Integer percent = running == null ? null : imports.progress(running);
    return percent == null ? 100 : percent;
  }

  public void cancel() {
    if (running != null && feedback.attempt(Map.of(), () -> imports.cancel(running))) {
      feedback.info("Cancelling: nothing of this file will be imported");
    }
  }

  public void askRevert(ImportSummary summary) {
    if (feedback.attempt(Map.of(), () -> changedCalls = imports.changedSince(summary.id()))) {
      reverting = summary;
    }
  }

  public void revert(boolean alsoChanged) {
    int[] reverted = new int[1];
    if (feedback.attempt(
        Map.of(), () -> reverted[0] = imports.revert(reverting.id(), alsoChanged))) {
      feedback.info(reverted[0] + " calls reverted");
      reverting = null;
      changedCalls = List.of();
      history = imports.imports();
    }
  }

  public void closeRevert() {
    reverting = null;
    changedCalls = List.of();
  }

  public StreamedContent getErrorsFile() {
    return DefaultStreamedContent.builder()
        .name("import-errors.csv")
        .contentType("text/csv")
        .stream(() -> imports.errors(file.id()))
        .build();
  }

  private void attempt(Runnable action) {
    try {
      feedback.attempt(FIELDS, action);
    } catch (ImportFileException refused) {
      feedback.error(refused.getMessage());
    }
  }

  public List<SavedMapping> getSavedMappings() {
    return imports.mappings();
  }

  public ImportMappingForm getMappingForm() {
    return mappingForm;
  }

  public UploadedFile getFile() {
    return file;
  }

  public String getMappingName() {
    return mappingName;
  }

  public void setMappingName(String mappingName) {
    this.mappingName = mappingName;
  }

  public UUID getSavedMapping() {
    return savedMapping;
  }

  public void setSavedMapping(UUID savedMapping) {
    this.savedMapping = savedMapping;
  }

  public ImportCheck getCheck() {
    return check;
  }

  public boolean isRunning() {
    return running != null;
  }

  public List<ImportSummary> getHistory() {
    return history;
  }

  public ImportSummary getReverting() {
    return reverting;
  }

  public List<ChangedCall> getChangedCalls() {
    return changedCalls;
  }
}
