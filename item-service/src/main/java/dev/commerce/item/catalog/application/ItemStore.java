package dev.commerce.item.catalog.application;

import java.util.Optional;

import org.springframework.data.domain.Page;

import dev.commerce.item.catalog.domain.Item;
import dev.commerce.item.catalog.domain.ItemChanges;
import dev.commerce.item.catalog.domain.ItemDraft;
import dev.commerce.item.catalog.domain.ItemQuery;
import dev.commerce.item.catalog.domain.ItemUpdate;

public interface ItemStore {

    Optional<Item> findById(long id);

    Optional<Item> findBySku(String sku);

    /** Pages through the matching items in id order. */
    Page<Item> search(ItemQuery query, int page, int size);

    /** @throws DuplicateSkuException when the sku is taken */
    Item create(ItemDraft draft);

    /** Applies the changes under a row lock, so the stock delta is exact even while reservations run. */
    Optional<ItemUpdate> update(long id, ItemChanges changes);
}
