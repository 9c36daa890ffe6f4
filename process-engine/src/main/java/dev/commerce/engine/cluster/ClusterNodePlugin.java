package dev.commerce.engine.cluster;

import java.util.UUID;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this node in the shared database: the engine's hostname is what ACT_HI_JOB_LOG and Cockpit's job log show
 * for every job and what the metrics reporter writes, so it is the node's {@code INSTANCE_ID}. The job lock owner
 * (ACT_RU_JOB.LOCK_OWNER_) starts with it too, plus a random part: two nodes started with the same id by mistake,
 * or a node restarted while its old locks still stand, must never take each other's locks for their own.
 */
@Component
public class ClusterNodePlugin extends AbstractProcessEnginePlugin {

  private final String instanceId;
  private final String lockOwner;

  public ClusterNodePlugin(@Value("${commerce.engine.instance-id:process-engine}") String instanceId) {
    this.instanceId = instanceId;
    this.lockOwner = instanceId + "/" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHostname(instanceId);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    // the starter sets the job executor in its own preInit; postInit runs after every plugin's preInit
    JobExecutor jobExecutor = configuration.getJobExecutor();
    if (jobExecutor != null) {
      jobExecutor.setLockOwner(lockOwner);
    }
  }

  public String lockOwner() {
    return lockOwner;
  }
}
