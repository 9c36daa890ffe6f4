package dev.commerce.order.order.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** {@code ORD-yyyyMMdd-NNNN}: the day's sequence, zero-padded to at least four digits. */
public final class OrderNumberFormat {

    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private OrderNumberFormat() {
    }

    public static String format(LocalDate day, long sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
        return "ORD-" + day.format(DAY) + "-" + String.format("%04d", sequence);
    }
}
