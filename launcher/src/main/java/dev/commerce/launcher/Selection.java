package dev.commerce.launcher;

import dev.commerce.launcher.component.Component;
import dev.commerce.launcher.component.LaunchContext;
import dev.commerce.launcher.process.StartupException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which components start: {@code --only} plus what they depend on, minus {@code --skip}, minus what is not built
 * yet (and whatever needs something that is not built).
 *
 * @param toStart in catalogue order, which puts every dependency before its dependents
 * @param skipped component → why it does not start
 */
record Selection(List<Component> toStart, Map<String, String> skipped) {

    static Selection resolve(List<Component> catalog, Set<String> only, Set<String> skip, LaunchContext context) {
        Map<String, Component> byName = new LinkedHashMap<>();
        catalog.forEach(component -> byName.put(component.name(), component));
        requireKnown(byName, only, "--only");
        requireKnown(byName, skip, "--skip");
        requireOrdered(catalog, byName);

        Set<String> wanted = only.isEmpty() ? new HashSet<>(byName.keySet()) : withDependencies(only, byName);
        Map<String, String> skipped = new LinkedHashMap<>();
        List<Component> toStart = new ArrayList<>();
        for (Component component : catalog) {
            if (skip.contains(component.name())) {
                skipped.put(component.name(), "skipped with --skip");
                continue;
            }
            if (!wanted.contains(component.name())) {
                continue;
            }
            String blockedBy = component.dependsOn().stream()
                    .filter(dependency -> skipped.containsKey(dependency) && !skip.contains(dependency))
                    .collect(Collectors.joining(", "));
            if (!blockedBy.isEmpty()) {
                skipped.put(component.name(), "needs " + blockedBy + ", which does not start");
                continue;
            }
            component.unavailableReason(context).ifPresentOrElse(
                    reason -> skipped.put(component.name(), reason), () -> toStart.add(component));
        }
        return new Selection(List.copyOf(toStart), skipped);
    }

    private static Set<String> withDependencies(Set<String> names, Map<String, Component> byName) {
        Set<String> all = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(names);
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (all.add(name)) {
                todo.addAll(byName.get(name).dependsOn());
            }
        }
        return all;
    }

    private static void requireKnown(Map<String, Component> byName, Set<String> names, String option) {
        for (String name : names) {
            if (!byName.containsKey(name)) {
                throw new StartupException("unknown component '" + name + "' in " + option + "; known: "
                        + String.join(", ", byName.keySet()));
            }
        }
    }

    private static void requireOrdered(List<Component> catalog, Map<String, Component> byName) {
        Set<String> seen = new HashSet<>();
        for (Component component : catalog) {
            for (String dependency : component.dependsOn()) {
                if (!byName.containsKey(dependency) || !seen.contains(dependency)) {
                    throw new IllegalArgumentException(component.name() + " depends on " + dependency
                            + ", which must be declared before it");
                }
            }
            seen.add(component.name());
        }
    }
}
