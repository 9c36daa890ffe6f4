package dev.commerce.engine.stocklookup.domain;

/** The answer of a stock lookup. */
public enum StockStatus {
  AVAILABLE, LOW, OUT_OF_STOCK, NOT_FOUND;

  /** LOW means "some, but fewer than asked for", not a warehouse threshold. */
  public static StockStatus of(int stock, int quantity) {
    if (stock <= 0) {
      return OUT_OF_STOCK;
    }
    return stock < quantity ? LOW : AVAILABLE;
  }
}
