package dev.commerce.chatbot.nlu.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds order numbers written as {@code ORD-20261120-0001}, {@code ord202611200001},
 * {@code ORD 20261120 0001} or {@code ORD_20261120-0001} and normalises them to
 * {@code ORD-yyyyMMdd-NNNN}. The date part must be a real calendar date, so random digit strings after
 * "ord" are not taken for order numbers.
 */
public final class OrderNumberExtractor {

    private static final Pattern ORDER_NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9])ORD[\\s_-]?(\\d{8})[\\s_-]?(\\d{4,6})(?!\\d)", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);

    public List<EntityMention> extract(NormalizedText text) {
        List<EntityMention> found = new ArrayList<>();
        Matcher matcher = ORDER_NUMBER.matcher(text.text());
        while (matcher.find()) {
            if (isDate(matcher.group(1))) {
                String value = "ORD-" + matcher.group(1) + "-" + matcher.group(2);
                found.add(new EntityMention(EntityMention.ORDER_NUMBER, value,
                        text.originalStart(matcher.start()), text.originalEnd(matcher.end())));
            }
        }
        return found;
    }

    /** Normalises a value that should be nothing but an order number (e.g. an Open Builder parameter). */
    public Optional<String> normalise(String candidate) {
        if (candidate == null) {
            return Optional.empty();
        }
        Matcher matcher = ORDER_NUMBER.matcher(candidate.strip());
        if (matcher.matches() && isDate(matcher.group(1))) {
            return Optional.of("ORD-" + matcher.group(1) + "-" + matcher.group(2));
        }
        return Optional.empty();
    }

    private static boolean isDate(String digits) {
        try {
            LocalDate.parse(digits, DATE);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
