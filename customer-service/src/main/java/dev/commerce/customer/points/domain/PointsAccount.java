package dev.commerce.customer.points.domain;

import dev.commerce.customer.customer.domain.Grade;

/**
 * The points state of one customer. {@code lifetime} is what the customer has earned and kept (credits minus
 * reversed credits) and decides the grade; {@code balance} is what can still be spent and never goes negative.
 */
public record PointsAccount(long customerId, long balance, long lifetime, Grade grade) {

    public PointsAccount {
        if (balance < 0 || lifetime < 0) {
            throw new IllegalArgumentException("Points cannot be negative: balance " + balance
                    + ", lifetime " + lifetime);
        }
    }

    public PointsMovement credit(long points) {
        if (points <= 0) {
            throw new IllegalArgumentException("A credit must be positive: " + points);
        }
        return moveTo(balance + points, lifetime + points);
    }

    /**
     * Takes back points that were credited earlier. If part of them has already been spent, only what is left
     * of the balance is taken (the balance stops at zero); the lifetime total loses the whole credit, so the
     * grade reflects only orders that were kept.
     */
    public PointsMovement reverse(long credited) {
        if (credited <= 0) {
            throw new IllegalArgumentException("A reversal must be positive: " + credited);
        }
        return moveTo(balance - Math.min(balance, credited), lifetime - Math.min(lifetime, credited));
    }

    private PointsMovement moveTo(long newBalance, long newLifetime) {
        var after = new PointsAccount(customerId, newBalance, newLifetime, Grade.forLifetimePoints(newLifetime));
        return new PointsMovement(this, after);
    }
}
