package dev.commerce.engine.stocklookup.application;

import java.util.List;

/** Where an asynchronously started lookup is: RUNNING, INCIDENT (Cockpit shows it) or COMPLETED with a result. */
public record StockLookupState(String processInstanceId, String state, StockLookupResult result,
    List<String> incidents) {
}
