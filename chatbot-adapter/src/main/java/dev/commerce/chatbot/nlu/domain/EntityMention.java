package dev.commerce.chatbot.nlu.domain;

/**
 * One entity found in an utterance. {@code start}/{@code end} are character offsets (UTF-16, end
 * exclusive) into the original text; {@code value} is the canonical value (catalogue name, normalised
 * order number, or the quantity as an integer).
 */
public record EntityMention(String entity, Object value, int start, int end) {

    public static final String ITEM = "item";
    public static final String ORDER_NUMBER = "order_number";
    public static final String QUANTITY = "quantity";

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
