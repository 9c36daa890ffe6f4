package dev.commerce.customer.points.application;

import java.util.Optional;

import dev.commerce.customer.points.domain.PointsAccount;

public interface PointsAccounts {

    /** Reads the account and holds a write lock on it until the transaction ends. */
    Optional<PointsAccount> lock(long customerId);

    Optional<PointsAccount> find(long customerId);

    /** Stores the new state of an account locked in the current transaction. */
    void update(PointsAccount account);
}
