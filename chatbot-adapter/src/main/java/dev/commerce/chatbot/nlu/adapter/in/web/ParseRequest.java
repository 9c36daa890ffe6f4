package dev.commerce.chatbot.nlu.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record ParseRequest(@NotBlank @Size(max = 2_000) String text) {
}
