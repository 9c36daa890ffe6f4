package dev.commerce.customer.preference.adapter.in.web;

import java.util.List;

import dev.commerce.customer.preference.domain.CategoryScore;

/**
 * {@code categories} ordered by score, highest first. The first {@link CategoryScore#PREFERRED_TOP} (ties
 * included) are the preferred categories that {@code GET /api/customers?category=} matches.
 */
public record PreferencesResponse(List<Entry> categories) {

    public record Entry(String category, long score) {
    }

    static PreferencesResponse from(List<CategoryScore> ranked) {
        return new PreferencesResponse(ranked.stream().map(score -> new Entry(score.category(), score.score()))
                .toList());
    }
}
