package dev.commerce.launcher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The launcher is the local demo set-up. Outside the embedded default (with {@code --profile mysql}) the services no
 * longer fall back to their demo credentials and refuse to start without them, so the launcher passes the same demo
 * values (ARCHITECTURE.md "Demo data and accounts") unless its own environment sets them. Never used outside the
 * launcher: compose and Kubernetes take them from secrets.
 */
final class DemoCredentials {

    static final Map<String, String> VALUES = values();

    private DemoCredentials() {
    }

    /** The demo values the launcher's environment does not set itself. */
    static Map<String, String> missingFrom(Map<String, String> launcherEnvironment) {
        Map<String, String> missing = new LinkedHashMap<>();
        VALUES.forEach((key, value) -> {
            if (!launcherEnvironment.containsKey(key)) {
                missing.put(key, value);
            }
        });
        return missing;
    }

    private static Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("CAMUNDA_ADMIN_USER", "demo");
        values.put("CAMUNDA_ADMIN_PASSWORD", "demo");
        values.put("CAMUNDA_OPERATOR_MEMBERS", "demo");
        values.put("ENGINE_USERNAME", "demo");
        values.put("ENGINE_PASSWORD", "demo");
        values.put("KAKAO_SKILL_SECRET", "local-kakao-secret");
        values.put("CHATBOT_INTERNAL_TOKEN", "local-internal-token");
        return Map.copyOf(values);
    }
}
