package dev.commerce.engine.stocklookup.domain;

/** Names of the stock-lookup process variables: the contract with the facade and with calling processes. */
public final class StockLookupVariables {

  public static final String PROCESS_KEY = "stock-lookup";
  public static final String ASYNC_START_MESSAGE = "StockLookupRequested";
  public static final String ITEM_ID = "itemId";
  public static final String ITEM_NAME = "itemName";
  public static final String QUANTITY = "quantity";
  public static final String LOOKUP_BY = "lookupBy";
  public static final String ITEM = "item";
  public static final String STATUS = "status";
  public static final String ALTERNATIVES = "alternatives";
  public static final String SUGGESTIONS = "suggestions";
  public static final int MAX_ALTERNATIVES = 3;
  public static final int MAX_SUGGESTIONS = 3;

  private StockLookupVariables() {
  }
}
