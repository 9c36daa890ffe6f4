package dev.commerce.chatbot.nlu.domain;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Domain vocabulary grouped by concept (delivery: 배송, 택배, 운송장, ...). The concepts present in an
 * utterance become classifier features, so synonyms missing from the training sentences still count.
 * Words are compared without spaces and in lower case, like the rest of the matching.
 */
public final class ConceptLexicon {

    private final Map<String, List<String>> words;

    public ConceptLexicon(Map<String, List<String>> concepts) {
        Map<String, List<String>> normalised = new LinkedHashMap<>();
        concepts.forEach((concept, list) -> normalised.put(concept, list.stream()
                .map(word -> NormalizedText.of(word).withoutWhitespace().text())
                .filter(word -> !word.isEmpty())
                .toList()));
        this.words = Map.copyOf(normalised);
    }

    public static ConceptLexicon empty() {
        return new ConceptLexicon(Map.of());
    }

    public Set<String> concepts(String compactText) {
        Set<String> found = new LinkedHashSet<>();
        words.forEach((concept, list) -> {
            if (list.stream().anyMatch(compactText::contains)) {
                found.add(concept);
            }
        });
        return found;
    }
}
