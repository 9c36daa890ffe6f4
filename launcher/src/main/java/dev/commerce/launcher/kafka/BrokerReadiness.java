package dev.commerce.launcher.kafka;

import dev.commerce.launcher.process.ChildProcess;
import dev.commerce.launcher.process.Ports;
import dev.commerce.launcher.process.StartupException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Decides when the broker child serves requests, and creates the platform's topics once it does. */
final class BrokerReadiness {

    private BrokerReadiness() {
    }

    static void await(ChildProcess child, String bootstrapServers, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int port = Integer.parseInt(bootstrapServers.substring(bootstrapServers.lastIndexOf(':') + 1));
        // the admin client logs a warning per refused connection, so it only starts once the socket listens
        while (!Ports.isListening(port)) {
            checkRunning(child, bootstrapServers, deadline, timeout);
            pause();
        }
        try (Admin admin = admin(bootstrapServers)) {
            while (!hasBroker(admin)) {
                checkRunning(child, bootstrapServers, deadline, timeout);
                pause();
            }
        }
    }

    private static void checkRunning(ChildProcess child, String bootstrapServers, long deadline, Duration timeout) {
        if (!child.isAlive()) {
            throw new StartupException("kafka exited with code " + child.exitCode().orElse(-1)
                    + " while starting; last lines of " + child.logFile() + ":" + System.lineSeparator()
                    + child.logTail(40));
        }
        if (System.nanoTime() > deadline) {
            throw new StartupException("kafka did not answer on " + bootstrapServers + " within "
                    + timeout.toSeconds() + " s; last lines of " + child.logFile() + ":"
                    + System.lineSeparator() + child.logTail(40));
        }
    }

    static void createTopics(String bootstrapServers, List<String> topics, int partitions) {
        try (Admin admin = admin(bootstrapServers)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, (short) 1))
                    .toList();
            for (var result : admin.createTopics(missing).values().values()) {
                try {
                    result.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            growPartitions(admin, topics.stream().filter(existing::contains).toList(), partitions);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new StartupException("kafka is up but creating the topics failed: " + e.getMessage(), e);
        }
    }

    /**
     * Topics of an older data directory (3 partitions) get the partitions the replicas need. This happens before any
     * service starts, so no producer is writing while the key-to-partition mapping changes; records already on the
     * topic stay where they are and are consumed as before.
     */
    private static void growPartitions(Admin admin, List<String> topics, int partitions) throws Exception {
        if (topics.isEmpty()) {
            return;
        }
        Map<String, NewPartitions> grow = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(30, TimeUnit.SECONDS).forEach((name, description) -> {
            if (description.partitions().size() < partitions) {
                grow.put(name, NewPartitions.increaseTo(partitions));
            }
        });
        if (!grow.isEmpty()) {
            admin.createPartitions(grow).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static boolean hasBroker(Admin admin) {
        try {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("interrupted while waiting for kafka", e);
        } catch (Exception e) {
            return false;
        }
    }

    private static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 500));
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupException("interrupted while waiting for kafka", e);
        }
    }
}
