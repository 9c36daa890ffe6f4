package dev.commerce.item.catalog.application;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import dev.commerce.item.catalog.domain.Item;

/**
 * Atomic stock movements. Callers lock rows in ascending item id order to stay free of deadlocks.
 * Reads answer the committed-or-own current row, never a cached copy.
 */
public interface StockStore {

    /** The current rows of those of the ids that exist, by id; nothing is locked. */
    Map<Long, Item> current(Collection<Long> ids);

    /** Takes the quantity if that much is left and answers the item afterwards; empty when short. */
    Optional<Item> take(long itemId, int quantity);

    Item giveBack(long itemId, int quantity);

    Optional<Item> current(long itemId);
}
