package dev.commerce.item.reservation.domain;

public class DuplicateItemLineException extends RuntimeException {

    private final int lineIndex;

    public DuplicateItemLineException(int lineIndex, long itemId) {
        super("item " + itemId + " appears on more than one line; put its whole quantity on one line");
        this.lineIndex = lineIndex;
    }

    public int lineIndex() {
        return lineIndex;
    }
}
