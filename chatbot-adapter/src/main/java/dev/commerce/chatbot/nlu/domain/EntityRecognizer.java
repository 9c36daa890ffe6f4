package dev.commerce.chatbot.nlu.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs the extractors in an order that keeps them from stepping on each other: order numbers first (they
 * contain digits), then catalogue items (names contain digits and counters: 원두 1kg, 드립백 세트), then
 * quantities on what is left.
 */
public final class EntityRecognizer {

    private final OrderNumberExtractor orderNumbers;
    private final QuantityExtractor quantities;

    public EntityRecognizer(OrderNumberExtractor orderNumbers, QuantityExtractor quantities) {
        this.orderNumbers = orderNumbers;
        this.quantities = quantities;
    }

    public List<EntityMention> recognise(String utterance, ItemMatcher items) {
        NormalizedText text = NormalizedText.of(utterance);
        List<EntityMention> found = new ArrayList<>(orderNumbers.extract(text));
        found.addAll(items.find(text, found));
        found.addAll(quantities.extract(text, found));
        found.sort(Comparator.comparingInt(EntityMention::start));
        return found;
    }

    public OrderNumberExtractor orderNumbers() {
        return orderNumbers;
    }
}
