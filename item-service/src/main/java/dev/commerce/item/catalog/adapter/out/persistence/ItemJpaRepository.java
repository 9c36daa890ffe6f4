package dev.commerce.item.catalog.adapter.out.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import dev.commerce.item.catalog.domain.Item;

interface ItemJpaRepository extends JpaRepository<ItemEntity, Long>, JpaSpecificationExecutor<ItemEntity> {

    Optional<ItemEntity> findBySku(String sku);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from ItemEntity i where i.id = :id")
    Optional<ItemEntity> findLockedById(@Param("id") long id);

    @Query("""
            select new dev.commerce.item.catalog.domain.Item(i.id, i.sku, i.name, i.category, i.price, i.stock, i.points)
            from ItemEntity i where i.id in :ids""")
    List<Item> findCurrent(@Param("ids") Collection<Long> ids);

    /** The stock check and the decrement are one statement, so concurrent takers can never overdraw. */
    @Modifying
    @Query("""
            update ItemEntity i set i.stock = i.stock - :quantity, i.version = i.version + 1
            where i.id = :id and i.stock >= :quantity""")
    int takeStock(@Param("id") long id, @Param("quantity") int quantity);

    @Modifying
    @Query("update ItemEntity i set i.stock = i.stock + :quantity, i.version = i.version + 1 where i.id = :id")
    int giveBackStock(@Param("id") long id, @Param("quantity") int quantity);

    /** A scalar projection reads the row itself, never an entity the persistence context may hold stale. */
    @Query("""
            select new dev.commerce.item.catalog.domain.Item(i.id, i.sku, i.name, i.category, i.price, i.stock, i.points)
            from ItemEntity i where i.id = :id""")
    Optional<Item> findCurrent(@Param("id") long id);
}
