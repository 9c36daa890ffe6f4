package dev.commerce.engine.stocklookup.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

public record StockLookupRequest(
    @Size(max = 100) String itemName,
    @Positive Long itemId,
    @Min(1) @Max(10_000) Integer quantity) {

  @JsonIgnore
  @AssertTrue(message = "itemName or itemId is required")
  public boolean isItemGiven() {
    return itemId != null || (itemName != null && !itemName.isBlank());
  }
}
