package dev.commerce.gateway.balancing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.DefaultRequest;
import org.springframework.cloud.client.loadbalancer.DefaultResponse;
import org.springframework.cloud.client.loadbalancer.RequestData;
import org.springframework.cloud.client.loadbalancer.RequestDataContext;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.LinkedMultiValueMap;
import reactor.core.publisher.Flux;

class UntriedInstancesTest {

    private static final ServiceInstance FIRST = instance(8081);
    private static final ServiceInstance SECOND = instance(18081);
    private static final ServiceInstance THIRD = instance(28081);

    private final UntriedInstances instances = new UntriedInstances(new ServiceInstanceListSupplier() {
        @Override
        public String getServiceId() {
            return "order-service";
        }

        @Override
        public Flux<List<ServiceInstance>> get() {
            return Flux.just(List.of(FIRST, SECOND, THIRD));
        }
    });
    private final Map<String, Object> exchangeAttributes = new ConcurrentHashMap<>();

    @Test
    void aFirstAttemptChoosesAmongAll() {
        assertThat(choosable()).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void aRetryChoosesAmongTheInstancesNotTriedYet() {
        attemptWentTo(SECOND);
        assertThat(choosable()).containsExactly(FIRST, THIRD);

        attemptWentTo(THIRD);
        assertThat(choosable()).containsExactly(FIRST);
    }

    @Test
    void onceAllAreTriedAllMayBeTriedAgain() {
        attemptWentTo(FIRST);
        choosable();
        attemptWentTo(SECOND);
        choosable();
        attemptWentTo(THIRD);

        assertThat(choosable()).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void aRequestFromOutsideAGatewayExchangeGetsTheWholeList() {
        assertThat(instances.get(new DefaultRequest<>()).blockFirst()).containsExactly(FIRST, SECOND, THIRD);
        assertThat(instances.get().blockFirst()).containsExactly(FIRST, SECOND, THIRD);
    }

    private void attemptWentTo(ServiceInstance instance) {
        exchangeAttributes.put(GATEWAY_LOADBALANCER_RESPONSE_ATTR, new DefaultResponse(instance));
    }

    private List<ServiceInstance> choosable() {
        RequestData data = new RequestData(HttpMethod.GET, java.net.URI.create("http://order-service/api/orders"),
                new HttpHeaders(), new LinkedMultiValueMap<>(), exchangeAttributes);
        Flux<List<ServiceInstance>> lists = instances.get(new DefaultRequest<>(new RequestDataContext(data)));
        return lists.blockFirst();
    }

    private static ServiceInstance instance(int port) {
        return new DefaultServiceInstance("order-service-" + port, "order-service", "localhost", port, false);
    }
}
