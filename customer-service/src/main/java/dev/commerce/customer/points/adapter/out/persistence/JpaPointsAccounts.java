package dev.commerce.customer.points.adapter.out.persistence;

import java.time.Clock;
import java.util.Optional;

import dev.commerce.customer.points.application.PointsAccounts;
import dev.commerce.customer.points.domain.PointsAccount;

import org.springframework.stereotype.Repository;

@Repository
class JpaPointsAccounts implements PointsAccounts {

    private final PointsAccountJpaRepository repository;
    private final Clock clock;

    JpaPointsAccounts(PointsAccountJpaRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public Optional<PointsAccount> lock(long customerId) {
        return repository.findForUpdate(customerId).map(JpaPointsAccounts::toDomain);
    }

    @Override
    public Optional<PointsAccount> find(long customerId) {
        return repository.findById(customerId).map(JpaPointsAccounts::toDomain);
    }

    @Override
    public void update(PointsAccount account) {
        // the entity is managed: it was loaded (and locked) earlier in this transaction
        var entity = repository.findById(account.customerId())
                .orElseThrow(() -> new IllegalStateException("Account vanished: " + account.customerId()));
        entity.apply(account.balance(), account.lifetime(), account.grade(), clock.instant());
    }

    private static PointsAccount toDomain(PointsAccountEntity entity) {
        return new PointsAccount(entity.customerId(), entity.balance(), entity.lifetime(), entity.grade());
    }
}
