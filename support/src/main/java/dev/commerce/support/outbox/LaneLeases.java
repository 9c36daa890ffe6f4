package dev.commerce.support.outbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Membership ({@code outbox_member}: one heartbeat row per relay) and lane leases ({@code outbox_lane}: owner and
 * lease end per lane). Every change of a lease is one conditional UPDATE, so two relays can never both win a lane.
 * Times are epoch milliseconds of the relays' clocks, which therefore must agree to well within the lease.
 */
class LaneLeases {

    record LaneRow(int lane, String owner, long leaseUntil) {
    }

    private final JdbcTemplate jdbc;

    LaneLeases(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    void heartbeat(String member, long now) {
        if (jdbc.update("UPDATE outbox_member SET heartbeat_at = ? WHERE instance_id = ?", now, member) == 0) {
            try {
                jdbc.update("INSERT INTO outbox_member (instance_id, heartbeat_at) VALUES (?, ?)", member, now);
            } catch (DuplicateKeyException raced) {
                jdbc.update("UPDATE outbox_member SET heartbeat_at = ? WHERE instance_id = ?", now, member);
            }
        }
    }

    /** Members whose heartbeat is not older than {@code since}, sorted by id (in Java: collations differ). */
    List<String> liveMembers(long since) {
        List<String> members = new ArrayList<>(jdbc.queryForList(
                "SELECT instance_id FROM outbox_member WHERE heartbeat_at >= ?", String.class, since));
        members.sort(null);
        return members;
    }

    void leave(String member) {
        jdbc.update("DELETE FROM outbox_member WHERE instance_id = ?", member);
    }

    void forgetMembersSilentSince(long before) {
        jdbc.update("DELETE FROM outbox_member WHERE heartbeat_at < ?", before);
    }

    Map<Integer, LaneRow> lanes() {
        Map<Integer, LaneRow> lanes = new HashMap<>();
        jdbc.query("SELECT lane, owner, lease_until FROM outbox_lane", row -> {
            lanes.put(row.getInt(1), new LaneRow(row.getInt(1), row.getString(2), row.getLong(3)));
        });
        return lanes;
    }

    /** Takes a lane that is free, expired, or already this member's. */
    boolean claim(int lane, String member, long now, long leaseUntil) {
        return jdbc.update("""
                UPDATE outbox_lane SET owner = ?, lease_until = ?
                WHERE lane = ? AND (owner IS NULL OR owner = ? OR lease_until < ?)""",
                member, leaseUntil, lane, member, now) == 1;
    }

    /** Extends the leases this member still holds; answers the lanes among {@code lanes} it no longer holds. */
    Set<Integer> renew(Collection<Integer> lanes, String member, long leaseUntil) {
        String in = lanes.stream().map(String::valueOf).collect(Collectors.joining(","));
        int renewed = jdbc.update("UPDATE outbox_lane SET lease_until = ? WHERE owner = ? AND lane IN (" + in + ")",
                leaseUntil, member);
        if (renewed == lanes.size()) {
            return Set.of();
        }
        Set<Integer> held = Set.copyOf(jdbc.queryForList("SELECT lane FROM outbox_lane WHERE owner = ?",
                Integer.class, member));
        return lanes.stream().filter(lane -> !held.contains(lane)).collect(Collectors.toSet());
    }

    void release(int lane, String member) {
        jdbc.update("UPDATE outbox_lane SET owner = NULL, lease_until = 0 WHERE lane = ? AND owner = ?", lane, member);
    }
}
