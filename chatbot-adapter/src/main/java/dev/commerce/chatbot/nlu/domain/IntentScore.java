package dev.commerce.chatbot.nlu.domain;

public record IntentScore(String name, double confidence) {
}
