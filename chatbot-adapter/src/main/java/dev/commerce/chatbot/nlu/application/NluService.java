package dev.commerce.chatbot.nlu.application;

import dev.commerce.chatbot.nlu.domain.EntityMention;
import dev.commerce.chatbot.nlu.domain.EntityRecognizer;
import dev.commerce.chatbot.nlu.domain.IntentClassifier;
import dev.commerce.chatbot.nlu.domain.NluResult;
import java.util.List;
import java.util.Optional;

/** Parses an utterance: entities first (their presence is a classifier feature), then the intent. */
public class NluService {

    private final EntityRecognizer entities;
    private final Catalogue catalogue;
    private final IntentClassifier classifier;
    private final int maxUtteranceLength;

    public NluService(EntityRecognizer entities, Catalogue catalogue, IntentClassifier classifier, int maxUtteranceLength) {
        this.entities = entities;
        this.catalogue = catalogue;
        this.classifier = classifier;
        this.maxUtteranceLength = maxUtteranceLength;
    }

    /** Only the first {@code maxUtteranceLength} characters are analysed; offsets stay valid for the full text. */
    public NluResult parse(String text) {
        String utterance = prefix(text);
        List<EntityMention> found = entities.recognise(utterance, catalogue.matcher());
        IntentClassifier.Prediction prediction = classifier.classify(utterance, found);
        return new NluResult(prediction.intent(), found, prediction.ranking());
    }

    public Optional<String> normaliseOrderNumber(String candidate) {
        return entities.orderNumbers().normalise(candidate);
    }

    /** The canonical catalogue name in a short text (e.g. an Open Builder parameter), if there is one. */
    public Optional<String> recogniseItem(String text) {
        return entities.recognise(prefix(text), catalogue.matcher()).stream()
                .filter(e -> EntityMention.ITEM.equals(e.entity()))
                .map(e -> String.valueOf(e.value()))
                .findFirst();
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    private String prefix(String text) {
        if (text.length() <= maxUtteranceLength) {
            return text;
        }
        int end = maxUtteranceLength;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
