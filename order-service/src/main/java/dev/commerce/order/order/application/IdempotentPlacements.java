package dev.commerce.order.order.application;

import dev.commerce.order.order.domain.IdempotencyKey;
import dev.commerce.order.order.domain.Order;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What an Idempotency-Key means for a placement, on whichever replica the request lands: the key's order when an
 * earlier request placed it, a short wait when that request is still under way (a client or the gateway retrying
 * after a timeout reaches another replica while the first attempt runs), otherwise a claim for this attempt.
 */
@Component
public class IdempotentPlacements {

    private final IdempotencyKeys keys;
    private final Orders orders;
    private final IdempotencyProperties properties;
    private final Clock clock;

    public IdempotentPlacements(IdempotencyKeys keys, Orders orders, IdempotencyProperties properties, Clock clock) {
        this.keys = keys;
        this.orders = orders;
        this.properties = properties;
        this.clock = clock;
    }

    /** The order an earlier request with this key placed; empty when this request may place it. */
    public Optional<Order> earlierOrder(PlaceOrderCommand command, IdempotencyKey key) {
        Instant giveUp = clock.instant().plus(properties.waitForEarlier());
        while (true) {
            Optional<IdempotencyKeys.Claim> claim = keys.find(command.customerId(), key);
            if (claim.isEmpty()) {
                return Optional.empty();
            }
            if (!claim.get().fingerprint().equals(command.fingerprint())) {
                throw new IdempotencyKeyReusedException();
            }
            Optional<Order> placed = orders.find(claim.get().orderNumber());
            if (placed.isPresent()) {
                return placed;
            }
            if (abandoned(claim.get())) {
                return Optional.empty();
            }
            if (clock.instant().isAfter(giveUp)) {
                throw new IdempotencyKeyInUseException();
            }
            pause();
        }
    }

    public boolean claim(PlaceOrderCommand command, IdempotencyKey key, String orderNumber) {
        Instant now = clock.instant();
        return keys.claim(command.customerId(), key, command.fingerprint(), orderNumber, now,
                now.minus(properties.abandonAfter()));
    }

    public boolean holds(PlaceOrderCommand command, IdempotencyKey key, String orderNumber) {
        return keys.holds(command.customerId(), key, orderNumber);
    }

    public void release(PlaceOrderCommand command, IdempotencyKey key, String orderNumber) {
        keys.release(command.customerId(), key, orderNumber);
    }

    private boolean abandoned(IdempotencyKeys.Claim claim) {
        return claim.createdAt().isBefore(clock.instant().minus(properties.abandonAfter()));
    }

    private void pause() {
        try {
            Thread.sleep(properties.pollInterval().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdempotencyKeyInUseException();
        }
    }
}
