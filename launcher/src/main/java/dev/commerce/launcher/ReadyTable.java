package dev.commerce.launcher;

import dev.commerce.launcher.component.RunningComponent;
import java.util.Map;

/** The table printed once everything is ready: where each component answers, and where the logs are. */
final class ReadyTable {

    private ReadyTable() {
    }

    static String render(RunningPlatform platform) {
        StringBuilder table = new StringBuilder(System.lineSeparator());
        table.append(String.format("%-18s %-24s %-44s %s%n", "component", "url", "swagger ui", "health"));
        for (RunningComponent component : platform.components()) {
            Map<String, String> links = component.links();
            table.append(String.format("%-18s %-24s %-44s %s%n", component.name(), component.address(),
                    links.getOrDefault("swagger ui", "-"), links.getOrDefault("health", "-")));
            links.forEach((label, url) -> {
                if (!label.equals("swagger ui") && !label.equals("health")) {
                    table.append(String.format("%-18s %-24s %s%n", "", label, url));
                }
            });
        }
        platform.skipped().forEach((name, reason) ->
                table.append(String.format("%-18s skipped: %s%n", name, reason)));
        table.append(System.lineSeparator())
                .append("logs: ").append(platform.logsDir()).append(System.lineSeparator())
                .append("data: ").append(platform.dataDir()).append(System.lineSeparator())
                .append("Ctrl-C stops everything.").append(System.lineSeparator());
        return table.toString();
    }
}
