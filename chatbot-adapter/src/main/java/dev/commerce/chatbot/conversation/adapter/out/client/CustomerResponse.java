package dev.commerce.chatbot.conversation.adapter.out.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of customer-service's customer the adapter needs; other fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerResponse(Long id, String username, String name) {
}
