package dev.commerce.support.lifecycle;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;

/**
 * The first thing a stopping instance does: say it is not ready, then keep serving for a while before the web server
 * stops accepting connections. Callers that balance over a list of instances (Spring Cloud LoadBalancer's health
 * checks, a Kubernetes Service) need that while to stop choosing this one; without it a request sent in the gap
 * between SIGTERM and the callers noticing finds a closed port. On Kubernetes a preStop sleep does the same; this
 * works wherever the process gets SIGTERM (the local launcher, a plain VM).
 *
 * <p>Stopped in the highest phase, so Kafka listeners, the job executor and the web server still run while it
 * waits; Spring Boot's graceful shutdown follows and lets in-flight requests finish.
 */
public class ShutdownDrain implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ShutdownDrain.class);

    private final Duration delay;
    private final ApplicationEventPublisher events;
    private volatile boolean running;

    public ShutdownDrain(Duration delay, ApplicationEventPublisher events) {
        this.delay = delay;
        this.events = events;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        if (!delay.isZero() && !delay.isNegative()) {
            log.info("Readiness is DOWN; still serving for {} ms so callers stop choosing this instance",
                    delay.toMillis());
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
