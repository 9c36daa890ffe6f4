package dev.commerce.chatbot.kakao.application;

import java.time.Duration;

/**
 * Which deferred requests still have an unused Kakao callback, readable by every replica. Whoever posts to a
 * callback first claims its record atomically, so the single-use URL gets one POST whichever replica the late
 * reply (or the expiry apology) comes through. Never throws: a store that cannot be asked says {@code UNKNOWN}.
 */
public interface CallbackRecords {

    /** One instance, nothing shared: the exchange's own state machine already makes the post unique. */
    CallbackRecords UNSHARED = new CallbackRecords() {
        @Override
        public void remember(String conversationId, String callbackUrl, Duration validFor) {
        }

        @Override
        public void forget(String conversationId) {
        }

        @Override
        public Claim claim(String conversationId) {
            return Claim.unknown();
        }
    };

    void remember(String conversationId, String callbackUrl, Duration validFor);

    void forget(String conversationId);

    Claim claim(String conversationId);

    record Claim(Status status, String callbackUrl) {

        /** {@code ABSENT}: someone else posted already, or the callback expired. */
        public enum Status { CLAIMED, ABSENT, UNKNOWN }

        public static Claim claimed(String callbackUrl) {
            return new Claim(Status.CLAIMED, callbackUrl);
        }

        public static Claim absent() {
            return new Claim(Status.ABSENT, null);
        }

        public static Claim unknown() {
            return new Claim(Status.UNKNOWN, null);
        }
    }
}
