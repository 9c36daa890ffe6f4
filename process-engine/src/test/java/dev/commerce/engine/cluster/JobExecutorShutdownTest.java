package dev.commerce.engine.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * A real in-memory engine with the starter's kind of job executor (SpringJobExecutor on a ThreadPoolTaskExecutor)
 * and a pool of one thread and no queue, so while one job runs the next acquired ones are turned down and wait,
 * locked, in Camunda's acquisition context.
 */
class JobExecutorShutdownTest {

  private static final String LOCK_OWNER = "process-engine-test/1";

  private final Gate gate = new Gate();
  private ThreadPoolTaskExecutor pool;
  private SpringJobExecutor jobExecutor;
  private ProcessEngine engine;

  @BeforeEach
  void engineWithAFullJobPool() {
    pool = new ThreadPoolTaskExecutor();
    pool.setCorePoolSize(1);
    pool.setMaxPoolSize(1);
    pool.setQueueCapacity(0);
    pool.initialize();
    jobExecutor = new SpringJobExecutor();
    jobExecutor.setTaskExecutor(pool);
    jobExecutor.setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler());
    jobExecutor.setMaxJobsPerAcquisition(1);
    jobExecutor.setWaitTimeInMillis(50);
    jobExecutor.setLockOwner(LOCK_OWNER);
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("job-executor-shutdown-test");
    configuration.setJdbcUrl("jdbc:h2:mem:job-executor-shutdown-test;DB_CLOSE_DELAY=-1");
    configuration.setJobExecutor(jobExecutor);
    configuration.setJobExecutorActivate(true);
    configuration.setBeans(Map.of("gate", gate));
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("gated.bpmn", Bpmn.createExecutableProcess(
        "gated").camundaHistoryTimeToLive(1).startEvent().serviceTask().camundaAsyncBefore()
        .camundaExpression("${gate.pass()}").endEvent().done()).deploy();
  }

  @AfterEach
  void closeEngine() {
    gate.open();
    engine.close();
    pool.shutdown();
  }

  @Test
  void theRunningJobFinishesAndTheJobsThePoolTurnedDownAreUnlocked() throws Exception {
    for (int i = 0; i < 4; i++) {
      engine.getRuntimeService().startProcessInstanceByKey("gated");
    }
    await().atMost(Duration.ofSeconds(20)).until(() -> gate.entered() == 1 && lockedWaiting().size() >= 1);

    Thread opener = new Thread(() -> {
      sleep(500);
      gate.open();
    });
    opener.start();
    new JobExecutorShutdown(new StaticListableBeanFactory(Map.of("jobExecutor", jobExecutor))
        .getBeanProvider(JobExecutor.class), Duration.ofSeconds(10)).stop();
    opener.join();

    assertThat(gate.entered()).as("only the job that was running ran").isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count()).isEqualTo(1);
    List<Job> left = engine.getManagementService().createJobQuery().list();
    assertThat(left).hasSize(3).allSatisfy(job -> {
      assertThat(((JobEntity) job).getLockOwner()).as("handed back at once, not after the lock time").isNull();
      assertThat(((JobEntity) job).getLockExpirationTime()).isNull();
    });
  }

  /** Jobs locked by this node that have not started. */
  private List<Job> lockedWaiting() {
    return engine.getManagementService().createJobQuery().list().stream()
        .filter(job -> LOCK_OWNER.equals(((JobEntity) job).getLockOwner()))
        .filter(job -> ((JobEntity) job).getLockExpirationTime() != null)
        .skip(1)
        .toList();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The job's work: it waits until the test opens the gate. */
  public static final class Gate {

    private final CountDownLatch open = new CountDownLatch(1);
    private final AtomicInteger entered = new AtomicInteger();

    public void pass() throws InterruptedException {
      entered.incrementAndGet();
      if (!open.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("gate never opened");
      }
    }

    void open() {
      open.countDown();
    }

    int entered() {
      return entered.get();
    }
  }
}
