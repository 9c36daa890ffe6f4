package dev.commerce.engine.cluster;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.AcquireJobsRunnable;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * A graceful stop lets the jobs this node is running finish and hands back the ones it acquired but has not
 * started. Camunda's {@link JobExecutor#shutdown()} stops acquiring; its queued batches then unlock their jobs
 * instead of executing them (ExecuteJobsRunnable does that once the executor is inactive), and so do the batches the
 * full pool had turned down ({@link UnstartedJobs}), so other nodes take them at once rather than after the lock
 * time. The Spring Boot starter never calls it before closing the engine, and
 * by then its thread pool is gone: the pool would stop taking jobs at the first close event while acquisition goes
 * on (jobs locked for nothing) and interrupt running ones. So: after the readiness drain and the Kafka listeners
 * (higher phases), before the web server and the pool's own lifecycle (lower phases).
 */
@Component
public class JobExecutorShutdown implements SmartLifecycle {

  static final int PHASE = Integer.MAX_VALUE - 200;
  private static final Logger log = LoggerFactory.getLogger(JobExecutorShutdown.class);

  private final ObjectProvider<JobExecutor> jobExecutor;
  private final Duration timeout;
  private volatile boolean running;

  public JobExecutorShutdown(ObjectProvider<JobExecutor> jobExecutor,
      @Value("${commerce.engine.job-shutdown-timeout:30s}") Duration timeout) {
    this.jobExecutor = jobExecutor;
    this.timeout = timeout;
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    JobExecutor executor = jobExecutor.getIfAvailable();
    if (executor == null || !executor.isActive()) {
      return;
    }
    AcquireJobsRunnable acquisition = executor.getAcquireJobsRunnable();
    executor.shutdown();
    int handedBack = UnstartedJobs.handBack(executor, acquisition);
    if (handedBack > 0) {
      log.info("unlocked {} acquired job(s) the thread pool had no room for", handedBack);
    }
    if (executor instanceof SpringJobExecutor spring
        && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor taskExecutor) {
      awaitRunningJobs(taskExecutor.getThreadPoolExecutor());
    }
  }

  private void awaitRunningJobs(ThreadPoolExecutor pool) {
    log.info("job executor stopped acquiring; waiting up to {} for {} running job batch(es)", timeout,
        pool.getActiveCount());
    pool.shutdown();
    try {
      if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        log.warn("{} job batch(es) still running after {}; their locks pass to other nodes after the lock time",
            pool.getActiveCount(), timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }
}
