package dev.commerce.launcher;

import static dev.commerce.launcher.testapp.TestServices.fakeBootJar;
import static dev.commerce.launcher.testapp.TestServices.plainJar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commerce.launcher.component.Component;
import dev.commerce.launcher.component.JavaService;
import dev.commerce.launcher.component.KafkaBrokerComponent;
import dev.commerce.launcher.process.StartupException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SelectionTest {

    @TempDir
    Path root;

    private List<Component> catalog;

    @BeforeEach
    void catalog() throws IOException {
        fakeBootJar(root, "item-service");
        fakeBootJar(root, "order-service");
        plainJar(root, "process-engine");
        catalog = List.of(
                new KafkaBrokerComponent(9092),
                JavaService.springBootModule("item-service", 8082).dependsOn("kafka"),
                JavaService.springBootModule("order-service", 8081).dependsOn("kafka"),
                JavaService.springBootModule("process-engine", 8090).dependsOn("kafka"),
                JavaService.springBootModule("chatbot-adapter", 8084).dependsOn("process-engine"));
    }

    private Selection select(Set<String> only, Set<String> skip) {
        PlatformSpec spec = PlatformSpec.builder(root).components(catalog).environment(Map.of()).build();
        return Selection.resolve(catalog, only, skip, Platform.context(spec));
    }

    private static List<String> names(Selection selection) {
        return selection.toStart().stream().map(Component::name).toList();
    }

    @Test
    void startsWhatIsBuiltAndSaysWhyTheRestIsNot() {
        Selection selection = select(Set.of(), Set.of());

        assertThat(names(selection)).containsExactly("kafka", "item-service", "order-service");
        assertThat(selection.skipped()).containsExactly(
                Map.entry("process-engine", "not built yet: no executable Spring Boot jar in process-engine/target"),
                Map.entry("chatbot-adapter", "needs process-engine, which does not start"));
    }

    @Test
    void onlyAddsWhatTheSelectedComponentsNeed() {
        assertThat(names(select(Set.of("order-service"), Set.of()))).containsExactly("kafka", "order-service");
    }

    @Test
    void aSkippedDependencyIsExpectedToRunElsewhere() {
        Selection selection = select(Set.of("order-service"), Set.of("kafka"));

        assertThat(names(selection)).containsExactly("order-service");
        assertThat(selection.skipped()).containsExactly(Map.entry("kafka", "skipped with --skip"));
    }

    @Test
    void unknownNamesAreRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> select(Set.of("orders"), Set.of()))
                .isInstanceOf(StartupException.class)
                .hasMessage("unknown component 'orders' in --only; known: kafka, item-service, order-service,"
                        + " process-engine, chatbot-adapter");
        assertThatThrownBy(() -> select(Set.of(), Set.of("kafak"))).hasMessageContaining("in --skip");
    }

    @Test
    void aCatalogueThatNamesADependencyAfterItsDependentIsAProgrammingError() {
        catalog = List.of(JavaService.springBootModule("item-service", 8082).dependsOn("kafka"),
                new KafkaBrokerComponent(9092));
        assertThatThrownBy(() -> select(Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("item-service depends on kafka, which must be declared before it");
    }
}
