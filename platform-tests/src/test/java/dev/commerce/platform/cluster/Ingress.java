package dev.commerce.platform.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a Kubernetes Service (or an Ingress) does in front of the gateway replicas: it sends each request to one of
 * the instances whose readiness is UP, round robin, and stops sending to one as soon as it reports DOWN. Readiness is
 * polled every 250 ms, like a short readiness probe.
 */
final class Ingress implements AutoCloseable {

    private final List<String> instances;
    private final CopyOnWriteArrayList<String> ready = new CopyOnWriteArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
    private final Thread prober;
    private volatile boolean open = true;

    Ingress(List<String> instances) {
        this.instances = List.copyOf(instances);
        probe();
        this.prober = new Thread(this::probeForever, "ingress-readiness");
        this.prober.setDaemon(true);
        this.prober.start();
    }

    /** The base URL of a ready instance; the first one when none is ready (the request will then fail). */
    String next() {
        List<String> candidates = List.copyOf(ready);
        if (candidates.isEmpty()) {
            return instances.get(0);
        }
        return candidates.get(Math.floorMod(next.getAndIncrement(), candidates.size()));
    }

    private void probeForever() {
        while (open) {
            probe();
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void probe() {
        for (String instance : instances) {
            if (isReady(instance)) {
                ready.addIfAbsent(instance);
            } else {
                ready.remove(instance);
            }
        }
    }

    private boolean isReady(String instance) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(instance + "/actuator/health/readiness"))
                    .timeout(Duration.ofMillis(500)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        open = false;
        prober.interrupt();
    }
}
