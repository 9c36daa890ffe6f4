package dev.commerce.order.order.application;

import dev.commerce.order.order.domain.IdempotencyKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** @param idempotencyKey the client's key for this intended order; empty when it sent none */
public record PlaceOrderCommand(long customerId, List<RequestedLine> lines, Optional<IdempotencyKey> idempotencyKey) {

    public PlaceOrderCommand {
        lines = List.copyOf(lines);
    }

    public PlaceOrderCommand(long customerId, List<RequestedLine> lines) {
        this(customerId, lines, Optional.empty());
    }

    /** What must match when a key is used again: the same customer ordering the same lines, in the same order. */
    public String fingerprint() {
        String canonical = customerId + "|" + lines.stream().map(line -> line.itemId() + "x" + line.quantity())
                .collect(Collectors.joining(","));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
