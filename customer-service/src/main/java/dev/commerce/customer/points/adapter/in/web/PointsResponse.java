package dev.commerce.customer.points.adapter.in.web;

import java.time.Instant;
import java.util.List;

import dev.commerce.customer.customer.domain.Grade;
import dev.commerce.customer.points.domain.LedgerEntry;
import dev.commerce.customer.points.domain.PointsStatement;

/** {@code ledger} newest first. */
public record PointsResponse(long balance, long lifetime, Grade grade, List<Entry> ledger) {

    public record Entry(String eventId, long delta, String reason, Instant at) {

        static Entry from(LedgerEntry entry) {
            return new Entry(entry.eventId(), entry.delta(), entry.reason(), entry.at());
        }
    }

    static PointsResponse from(PointsStatement statement) {
        var account = statement.account();
        return new PointsResponse(account.balance(), account.lifetime(), account.grade(),
                statement.ledger().stream().map(Entry::from).toList());
    }
}
