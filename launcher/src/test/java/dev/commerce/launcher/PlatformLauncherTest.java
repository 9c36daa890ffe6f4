package dev.commerce.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-shot commands of the launcher's command line, run in this JVM (nothing is started). */
class PlatformLauncherTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--root";
        all[1] = root.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return PlatformLauncher.run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void namesTheModulesRunShBuildsInDependencyOrder() {
        assertThat(run("--print-modules")).isZero();
        assertThat(out().trim()).isEqualTo(
                "keycloak,item-service,customer-service,order-service,process-engine,chatbot-adapter,gateway");
    }

    @Test
    void onlyBuildsWhatTheSelectionNeeds() {
        assertThat(run("--print-modules", "--only", "gateway,chatbot-adapter")).isZero();
        assertThat(out().trim()).isEqualTo("keycloak,process-engine,chatbot-adapter,gateway");
    }

    @Test
    void skippedComponentsAreNotBuilt() {
        assertThat(run("--print-modules", "--skip", "keycloak,gateway,chatbot-adapter,process-engine")).isZero();
        assertThat(out().trim()).isEqualTo("item-service,customer-service,order-service");
    }

    @Test
    void anUnknownComponentIsAnErrorThatListsTheKnownOnes() {
        assertThat(run("--list", "--only", "inventory")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("launcher: unknown component 'inventory' in --only; known: kafka, keycloak, item-service");
    }

    @Test
    void stopWithNothingLeftOverSaysSo() {
        assertThat(run("--stop", "--data-dir", root.resolve(".platform").toString())).isZero();
        assertThat(out()).contains("launcher: nothing left running");
    }

    @Test
    void helpPrintsTheUsage() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("usage: ./run.sh [--no-build] [options]", "--profile mysql");
    }
}
