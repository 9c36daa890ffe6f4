package dev.commerce.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.engine.servicecall.application.ServiceCaller;
import dev.commerce.engine.servicecall.application.ServiceRequest;
import dev.commerce.engine.servicecall.application.ServiceUnavailableException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's load-balanced calls (every service task and the chatbot's reply post share the one
 * {@code @LoadBalanced RestClient.Builder}): a call that could not connect goes once to the next instance, whatever
 * its method; a call that reached a server is never sent a second time, since service tasks are not all idempotent.
 * Each logical name has two instances and the round robin alternates between them, so a row of calls covers both.
 */
class ServiceCallRetryIT extends EngineIntegrationTest {

  private static final int CALLS = 4;

  @Autowired
  private ServiceCaller caller;

  @Test
  void aPostThatCouldNotConnectIsSentOnceToTheNextInstance() {
    int before = BEHIND_REFUSED.count();

    for (int i = 0; i < CALLS; i++) {
      assertThat(caller.exchange(post("refused-first", i)).status()).isEqualTo(200);
    }

    assertThat(BEHIND_REFUSED.count() - before).as("every call answered, each by one request").isEqualTo(CALLS);
  }

  @Test
  void aPostThatReachedAServerIsNotSentAgain() {
    int droppedBefore = DROPPING.count();
    int answeredBefore = BEHIND_DROPPING.count();
    int failed = 0;

    for (int i = 0; i < CALLS; i++) {
      try {
        caller.exchange(post("dropping-first", i));
      } catch (ServiceUnavailableException e) {
        failed++;
      }
    }

    int dropped = DROPPING.count() - droppedBefore;
    int answered = BEHIND_DROPPING.count() - answeredBefore;
    assertThat(dropped).as("the round robin reached the dropping instance").isPositive();
    assertThat(failed).as("a dropped request fails its call, it is not resent elsewhere").isEqualTo(dropped);
    assertThat(dropped + answered).as("one request per call").isEqualTo(CALLS);
  }

  private static ServiceRequest post(String service, int n) {
    return new ServiceRequest(service, "POST", "/api/retry-check", Map.of(), "{\"n\":" + n + "}");
  }
}
