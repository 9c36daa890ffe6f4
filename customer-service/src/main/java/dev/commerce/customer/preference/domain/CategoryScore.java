package dev.commerce.customer.preference.domain;

import java.util.Locale;

/** How much a customer has bought of a category: the sum of ordered quantities of its items. */
public record CategoryScore(String category, long score) {

    /** Top this many categories by score count as a customer's preferred categories. */
    public static final int PREFERRED_TOP = 3;

    /** Catalogue categories are lower-case words ({@code coffee}, {@code beans}); compare them that way. */
    public static String normalise(String category) {
        return category == null ? null : category.trim().toLowerCase(Locale.ROOT);
    }
}
