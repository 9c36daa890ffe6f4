package dev.commerce.chatbot.nlu.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an utterance into the sparse feature vector the intent classifier sees. Four groups, each scaled
 * to unit length and then weighted, so a long utterance does not drown the others:
 * <ul>
 *   <li>{@code m:} Nori morphemes (재고, 있, 어요, 배송) — the meaning-bearing units;</li>
 *   <li>{@code b:} adjacent morpheme pairs (배송+조회) — short phrases;</li>
 *   <li>{@code c:} character 2- and 3-grams of the text without spaces — robust to typos, missing spaces and
 *       words the dictionary does not know (잇어요, 쿠폰함);</li>
 *   <li>{@code e:} the entity types present (an item, an order number, a quantity) — generalises over
 *       catalogue names never seen in training;</li>
 *   <li>{@code k:} the concepts of the domain lexicon present (delivery, promotion, ...) — generalises over
 *       synonyms never seen in training.</li>
 * </ul>
 */
public final class FeatureExtractor {

    private final MorphemeAnalyzer analyzer;
    private final ConceptLexicon lexicon;
    private final Weights weights;

    /** Relative weight of each feature group (each group is first scaled to unit length). */
    public record Weights(double morphemes, double bigrams, double characters, double entities, double concepts) {
        public static Weights defaults() {
            return new Weights(1.0, 0.5, 0.8, 0.6, 1.0);
        }
    }

    public FeatureExtractor(MorphemeAnalyzer analyzer, ConceptLexicon lexicon) {
        this(analyzer, lexicon, Weights.defaults());
    }

    public FeatureExtractor(MorphemeAnalyzer analyzer, ConceptLexicon lexicon, Weights weights) {
        this.analyzer = analyzer;
        this.lexicon = lexicon;
        this.weights = weights;
    }

    public Map<String, Double> features(String utterance, List<EntityMention> entities) {
        NormalizedText normalized = NormalizedText.of(utterance);
        Map<String, Double> features = new HashMap<>();
        List<String> morphemes = analyzer.morphemes(normalized.text());
        Map<String, Double> unigrams = new HashMap<>();
        Map<String, Double> bigrams = new HashMap<>();
        for (int i = 0; i < morphemes.size(); i++) {
            unigrams.put("m:" + morphemes.get(i), 1.0);
            if (i > 0) {
                bigrams.put("b:" + morphemes.get(i - 1) + "+" + morphemes.get(i), 1.0);
            }
        }
        Map<String, Double> grams = new HashMap<>();
        String compact = normalized.withoutWhitespace().text();
        for (int n = 2; n <= 3; n++) {
            for (int i = 0; i + n <= compact.length(); i++) {
                grams.put("c:" + compact.substring(i, i + n), 1.0);
            }
        }
        if (compact.length() == 1) {
            grams.put("c:" + compact, 1.0);
        }
        Map<String, Double> types = new HashMap<>();
        entities.forEach(e -> types.put("e:" + e.entity(), 1.0));
        Map<String, Double> concepts = new HashMap<>();
        lexicon.concepts(compact).forEach(concept -> concepts.put("k:" + concept, 1.0));
        addScaled(features, unigrams, weights.morphemes());
        addScaled(features, bigrams, weights.bigrams());
        addScaled(features, grams, weights.characters());
        addScaled(features, types, weights.entities());
        addScaled(features, concepts, weights.concepts());
        return features;
    }

    private static void addScaled(Map<String, Double> into, Map<String, Double> group, double weight) {
        if (group.isEmpty()) {
            return;
        }
        double scale = weight / Math.sqrt(group.size());
        group.forEach((feature, value) -> into.merge(feature, value * scale, Double::sum));
    }
}
