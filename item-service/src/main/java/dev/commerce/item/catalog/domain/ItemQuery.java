package dev.commerce.item.catalog.domain;

import java.util.Locale;

/**
 * Catalogue search. The name matches partially and ignores spaces and case, because customers type
 * "바닐라 라떼" as often as "바닐라라떼".
 */
public record ItemQuery(String name, String category) {

    public ItemQuery {
        name = blankToNull(name == null ? null : name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT));
        category = blankToNull(category == null ? null : category.strip().toLowerCase(Locale.ROOT));
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
