package dev.commerce.item.catalog.adapter.out.persistence;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Repository;

import dev.commerce.item.catalog.application.ItemNotFoundException;
import dev.commerce.item.catalog.application.StockStore;
import dev.commerce.item.catalog.domain.Item;

@Repository
class StockPersistenceAdapter implements StockStore {

    private final ItemJpaRepository repository;

    StockPersistenceAdapter(ItemJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public Set<Long> existingIds(Collection<Long> ids) {
        return new HashSet<>(repository.findExistingIds(ids));
    }

    @Override
    public Optional<Item> take(long itemId, int quantity) {
        if (repository.takeStock(itemId, quantity) == 0) {
            return Optional.empty();
        }
        return repository.findCurrent(itemId);
    }

    @Override
    public Item giveBack(long itemId, int quantity) {
        if (repository.giveBackStock(itemId, quantity) == 0) {
            throw ItemNotFoundException.byId(itemId);
        }
        return repository.findCurrent(itemId).orElseThrow(() -> ItemNotFoundException.byId(itemId));
    }

    @Override
    public Optional<Item> current(long itemId) {
        return repository.findCurrent(itemId);
    }
}
