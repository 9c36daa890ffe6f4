package dev.commerce.support.outbox;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/**
 * The outbox is cut into a fixed number of lanes by record key; a lane is the unit that one relay owns at a time.
 * Every event of one aggregate has the same key and so the same lane. The number is fixed because the lane is stored
 * with each row: changing it would move keys between lanes while rows are pending.
 */
public final class Lanes {

    public static final int COUNT = 16;

    private Lanes() {
    }

    /** Kafka's own key hash (murmur2, as its default partitioner), so keys spread evenly whatever they look like. */
    public static int of(String key) {
        return Math.floorMod(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8)), COUNT);
    }
}
