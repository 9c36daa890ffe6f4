package dev.commerce.launcher.component;

import static dev.commerce.launcher.testapp.TestServices.fakeBootJar;
import static dev.commerce.launcher.testapp.TestServices.plainJar;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringBootJarTest {

    @TempDir
    Path root;

    @Test
    void findsTheRepackagedJarOfTheModule() throws IOException {
        Path jar = fakeBootJar(root, "item-service");
        Files.writeString(jar.resolveSibling("item-service-0.1.0-SNAPSHOT-sources.jar"), "not a jar");

        assertThat(SpringBootJar.find(root.resolve("item-service"), "item-service")).hasValue(jar);
    }

    @Test
    void aSkeletonModulesPlainJarIsNotRunnable() throws IOException {
        plainJar(root, "gateway");

        assertThat(SpringBootJar.find(root.resolve("gateway"), "gateway")).isEmpty();
    }

    @Test
    void aModuleThatWasNeverBuiltHasNoJar() {
        assertThat(SpringBootJar.find(root.resolve("chatbot-adapter"), "chatbot-adapter")).isEmpty();
    }
}
