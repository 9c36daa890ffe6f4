package dev.commerce.chatbot.nlu.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Scores an utterance against every intent and applies the fallback rule: when the best real intent's
 * probability is below the threshold, the answer is {@code fallback}, with confidence {@code 1 - p(best)}
 * (how sure the model is that the utterance is none of the known intents). The ranking always carries the
 * raw probabilities, best first.
 */
public final class IntentClassifier {

    private final FeatureExtractor features;
    private final SoftmaxClassifier model;
    private final double threshold;

    public IntentClassifier(FeatureExtractor features, SoftmaxClassifier model, double threshold) {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("confidence threshold must be within [0, 1]: " + threshold);
        }
        this.features = features;
        this.model = model;
        this.threshold = threshold;
    }

    public Prediction classify(String utterance, List<EntityMention> entities) {
        Map<String, Double> vector = features.features(utterance, entities);
        double[] probabilities = model.probabilities(vector);
        List<IntentScore> ranking = new ArrayList<>();
        for (int k = 0; k < probabilities.length; k++) {
            ranking.add(new IntentScore(model.labels().get(k), round(probabilities[k])));
        }
        ranking.sort(Comparator.comparingDouble(IntentScore::confidence).reversed());
        IntentScore best = ranking.get(0);
        if (Intents.FALLBACK.equals(best.name())) {
            return new Prediction(best, ranking);
        }
        if (best.confidence() < threshold) {
            return new Prediction(new IntentScore(Intents.FALLBACK, round(1 - best.confidence())), ranking);
        }
        return new Prediction(best, ranking);
    }

    public double threshold() {
        return threshold;
    }

    public int featureCount() {
        return model.featureCount();
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    public record Prediction(IntentScore intent, List<IntentScore> ranking) {
    }
}
