package dev.commerce.platform.support;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes the shared {@link E2ePlatform} available to a test class: started by the first class that needs it,
 * stopped once, after the last test of the run (a resource of the root context's store).
 */
public final class PlatformExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        // asynchronous effects cross a broker and two JVMs on a busy 2-core machine
        Awaitility.setDefaultTimeout(Duration.ofSeconds(60));
        Awaitility.setDefaultPollInterval(Duration.ofMillis(300));
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(E2ePlatform.class, key -> {
                    E2ePlatform.get();
                    return (ExtensionContext.Store.CloseableResource) E2ePlatform::closeShared;
                });
    }
}
