package dev.commerce.customer.preference.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.commerce.customer.preference.domain.CategoryScore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
public class PreferenceService {

    private final CategoryPreferences preferences;

    public PreferenceService(CategoryPreferences preferences) {
        this.preferences = preferences;
    }

    /**
     * Records what an order bought: each line adds its quantity to its category. Runs inside the transaction that
     * marks the order event processed, so a redelivered event never counts twice.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordPurchase(long customerId, List<CategoryScore> lines) {
        Map<String, Long> byCategory = new LinkedHashMap<>();
        for (CategoryScore line : lines) {
            String category = CategoryScore.normalise(line.category());
            if (category != null && !category.isEmpty() && line.score() > 0) {
                byCategory.merge(category, line.score(), Long::sum);
            }
        }
        if (!byCategory.isEmpty()) {
            preferences.add(customerId, byCategory.entrySet().stream()
                    .map(entry -> new CategoryScore(entry.getKey(), entry.getValue())).toList());
        }
    }

    @Transactional(readOnly = true)
    public List<CategoryScore> ranked(long customerId) {
        return preferences.ranked(customerId);
    }

    @Transactional(readOnly = true)
    public Set<Long> customersPreferring(String category) {
        return preferences.customersPreferring(CategoryScore.normalise(category), CategoryScore.PREFERRED_TOP);
    }
}
