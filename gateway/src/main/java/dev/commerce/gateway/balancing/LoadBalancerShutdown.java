package dev.commerce.gateway.balancing;

import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Closes the per-service load-balancer contexts after the web server has stopped (no request needs them any more) and
 * before Reactor Netty's shared resources are disposed (phase 0). Otherwise the readiness checks of the
 * {@code health-check} configuration keep polling into a terminated event loop while the context closes, and every
 * rolling restart logs a stack trace per instance and second.
 */
class LoadBalancerShutdown implements SmartLifecycle {

    private static final int BEFORE_REACTOR_RESOURCES = 1024;

    private final LoadBalancerClientFactory contexts;
    private volatile boolean running;

    LoadBalancerShutdown(LoadBalancerClientFactory contexts) {
        this.contexts = contexts;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        contexts.destroy();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return BEFORE_REACTOR_RESOURCES;
    }
}
