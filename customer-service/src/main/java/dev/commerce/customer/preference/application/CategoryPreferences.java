package dev.commerce.customer.preference.application;

import java.util.List;
import java.util.Set;

import dev.commerce.customer.preference.domain.CategoryScore;

public interface CategoryPreferences {

    /** Adds the scores to the customer's existing ones; the caller holds the customer's lock. */
    void add(long customerId, List<CategoryScore> increments);

    /** Highest score first, ties by category name. */
    List<CategoryScore> ranked(long customerId);

    /** Customers that have the category among their {@link CategoryScore#PREFERRED_TOP} (ties included). */
    Set<Long> customersPreferring(String category, int top);
}
