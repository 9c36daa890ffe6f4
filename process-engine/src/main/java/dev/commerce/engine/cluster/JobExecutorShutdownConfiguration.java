package dev.commerce.engine.cluster;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

@Configuration(proxyBeanMethods = false)
public class JobExecutorShutdownConfiguration {

  /**
   * The starter's job thread pool would stop accepting work at the context's close event, before the readiness
   * drain, while job acquisition still locks jobs for it; {@link JobExecutorShutdown} stops it instead, in order.
   */
  @Bean
  static BeanPostProcessor camundaTaskExecutorStoppedByJobExecutorShutdown() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if ("camundaTaskExecutor".equals(beanName) && bean instanceof ThreadPoolTaskExecutor pool) {
          pool.setAcceptTasksAfterContextClose(true);
        }
        return bean;
      }
    };
  }
}
