package dev.commerce.customer.points.domain;

import java.util.List;

/** Account state with the latest ledger entries, newest first. */
public record PointsStatement(PointsAccount account, List<LedgerEntry> ledger) {
}
