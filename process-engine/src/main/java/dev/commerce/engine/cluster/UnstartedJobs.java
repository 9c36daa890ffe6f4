package dev.commerce.engine.cluster;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.AcquireJobsRunnable;
import org.camunda.bpm.engine.impl.jobexecutor.JobAcquisitionContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.SequentialJobAcquisitionRunnable;

/**
 * Jobs the acquisition locked but the full thread pool turned down: Camunda keeps those batches in its acquisition
 * context and offers them again in the next cycle, which a stopped acquisition never has; they would stay locked
 * for the lock time. Run once the executor is inactive, Camunda's ExecuteJobsRunnable unlocks them instead.
 */
final class UnstartedJobs {

  private UnstartedJobs() {
  }

  /**
   * Call after {@link JobExecutor#shutdown()} (the acquisition thread has ended, its context is final) with the
   * acquisition taken before it: shutdown() lets go of it.
   */
  static int handBack(JobExecutor executor, AcquireJobsRunnable acquisitionBeforeShutdown) {
    if (!(acquisitionBeforeShutdown instanceof SequentialJobAcquisitionRunnable acquisition)) {
      return 0;
    }
    JobAcquisitionContext context = acquisition.getAcquisitionContext();
    int handedBack = 0;
    for (ProcessEngineImpl engine : executor.getProcessEngines()) {
      Set<List<String>> batches = new LinkedHashSet<>();
      batches.addAll(batchesOf(context.getRejectedJobsByEngine(), engine));
      batches.addAll(batchesOf(context.getAdditionalJobsByEngine(), engine));
      for (List<String> batch : batches) {
        executor.getExecuteJobsRunnable(batch, engine).run();
        handedBack += batch.size();
      }
    }
    return handedBack;
  }

  private static List<List<String>> batchesOf(Map<String, List<List<String>>> byEngine, ProcessEngineImpl engine) {
    List<List<String>> batches = byEngine.get(engine.getName());
    return batches == null ? List.of() : batches;
  }
}
