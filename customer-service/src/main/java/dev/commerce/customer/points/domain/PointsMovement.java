package dev.commerce.customer.points.domain;

/** One change of a points account: the state before and after. */
public record PointsMovement(PointsAccount before, PointsAccount after) {

    public long delta() {
        return after.balance() - before.balance();
    }

    public long lifetimeDelta() {
        return after.lifetime() - before.lifetime();
    }

    public boolean gradeChanged() {
        return before.grade() != after.grade();
    }
}
