package dev.commerce.engine.web;

/** 202 body of every facade call that starts a process and returns before it finished. */
public record ProcessStartedResponse(String processInstanceId) {
}
