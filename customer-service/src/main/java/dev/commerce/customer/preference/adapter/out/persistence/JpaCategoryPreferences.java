package dev.commerce.customer.preference.adapter.out.persistence;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.commerce.customer.preference.application.CategoryPreferences;
import dev.commerce.customer.preference.domain.CategoryScore;

import org.springframework.stereotype.Repository;

@Repository
class JpaCategoryPreferences implements CategoryPreferences {

    private final CategoryPreferenceJpaRepository repository;
    private final Clock clock;

    JpaCategoryPreferences(CategoryPreferenceJpaRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void add(long customerId, List<CategoryScore> increments) {
        var now = clock.instant();
        for (CategoryScore increment : increments) {
            var id = new CategoryPreferenceId(customerId, increment.category());
            var entity = repository.findById(id).orElseGet(() -> new CategoryPreferenceEntity(id, now));
            entity.add(increment.score(), now);
            repository.save(entity);
        }
    }

    @Override
    public List<CategoryScore> ranked(long customerId) {
        return repository.ranked(customerId).stream()
                .map(entity -> new CategoryScore(entity.id().category(), entity.score()))
                .toList();
    }

    @Override
    public Set<Long> customersPreferring(String category, int top) {
        return new LinkedHashSet<>(repository.customersPreferring(category, top));
    }
}
