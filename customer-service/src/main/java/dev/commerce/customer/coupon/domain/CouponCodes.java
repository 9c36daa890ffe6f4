package dev.commerce.customer.coupon.domain;

import java.security.SecureRandom;

/** Codes customers may type into a chat: no 0/O or 1/I/L to confuse, 8 random characters (about 40 bits). */
public final class CouponCodes {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CouponCodes() {
    }

    public static String next() {
        var code = new StringBuilder("CPN-");
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
