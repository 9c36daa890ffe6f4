package dev.commerce.engine.stocklookup.adapter.in.web;

import dev.commerce.engine.stocklookup.application.StockLookupState;
import java.util.List;

public record StockLookupStateResponse(String processInstanceId, String state, StockLookupResponse result,
    List<String> incidents) {

  static StockLookupStateResponse from(StockLookupState state) {
    return new StockLookupStateResponse(state.processInstanceId(), state.state(),
        state.result() == null ? null : StockLookupResponse.from(state.result()), state.incidents());
  }
}
