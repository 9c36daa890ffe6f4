package dev.commerce.customer.customer.domain;

import java.util.Arrays;
import java.util.List;

/** Customer grade, decided by lifetime points: BRONZE &lt; 3,000 &le; SILVER &lt; 10,000 &le; GOLD &lt; 30,000 &le; VIP. */
public enum Grade {

    BRONZE(0),
    SILVER(3_000),
    GOLD(10_000),
    VIP(30_000);

    private final long minimumLifetimePoints;

    Grade(long minimumLifetimePoints) {
        this.minimumLifetimePoints = minimumLifetimePoints;
    }

    public static Grade forLifetimePoints(long lifetime) {
        Grade grade = BRONZE;
        for (Grade candidate : values()) {
            if (lifetime >= candidate.minimumLifetimePoints) {
                grade = candidate;
            }
        }
        return grade;
    }

    /** This grade and every grade above it. */
    public List<Grade> andAbove() {
        return Arrays.stream(values()).filter(grade -> grade.compareTo(this) >= 0).toList();
    }

    public long minimumLifetimePoints() {
        return minimumLifetimePoints;
    }
}
