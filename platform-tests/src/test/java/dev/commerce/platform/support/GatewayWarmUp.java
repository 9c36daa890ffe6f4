package dev.commerce.platform.support;

import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Keycloak needs 30-60 s to start. When the run contains a class marked {@link NeedsGateway}, it starts in the
 * background as the run begins, so that it is ready by the time that class runs instead of adding its start to
 * the run. Registered through {@code META-INF/services}.
 */
public final class GatewayWarmUp implements TestExecutionListener {

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        Deque<TestIdentifier> todo = new ArrayDeque<>(plan.getRoots());
        while (!todo.isEmpty()) {
            TestIdentifier identifier = todo.pop();
            boolean gatewayTest = identifier.getSource()
                    .filter(ClassSource.class::isInstance)
                    .map(source -> ((ClassSource) source).getJavaClass().isAnnotationPresent(NeedsGateway.class))
                    .orElse(false);
            if (gatewayTest) {
                E2ePlatform.startKeycloakInBackground();
                return;
            }
            todo.addAll(plan.getChildren(identifier));
        }
    }
}
