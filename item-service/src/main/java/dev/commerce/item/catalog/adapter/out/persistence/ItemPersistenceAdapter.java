package dev.commerce.item.catalog.adapter.out.persistence;

import java.util.Optional;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Repository;

import dev.commerce.item.catalog.application.DuplicateSkuException;
import dev.commerce.item.catalog.application.ItemStore;
import dev.commerce.item.catalog.domain.Item;
import dev.commerce.item.catalog.domain.ItemChanges;
import dev.commerce.item.catalog.domain.ItemDraft;
import dev.commerce.item.catalog.domain.ItemQuery;
import dev.commerce.item.catalog.domain.ItemUpdate;

@Repository
class ItemPersistenceAdapter implements ItemStore {

    private final ItemJpaRepository repository;

    ItemPersistenceAdapter(ItemJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Item> findById(long id) {
        return repository.findById(id).map(ItemEntity::toDomain);
    }

    @Override
    public Optional<Item> findBySku(String sku) {
        return repository.findBySku(sku).map(ItemEntity::toDomain);
    }

    @Override
    public Page<Item> search(ItemQuery query, int page, int size) {
        var pageable = PageRequest.of(page, size, Sort.by("id"));
        return repository.findAll(ItemSpecifications.matching(query), pageable).map(ItemEntity::toDomain);
    }

    @Override
    public Item create(ItemDraft draft) {
        if (repository.findBySku(draft.sku()).isPresent()) {
            throw new DuplicateSkuException(draft.sku());
        }
        try {
            return repository.saveAndFlush(new ItemEntity(draft)).toDomain();
        } catch (DataIntegrityViolationException raced) {
            // another request created the same sku between our check and our insert
            throw new DuplicateSkuException(draft.sku());
        }
    }

    @Override
    public Optional<ItemUpdate> update(long id, ItemChanges changes) {
        return repository.findLockedById(id).map(entity -> {
            Item before = entity.toDomain();
            entity.apply(changes);
            repository.flush();
            return new ItemUpdate(before, entity.toDomain());
        });
    }
}
