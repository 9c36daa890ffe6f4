package dev.commerce.item.reservation.domain;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lines of a reservation request, one per item. Duplicate items are refused rather than merged so that
 * the answer's lines correspond one to one, in order, to the request's lines.
 */
public record RequestedLines(List<RequestedLine> lines) {

    public RequestedLines {
        lines = List.copyOf(lines);
        Map<Long, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (seen.putIfAbsent(lines.get(i).itemId(), i) != null) {
                throw new DuplicateItemLineException(i, lines.get(i).itemId());
            }
        }
    }

    /** The order in which rows are locked: the same for every request, so two requests never deadlock. */
    public List<RequestedLine> inLockOrder() {
        return lines.stream().sorted(Comparator.comparingLong(RequestedLine::itemId)).toList();
    }

    public List<Long> itemIds() {
        return lines.stream().map(RequestedLine::itemId).toList();
    }

    /** Same items with the same quantities, in whatever order. */
    public boolean sameAs(List<ReservationLine> reserved) {
        Map<Long, Integer> requested = new HashMap<>();
        lines.forEach(line -> requested.put(line.itemId(), line.quantity()));
        Map<Long, Integer> taken = new HashMap<>();
        reserved.forEach(line -> taken.put(line.itemId(), line.quantity()));
        return requested.equals(taken);
    }
}
