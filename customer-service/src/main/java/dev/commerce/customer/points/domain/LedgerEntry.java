package dev.commerce.customer.points.domain;

import java.time.Instant;

/**
 * One line of the append-only points ledger.
 *
 * @param eventId       the event that caused the entry (the order event id, or {@code opening-<id>})
 * @param delta         change of the balance
 * @param lifetimeDelta change of the lifetime total (differs from delta when a reversal met a short balance)
 */
public record LedgerEntry(long customerId, String eventId, LedgerKind kind, String orderNumber, long delta,
                          long lifetimeDelta, long balanceAfter, String reason, Instant at) {
}
