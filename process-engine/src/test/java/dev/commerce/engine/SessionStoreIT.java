package dev.commerce.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.session.SessionRepository;

/** Without profile redis (one instance, only a JDK): the webapps' sessions stay in Tomcat's memory, no Redis. */
class SessionStoreIT extends EngineIntegrationTest {

  @Autowired
  private ApplicationContext context;

  @Test
  void withoutProfileRedisSessionsStayInMemoryAndNothingTalksToRedis() {
    assertThat(context.getBeanNamesForType(SessionRepository.class)).isEmpty();
    assertThat(context.getBeanNamesForType(RedisConnectionFactory.class)).isEmpty();

    String cookie = http().get("/camunda/api/admin/auth/user/default").header("Set-Cookie");
    assertThat(cookie).as("Tomcat's own session cookie").startsWith("JSESSIONID=");
  }
}
