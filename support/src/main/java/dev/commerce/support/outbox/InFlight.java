package dev.commerce.support.outbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows this relay has handed to the producer and not yet settled: sent and unanswered, or acknowledged and not yet
 * deleted. A fetch skips them, and a lane counts as busy while it has any: it is neither released nor resumed then.
 * Used by the relay thread only.
 */
final class InFlight {

    private final Map<Long, Integer> unanswered = new HashMap<>();
    private final Map<Long, Integer> acknowledged = new LinkedHashMap<>();
    private final int[] perLane = new int[Lanes.COUNT];

    void sent(long id, int lane) {
        unanswered.put(id, lane);
        perLane[lane]++;
    }

    void acknowledged(long id) {
        Integer lane = unanswered.remove(id);
        if (lane != null) {
            acknowledged.put(id, lane);
        }
    }

    void failed(long id) {
        Integer lane = unanswered.remove(id);
        if (lane != null) {
            perLane[lane]--;
        }
    }

    boolean contains(long id) {
        return unanswered.containsKey(id) || acknowledged.containsKey(id);
    }

    boolean busy(int lane) {
        return perLane[lane] > 0;
    }

    int count(int lane) {
        return perLane[lane];
    }

    int size() {
        return unanswered.size() + acknowledged.size();
    }

    int unanswered() {
        return unanswered.size();
    }

    List<Long> toDelete(int max) {
        List<Long> ids = new ArrayList<>(Math.min(max, acknowledged.size()));
        for (Long id : acknowledged.keySet()) {
            if (ids.size() == max) {
                break;
            }
            ids.add(id);
        }
        return ids;
    }

    void deleted(Collection<Long> ids) {
        for (Long id : ids) {
            Integer lane = acknowledged.remove(id);
            if (lane != null) {
                perLane[lane]--;
            }
        }
    }

    /** Forgets records that will never be answered (the producer was closed); their rows stay pending. */
    void abandonUnanswered() {
        unanswered.values().forEach(lane -> perLane[lane]--);
        unanswered.clear();
    }
}
