package dev.commerce.chatbot.nlu.application;

import java.util.List;

/** Where the canonical item names come from (item-service); throws when it cannot answer. */
public interface CatalogueSource {

    List<String> fetchItemNames();
}
