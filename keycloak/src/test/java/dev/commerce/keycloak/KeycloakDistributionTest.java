package dev.commerce.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakDistributionTest {

    @TempDir
    Path temp;

    @Test
    void knowsTheVersionOfTheRootPom() {
        assertThat(KeycloakDistribution.bundledVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void extractsTheArchiveOnceIntoTheWorkDirectory() throws Exception {
        Path archive = tinyDistribution();
        var distribution = new KeycloakDistribution("1.2.3", archive);

        Path home = distribution.installInto(temp.resolve("work"));
        Files.writeString(home.resolve("bin/kc.sh"), "changed");
        Path again = distribution.installInto(temp.resolve("work"));

        assertThat(home).isEqualTo(temp.resolve("work/keycloak-1.2.3").toAbsolutePath());
        assertThat(again).isEqualTo(home);
        assertThat(Files.readString(home.resolve("bin/kc.sh"))).isEqualTo("changed");
        assertThat(Files.isExecutable(home.resolve("bin/kc.sh"))).isTrue();
        try (var leftovers = Files.list(temp.resolve("work"))) {
            assertThat(leftovers.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".extract-"));
        }
    }

    @Test
    void usesAnExtractedDirectoryAsItIs() throws Exception {
        Path home = Files.createDirectories(temp.resolve("kc/bin"));
        Files.writeString(home.resolve("kc.sh"), "#!/bin/sh");

        assertThat(new KeycloakDistribution("1.2.3", temp.resolve("kc")).installInto(temp.resolve("work")))
                .isEqualTo(temp.resolve("kc"));
    }

    @Test
    void explainsHowToFetchAMissingDistribution() {
        String previous = System.getProperty(KeycloakDistribution.PROPERTY);
        System.setProperty(KeycloakDistribution.PROPERTY, temp.resolve("missing.tar.gz").toString());
        try {
            assertThatThrownBy(KeycloakDistribution::locate)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("missing.tar.gz")
                    .hasMessageContaining("./mvnw -pl keycloak");
        } finally {
            restore(previous);
        }
    }

    private Path tinyDistribution() throws Exception {
        Path root = Files.createDirectories(temp.resolve("src/keycloak-1.2.3/bin"));
        Path script = Files.writeString(root.resolve("kc.sh"), "#!/bin/sh\necho kc\n");
        script.toFile().setExecutable(true);
        Path archive = temp.resolve("dist.tar.gz");
        Process tar = new ProcessBuilder("tar", "-czf", archive.toString(), "-C", temp.resolve("src").toString(),
                "keycloak-1.2.3").inheritIO().start();
        assertThat(tar.waitFor()).isZero();
        return archive;
    }

    private static void restore(String previous) {
        if (previous == null) {
            System.clearProperty(KeycloakDistribution.PROPERTY);
        } else {
            System.setProperty(KeycloakDistribution.PROPERTY, previous);
        }
    }
}
