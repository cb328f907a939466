package com.propaganda.dashboard.imports;

import com.propaganda.dashboard.calls.CallRepository;
import com.propaganda.dashboard.lossreasons.LossReasonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Makes the writer of one import's commit, with the repositories it writes through. */
@ApplicationScoped
class ImportWriters {

  @Inject private CallRepository calls;

  @Inject private LossReasonRepository lossReasons;

  ImportWriter of(UUID importId, ImportSql sql, ImportProgress progress) {
    return new ImportWriter(importId, sql, calls, lossReasons, progress);
  }
}
