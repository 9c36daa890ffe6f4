package dev.commerce.launcher;

import dev.commerce.launcher.component.Component;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What {@link Platform#start(PlatformSpec)} starts and where. Defaults: the components of
 * {@link PlatformComponents#defaults(Map)}, data under {@code <repositoryRoot>/.platform}, the embedded default
 * profile, 180 s per component.
 */
public record PlatformSpec(Path repositoryRoot, Path dataDir, List<Component> components, Set<String> only,
                           Set<String> skip, Optional<String> profile, Duration startTimeout,
                           Map<String, String> environment, Replicas replicas, Consumer<String> progress) {

    public static Builder builder(Path repositoryRoot) {
        return new Builder(repositoryRoot.toAbsolutePath().normalize());
    }

    public static final class Builder {
        private final Path repositoryRoot;
        private Path dataDir;
        private List<Component> components;
        private Set<String> only = Set.of();
        private Set<String> skip = Set.of();
        private Optional<String> profile = Optional.empty();
        private Duration startTimeout = Duration.ofSeconds(180);
        private Map<String, String> environment = System.getenv();
        private Consumer<String> progress = message -> { };
        private Replicas replicas = Replicas.one();

        private Builder(Path repositoryRoot) {
            this.repositoryRoot = repositoryRoot;
        }

        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir.toAbsolutePath().normalize();
            return this;
        }

        public Builder components(List<Component> components) {
            this.components = List.copyOf(components);
            return this;
        }

        /** Start only these (and what they depend on). */
        public Builder only(Set<String> names) {
            this.only = Set.copyOf(names);
            return this;
        }

        /** Never start these; whoever depends on them expects them to run elsewhere. */
        public Builder skip(Set<String> names) {
            this.skip = Set.copyOf(names);
            return this;
        }

        public Builder profile(String profile) {
            this.profile = Optional.ofNullable(profile).filter(value -> !value.isBlank());
            return this;
        }

        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = startTimeout;
            return this;
        }

        /** The environment port overrides are read from; the launcher's own by default. */
        public Builder environment(Map<String, String> environment) {
            this.environment = Map.copyOf(environment);
            return this;
        }

        /** How many instances of each service start; one each by default. */
        public Builder replicas(Replicas replicas) {
            this.replicas = replicas;
            return this;
        }

        /** Progress lines ("starting item-service", "item-service ready"); silent by default. */
        public Builder progress(Consumer<String> progress) {
            this.progress = progress;
            return this;
        }

        public PlatformSpec build() {
            return new PlatformSpec(repositoryRoot, dataDir != null ? dataDir : repositoryRoot.resolve(".platform"),
                    components != null ? components : PlatformComponents.defaults(environment), only, skip, profile,
                    startTimeout, environment, replicas, progress);
        }
    }
}
