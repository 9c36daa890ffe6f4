package dev.commerce.chatbot.nlu.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the editable NLU data files (YAML): training utterances, item aliases and counters, catalogue seed. */
public final class NluResources {

    private NluResources() {
    }

    /** {@code intents: {name: [utterance, ...]}}, in file order. */
    public static Map<String, List<String>> trainingExamples(Resource resource) {
        Map<String, Object> root = load(resource);
        Map<String, List<String>> examples = new LinkedHashMap<>();
        mapOf(root.get("intents"), resource, "intents").forEach((intent, utterances) ->
                examples.put(intent, stringsOf(utterances, resource, "intents." + intent)));
        if (examples.isEmpty()) {
            throw new IllegalStateException(resource.getDescription() + ": no intents");
        }
        return examples;
    }

    /** {@code item-aliases: {canonical name: [alias, ...]}}. */
    public static Map<String, List<String>> itemAliases(Resource resource) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        Object section = load(resource).get("item-aliases");
        if (section != null) {
            mapOf(section, resource, "item-aliases").forEach((name, list) ->
                    aliases.put(name, list == null ? List.of() : stringsOf(list, resource, "item-aliases." + name)));
        }
        return aliases;
    }

    /** {@code concepts: {concept: [word, ...]}}. */
    public static Map<String, List<String>> concepts(Resource resource) {
        Map<String, List<String>> concepts = new LinkedHashMap<>();
        mapOf(load(resource).get("concepts"), resource, "concepts").forEach((concept, words) ->
                concepts.put(concept, stringsOf(words, resource, "concepts." + concept)));
        return concepts;
    }

    /** {@code quantity-counters: [개, 잔, 세트, ...]}. */
    public static List<String> quantityCounters(Resource resource) {
        return stringsOf(load(resource).get("quantity-counters"), resource, "quantity-counters");
    }

    /** {@code items: [name, ...]}: the catalogue used until item-service answers. */
    public static List<String> catalogueSeed(Resource resource) {
        return stringsOf(load(resource).get("items"), resource, "items");
    }

    private static Map<String, Object> load(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return mapOf(root, resource, "(root)");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource.getDescription(), e);
        }
    }

    private static Map<String, Object> mapOf(Object value, Resource resource, String path) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new IllegalStateException(resource.getDescription() + ": " + path + " must be a mapping");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    private static List<String> stringsOf(Object value, Resource resource, String path) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalStateException(resource.getDescription() + ": " + path + " must be a list");
        }
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            if (item == null || String.valueOf(item).isBlank()) {
                throw new IllegalStateException(resource.getDescription() + ": " + path + " has an empty entry");
            }
            out.add(String.valueOf(item).strip());
        }
        return out;
    }
}
