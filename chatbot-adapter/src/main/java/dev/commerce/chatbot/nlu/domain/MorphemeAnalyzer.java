package dev.commerce.chatbot.nlu.domain;

import java.util.List;

/** Korean morphological analysis: the morphemes of a text in order (the Nori adapter implements it). */
public interface MorphemeAnalyzer {

    List<String> morphemes(String text);
}
