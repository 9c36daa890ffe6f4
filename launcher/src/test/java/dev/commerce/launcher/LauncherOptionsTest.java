package dev.commerce.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LauncherOptionsTest {

    @Test
    void readsEveryOption() {
        LauncherOptions options = LauncherOptions.parse("--only", "order-service, item-service", "--skip", "gateway",
                "--profile", "mysql", "--data-dir", "/tmp/p", "--timeout", "240", "--root", "/repo");

        assertThat(options.only()).containsExactly("order-service", "item-service");
        assertThat(options.skip()).containsExactly("gateway");
        assertThat(options.profile()).hasValue("mysql");
        assertThat(options.dataDir()).hasValue(Path.of("/tmp/p"));
        assertThat(options.root()).hasValue(Path.of("/repo"));
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(240));
        assertThat(options.command()).isEqualTo(LauncherOptions.Command.RUN);
    }

    @Test
    void defaultsToRunningEverythingOnTheEmbeddedDefault() {
        LauncherOptions options = LauncherOptions.parse();

        assertThat(options.only()).isEmpty();
        assertThat(options.skip()).isEmpty();
        assertThat(options.profile()).isEmpty();
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(180));
    }

    @Test
    void selectsTheOneShotCommands() {
        assertThat(LauncherOptions.parse("--list").command()).isEqualTo(LauncherOptions.Command.LIST);
        assertThat(LauncherOptions.parse("--stop").command()).isEqualTo(LauncherOptions.Command.STOP);
        assertThat(LauncherOptions.parse("--print-modules", "--skip", "gateway").command())
                .isEqualTo(LauncherOptions.Command.PRINT_MODULES);
        assertThat(LauncherOptions.parse("-h").command()).isEqualTo(LauncherOptions.Command.HELP);
    }

    @Test
    void readsHowManyInstancesOfEachServiceRun() {
        LauncherOptions options = LauncherOptions.parse("--replicas", "2", "--scale", "chatbot-adapter=3, gateway=1");

        assertThat(options.replicas().all()).isEqualTo(2);
        assertThat(options.replicas().perService()).containsOnly(entry("chatbot-adapter", 3), entry("gateway", 1));
        assertThat(LauncherOptions.parse().replicas()).isEqualTo(Replicas.one());
    }

    @Test
    void rejectsInstanceCountsItCannotRun() {
        assertThatThrownBy(() -> LauncherOptions.parse("--replicas", "0")).hasMessage("--replicas must be between 1 and 5: 0");
        assertThatThrownBy(() -> LauncherOptions.parse("--replicas", "6")).hasMessageContaining("between 1 and 5");
        assertThatThrownBy(() -> LauncherOptions.parse("--replicas", "two")).hasMessageContaining("needs a number");
        assertThatThrownBy(() -> LauncherOptions.parse("--scale", "gateway")).hasMessageContaining("service=count");
        assertThatThrownBy(() -> LauncherOptions.parse("--scale", "gateway=9"))
                .hasMessage("--scale gateway must be between 1 and 5: 9");
    }

    @Test
    void rejectsWhatItDoesNotUnderstand() {
        assertThatThrownBy(() -> LauncherOptions.parse("--bogus")).hasMessage("unknown option --bogus");
        assertThatThrownBy(() -> LauncherOptions.parse("--only")).hasMessage("--only needs a value");
        assertThatThrownBy(() -> LauncherOptions.parse("--only", "--skip", "x")).hasMessage("--only needs a value");
        assertThatThrownBy(() -> LauncherOptions.parse("--skip", " , ")).hasMessageContaining("empty component list");
        assertThatThrownBy(() -> LauncherOptions.parse("--timeout", "soon")).hasMessageContaining("positive number");
        assertThatThrownBy(() -> LauncherOptions.parse("--timeout", "0")).hasMessageContaining("positive number");
    }
}
