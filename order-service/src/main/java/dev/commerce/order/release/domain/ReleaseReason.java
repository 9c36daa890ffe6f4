package dev.commerce.order.release.domain;

public enum ReleaseReason {
    /** Written before the reserve call; removed with the order insert; due when the placement failed or died. */
    PLACEMENT,
    /** The order was cancelled: its stock goes back. */
    CANCELLATION
}
