package dev.commerce.platform.cluster;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** One {@link ClusterPlatform} for every cluster test class of the run, stopped after the last one. */
public final class ClusterExtension implements BeforeAllCallback, ParameterResolver {

    private static ClusterPlatform instance;
    private static RuntimeException startFailure;

    @Override
    public void beforeAll(ExtensionContext context) {
        Awaitility.setDefaultTimeout(Duration.ofSeconds(90));
        Awaitility.setDefaultPollInterval(Duration.ofMillis(500));
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(ClusterPlatform.class, key -> {
                    platform();
                    return (ExtensionContext.Store.CloseableResource) ClusterExtension::closeShared;
                });
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ClusterPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return platform();
    }

    static synchronized ClusterPlatform platform() {
        if (startFailure != null) {
            throw new IllegalStateException("the cluster did not start earlier in this run", startFailure);
        }
        if (instance == null) {
            try {
                instance = ClusterPlatform.start();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
        }
        return instance;
    }

    private static synchronized void closeShared() {
        if (instance != null) {
            instance.close();
            instance = null;
        }
    }
}
