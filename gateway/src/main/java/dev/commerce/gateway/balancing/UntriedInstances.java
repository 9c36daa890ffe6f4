package dev.commerce.gateway.balancing;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.RequestDataContext;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.loadbalancer.core.DelegatingServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Flux;

/**
 * The instances a retried gateway request may go to: those it has not tried yet (all of them again once every one has
 * been tried). Round robin alone does not ensure that: under concurrent load other requests move the position between
 * two attempts, and a retry lands on the instance that just failed about as often as not.
 *
 * <p>Spring Cloud LoadBalancer's {@code RetryAwareServiceInstanceListSupplier} does this only for its own retrying
 * WebClient filter (it reads a {@code RetryableRequestContext}); the gateway's load-balancer filter passes the exchange
 * attributes instead, where each attempt leaves its choice under {@code GATEWAY_LOADBALANCER_RESPONSE_ATTR}.
 */
final class UntriedInstances extends DelegatingServiceInstanceListSupplier {

    static final String TRIED_ATTR = UntriedInstances.class.getName() + ".tried";

    UntriedInstances(ServiceInstanceListSupplier delegate) {
        super(delegate);
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        return delegate.get();
    }

    // the interface declares the parameter as a raw Request, and an override has to repeat that
    @Override
    @SuppressWarnings("rawtypes")
    public Flux<List<ServiceInstance>> get(Request request) {
        Set<URI> tried = tried(request.getContext());
        if (tried.isEmpty()) {
            return delegate.get(request);
        }
        return delegate.get(request).map(instances -> {
            List<ServiceInstance> untried = instances.stream()
                    .filter(instance -> !tried.contains(instance.getUri()))
                    .toList();
            return untried.isEmpty() ? instances : untried;
        });
    }

    /** Only a gateway exchange has a previous choice among its attributes; any other request gets the whole list. */
    private static Set<URI> tried(Object context) {
        if (!(context instanceof RequestDataContext data) || data.getClientRequest() == null) {
            return Set.of();
        }
        Map<String, Object> attributes = data.getClientRequest().getAttributes();
        if (attributes == null || !(attributes.get(GATEWAY_LOADBALANCER_RESPONSE_ATTR) instanceof Response<?> previous)
                || !(previous.getServer() instanceof ServiceInstance instance)) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        Set<URI> tried = (Set<URI>) attributes.computeIfAbsent(TRIED_ATTR, name -> ConcurrentHashMap.<URI>newKeySet());
        tried.add(instance.getUri());
        return tried;
    }
}
