package dev.commerce.chatbot.nlu.domain;

import java.util.List;

/** The intent names the chatbot process branches on (written in ../shared/ARCHITECTURE.md). */
public final class Intents {

    public static final String STOCK_LOOKUP = "stock.lookup";
    public static final String DELIVERY_TRACK = "delivery.track";
    public static final String ORDER_LIST = "order.list";
    public static final String PROMOTION_LIST = "promotion.list";
    public static final String POINTS_BALANCE = "points.balance";
    public static final String GREETING = "greeting";
    public static final String HELP = "help";
    public static final String FALLBACK = "fallback";

    public static final List<String> ALL = List.of(STOCK_LOOKUP, DELIVERY_TRACK, ORDER_LIST, PROMOTION_LIST,
            POINTS_BALANCE, GREETING, HELP, FALLBACK);

    private Intents() {
    }
}
