package dev.commerce.launcher.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Entry point of the broker's child JVM: formats the KRaft storage on first start, then hands over to
 * Kafka's own {@code kafka.Kafka} main so the broker runs exactly as the distribution runs it
 * (signal handling, controlled shutdown on SIGTERM).
 */
public final class KafkaBrokerMain {

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: KafkaBrokerMain <server.properties> <cluster-id>");
            System.exit(2);
        }
        Path config = Path.of(args[0]);
        Path logDir = Path.of(load(config).getProperty("log.dirs"));
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            // a formatted directory keeps its cluster id; formatting again would refuse or wipe it
            int formatted = kafka.tools.StorageTool.execute(
                    new String[] {"format", "--cluster-id", args[1], "--config", config.toString()}, System.out);
            if (formatted != 0) {
                System.err.println("formatting " + logDir + " failed with " + formatted);
                System.exit(formatted);
            }
        }
        kafka.Kafka.main(new String[] {config.toString()});
    }

    private static Properties load(Path config) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(config)) {
            properties.load(in);
        }
        return properties;
    }
}
