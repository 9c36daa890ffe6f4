package dev.commerce.customer.points.application;

import java.util.List;

import dev.commerce.customer.points.domain.LedgerEntry;
import dev.commerce.customer.points.domain.LedgerKind;

public interface PointsLedger {

    void append(LedgerEntry entry);

    boolean hasEntry(long customerId, String orderNumber, LedgerKind kind);

    /** Lifetime points an order still contributes: what it credited minus what was reversed already. */
    long lifetimeHeldBy(long customerId, String orderNumber);

    List<LedgerEntry> latest(long customerId, int limit);
}
