package dev.commerce.engine.delivery.application;

public enum OrderEventOutcome {
  STARTED, CORRELATED, DUPLICATE_EVENT, ALREADY_TRACKED, UNKNOWN_ORDER, NOT_WAITING, IGNORED
}
