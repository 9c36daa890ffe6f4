package dev.commerce.engine.testsupport;

import dev.commerce.engine.config.EngineBehaviourPlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * In-memory engine for the plain process tests (no Spring): the settings that matter for the models are the
 * application's (JSON variables, Spin, unhandled BPMN errors fail), the job executor is off so tests drive jobs.
 * process-test.camunda.cfg.xml names this class, so every test class shares one engine.
 */
public class ProcessTestEngineConfiguration extends StandaloneInMemProcessEngineConfiguration {

  public ProcessTestEngineConfiguration() {
    setProcessEngineName("process-tests");
    setJdbcUrl("jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=1000");
    setDatabaseSchemaUpdate(DB_SCHEMA_UPDATE_CREATE_DROP);
    setJobExecutorActivate(false);
    setHistory(HISTORY_FULL);
    setDefaultSerializationFormat("application/json");
    setBeans(ProcessTestBeans.beans());
    getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    EngineBehaviourPlugin.apply(this);
  }

  @Override
  protected void init() {
    ProcessCoverageConfigurator.initializeProcessCoverageExtensions(this);
    super.init();
  }
}
