package dev.commerce.chatbot.nlu.application;

import dev.commerce.chatbot.nlu.domain.EntityRecognizer;
import dev.commerce.chatbot.nlu.domain.FeatureExtractor;
import dev.commerce.chatbot.nlu.domain.IntentClassifier;
import dev.commerce.chatbot.nlu.domain.ItemMatcher;
import dev.commerce.chatbot.nlu.domain.SoftmaxClassifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Trains the intent classifier from the training file at start-up, and evaluates it on a held-out part of
 * the same file (a stratified split with a fixed seed, so the reported accuracy is reproducible).
 */
public class IntentModelTrainer {

    private final FeatureExtractor features;
    private final EntityRecognizer entities;
    private final SoftmaxClassifier.Hyperparameters hyperparameters;

    public IntentModelTrainer(FeatureExtractor features, EntityRecognizer entities,
                              SoftmaxClassifier.Hyperparameters hyperparameters) {
        this.features = features;
        this.entities = entities;
        this.hyperparameters = hyperparameters;
    }

    public IntentClassifier train(Map<String, List<String>> examples, ItemMatcher items, double threshold) {
        List<SoftmaxClassifier.Sample> samples = new ArrayList<>();
        examples.forEach((intent, utterances) -> utterances.forEach(utterance -> samples.add(
                new SoftmaxClassifier.Sample(intent, features.features(utterance, entities.recognise(utterance, items))))));
        return new IntentClassifier(features, SoftmaxClassifier.train(samples, hyperparameters), threshold);
    }

    public Evaluation evaluate(IntentClassifier classifier, Map<String, List<String>> heldOut, ItemMatcher items) {
        int total = 0;
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : heldOut.entrySet()) {
            for (String utterance : entry.getValue()) {
                total++;
                String predicted = classifier.classify(utterance, entities.recognise(utterance, items)).intent().name();
                if (!predicted.equals(entry.getKey())) {
                    errors.add(utterance + " -> " + predicted + " (expected " + entry.getKey() + ")");
                }
            }
        }
        return new Evaluation(total, total - errors.size(), errors);
    }

    /** Per intent, shuffles the utterances with {@code seed} and holds out {@code fraction} of them (at least one). */
    public static Split split(Map<String, List<String>> examples, double fraction, long seed) {
        Random random = new Random(seed);
        Map<String, List<String>> training = new LinkedHashMap<>();
        Map<String, List<String>> heldOut = new LinkedHashMap<>();
        examples.forEach((intent, utterances) -> {
            List<String> shuffled = new ArrayList<>(utterances);
            Collections.shuffle(shuffled, random);
            int held = Math.max(1, (int) Math.round(shuffled.size() * fraction));
            heldOut.put(intent, List.copyOf(shuffled.subList(0, held)));
            training.put(intent, List.copyOf(shuffled.subList(held, shuffled.size())));
        });
        return new Split(training, heldOut);
    }

    public record Split(Map<String, List<String>> training, Map<String, List<String>> heldOut) {
    }

    public record Evaluation(int total, int correct, List<String> errors) {
        public double accuracy() {
            return total == 0 ? 0 : (double) correct / total;
        }
    }
}
