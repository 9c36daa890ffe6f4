package dev.commerce.item.catalog.adapter.out.persistence;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    public Map<Long, Item> current(Collection<Long> ids) {
        return repository.findCurrent(ids).stream().collect(Collectors.toMap(Item::id, Function.identity()));
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
