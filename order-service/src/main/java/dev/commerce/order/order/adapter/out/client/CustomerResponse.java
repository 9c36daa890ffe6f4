package dev.commerce.order.order.adapter.out.client;

/** The part of customer-service's customer this service reads; other fields are ignored. */
record CustomerResponse(Long id, String username, String grade) {
}
