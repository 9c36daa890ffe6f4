package dev.commerce.item.catalog.application;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.commerce.item.catalog.domain.Item;
import dev.commerce.item.catalog.domain.ItemChanges;
import dev.commerce.item.catalog.domain.ItemDraft;
import dev.commerce.item.catalog.domain.ItemQuery;
import dev.commerce.item.catalog.domain.ItemUpdate;
import dev.commerce.item.catalog.domain.StockChangeReason;

@Service
public class CatalogService {

    private final ItemStore items;
    private final StockEvents stockEvents;

    public CatalogService(ItemStore items, StockEvents stockEvents) {
        this.items = items;
        this.stockEvents = stockEvents;
    }

    @Transactional(readOnly = true)
    public Item get(long id) {
        return items.findById(id).orElseThrow(() -> ItemNotFoundException.byId(id));
    }

    @Transactional(readOnly = true)
    public Item getBySku(String sku) {
        return items.findBySku(sku).orElseThrow(() -> ItemNotFoundException.bySku(sku));
    }

    @Transactional(readOnly = true)
    public Page<Item> search(ItemQuery query, int page, int size) {
        return items.search(query, page, size);
    }

    /** A new item's opening stock is announced as an adjustment, so stock consumers see every unit. */
    @Transactional
    public Item create(ItemDraft draft) {
        Item created = items.create(draft);
        stockEvents.changed(created, created.stock(), StockChangeReason.ADJUSTED, null);
        return created;
    }

    @Transactional
    public Item update(long id, ItemChanges changes) {
        ItemUpdate update = items.update(id, changes).orElseThrow(() -> ItemNotFoundException.byId(id));
        stockEvents.changed(update.after(), update.stockDelta(), StockChangeReason.ADJUSTED, null);
        return update.after();
    }
}
