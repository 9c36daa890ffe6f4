package dev.commerce.chatbot.nlu.application;

import dev.commerce.chatbot.nlu.domain.ItemMatcher;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The item names the NLU recognises, swapped atomically when a refresh brings a new list. Until
 * item-service has answered once, the names come from the bundled seed (the demo catalogue).
 */
public class Catalogue {

    public enum Source { SEED, ITEM_SERVICE }

    public record Status(Source source, int names, Instant updatedAt, Instant lastFailureAt, String lastFailure) {
    }

    private record Snapshot(List<String> names, Source source, Instant updatedAt, ItemMatcher matcher) {
    }

    private final Map<String, List<String>> aliases;
    private final ItemMatcher.Settings settings;
    private final Clock clock;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();
    private volatile Instant lastFailureAt;
    private volatile String lastFailure;

    public Catalogue(List<String> seed, Map<String, List<String>> aliases, ItemMatcher.Settings settings, Clock clock) {
        this.aliases = Map.copyOf(aliases);
        this.settings = settings;
        this.clock = clock;
        current.set(snapshot(seed, Source.SEED));
    }

    public ItemMatcher matcher() {
        return current.get().matcher();
    }

    public List<String> names() {
        return current.get().names();
    }

    public void replace(List<String> names) {
        current.set(snapshot(names, Source.ITEM_SERVICE));
    }

    public void recordFailure(String reason) {
        lastFailureAt = clock.instant();
        lastFailure = reason;
    }

    public Status status() {
        Snapshot snapshot = current.get();
        return new Status(snapshot.source(), snapshot.names().size(), snapshot.updatedAt(), lastFailureAt, lastFailure);
    }

    private Snapshot snapshot(List<String> names, Source source) {
        List<String> distinct = names.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
        return new Snapshot(distinct, source, clock.instant(), new ItemMatcher(distinct, aliases, settings));
    }
}
