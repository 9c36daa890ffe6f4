package dev.commerce.chatbot.nlu.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Quantities are a number followed by a counter (3세트, 두 잔, 다섯 개, 열 개). A bare number is not a
 * quantity: "1kg" in an item name or a year would be misread. Text already claimed by an item or an order
 * number is skipped, so 드립백 세트 is never read as "100 sets".
 */
public final class QuantityExtractor {

    private static final int MAX_QUANTITY = 9999;

    private final Pattern pattern;

    public QuantityExtractor(Collection<String> counters) {
        String alternatives = counters.stream()
                .map(String::strip)
                .filter(counter -> !counter.isEmpty())
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        if (alternatives.isEmpty()) {
            throw new IllegalArgumentException("at least one quantity counter is required");
        }
        this.pattern = Pattern.compile("(?<number>\\d{1,4}|" + KoreanNumerals.REGEX + ")\\s?(?:" + alternatives + ")",
                Pattern.CASE_INSENSITIVE);
    }

    public List<EntityMention> extract(NormalizedText text, List<EntityMention> taken) {
        List<EntityMention> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text.text());
        int from = 0;
        while (from < text.length() && matcher.find(from)) {
            from = matcher.start() + 1;
            int start = text.originalStart(matcher.start());
            int end = text.originalEnd(matcher.end());
            String number = matcher.group("number");
            if (!startsWord(text, matcher.start(), number, start, taken) || overlapsAny(start, end, taken, found)) {
                continue;
            }
            OptionalInt value = KoreanNumerals.value(number);
            if (value.isPresent() && value.getAsInt() > 0 && value.getAsInt() <= MAX_QUANTITY) {
                found.add(new EntityMention(EntityMention.QUANTITY, value.getAsInt(), start, end));
                from = matcher.end();
            }
        }
        return found;
    }

    /** A Korean numeral glued to the previous word is part of that word (드립백, 하나은행), unless that word is an entity. */
    private static boolean startsWord(NormalizedText text, int index, String number, int originalStart,
                                      List<EntityMention> taken) {
        if (index == 0) {
            return true;
        }
        char before = text.text().charAt(index - 1);
        if (Character.isDigit(number.charAt(0))) {
            return !Character.isLetterOrDigit(before) || HangulJamo.isSyllable(before);
        }
        if (!Character.isLetterOrDigit(before)) {
            return true;
        }
        return taken.stream().anyMatch(mention -> mention.end() == originalStart);
    }

    private static boolean overlapsAny(int start, int end, List<EntityMention> taken, List<EntityMention> found) {
        return taken.stream().anyMatch(m -> m.overlaps(start, end)) || found.stream().anyMatch(m -> m.overlaps(start, end));
    }
}
