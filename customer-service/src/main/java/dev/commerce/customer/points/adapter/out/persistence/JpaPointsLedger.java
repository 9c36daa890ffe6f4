package dev.commerce.customer.points.adapter.out.persistence;

import java.util.List;

import dev.commerce.customer.points.application.PointsLedger;
import dev.commerce.customer.points.domain.LedgerEntry;
import dev.commerce.customer.points.domain.LedgerKind;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Repository;

@Repository
class JpaPointsLedger implements PointsLedger {

    private final LedgerEntryJpaRepository repository;

    JpaPointsLedger(LedgerEntryJpaRepository repository) {
        this.repository = repository;
    }

    @Override
    public void append(LedgerEntry entry) {
        repository.save(LedgerEntryEntity.from(entry));
    }

    @Override
    public boolean hasEntry(long customerId, String orderNumber, LedgerKind kind) {
        return repository.existsByCustomerIdAndOrderNumberAndKind(customerId, orderNumber, kind);
    }

    @Override
    public long lifetimeHeldBy(long customerId, String orderNumber) {
        return repository.sumLifetimeDelta(customerId, orderNumber);
    }

    @Override
    public List<LedgerEntry> latest(long customerId, int limit) {
        return repository.findByCustomerIdOrderByIdDesc(customerId, Limit.of(limit)).stream()
                .map(LedgerEntryEntity::toDomain)
                .toList();
    }
}
