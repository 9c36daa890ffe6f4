package dev.commerce.support.outbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * The lanes this relay holds, kept in line with the membership every heartbeat: heartbeat, compute the assignment,
 * renew the leases held (a lane whose renewal fails is dropped at once), drain lanes assigned elsewhere and release
 * them once settled, claim assigned lanes that are free, expired or already this member's. Used by the relay thread.
 */
final class LaneOwnership {

    private static final Logger log = LoggerFactory.getLogger(LaneOwnership.class);
    private static final long FORGET_MEMBERS_AFTER = 3_600_000;

    private final LaneLeases leases;
    private final String member;
    private final OutboxProperties properties;
    private final Map<Integer, Lane> owned = new TreeMap<>();
    private long nextRefresh;
    private long nextForget;
    private long leaseValidUntil;
    private boolean databaseAway;

    LaneOwnership(LaneLeases leases, String member, OutboxProperties properties) {
        this.leases = leases;
        this.member = member;
        this.properties = properties;
    }

    Lane lane(int number) {
        return owned.get(number);
    }

    Collection<Lane> lanes() {
        return owned.values();
    }

    int count() {
        return owned.size();
    }

    long nextRefresh() {
        return nextRefresh;
    }

    /** Whether the leases were confirmed recently enough that no other relay can have taken them yet. */
    boolean leasesValid(long now) {
        return now < leaseValidUntil;
    }

    List<Integer> sendable(long now, InFlight inFlight) {
        List<Integer> lanes = new ArrayList<>();
        owned.values().forEach(lane -> {
            if (lane.maySend(now, inFlight.busy(lane.number()))) {
                lanes.add(lane.number());
            }
        });
        return lanes;
    }

    void refreshIfDue(long now, InFlight inFlight) {
        if (now < nextRefresh) {
            return;
        }
        nextRefresh = now + properties.heartbeatInterval().toMillis();
        try {
            refresh(now, inFlight);
            if (databaseAway) {
                databaseAway = false;
                log.info("Outbox relay {} reaches the database again and holds lanes {}", member, owned.keySet());
            }
        } catch (DataAccessException e) {
            if (!databaseAway) {
                log.warn("Outbox relay {} cannot refresh its lanes; it stops sending {} until it can: {}", member,
                        owned.keySet(), e.getMostSpecificCause().getMessage());
            }
            databaseAway = true;
            owned.clear();
            leaseValidUntil = 0;
        }
    }

    private void refresh(long now, InFlight inFlight) {
        leases.heartbeat(member, now);
        if (now >= nextForget) {
            leases.forgetMembersSilentSince(now - FORGET_MEMBERS_AFTER);
            nextForget = now + FORGET_MEMBERS_AFTER / 6;
        }
        List<String> live = new ArrayList<>(leases.liveMembers(now - properties.memberTimeout().toMillis()));
        if (!live.contains(member)) {
            live.add(member);
            live.sort(null);
        }
        Set<Integer> assigned = LaneAssignment.lanesOf(member, live, Lanes.COUNT);
        long leaseUntil = now + properties.lease().toMillis();
        renew(leaseUntil);
        leaseValidUntil = leaseUntil;
        drainOrKeep(assigned, inFlight);
        claim(assigned, now, leaseUntil);
    }

    private void renew(long leaseUntil) {
        if (owned.isEmpty()) {
            return;
        }
        for (Integer lost : leases.renew(owned.keySet(), member, leaseUntil)) {
            owned.remove(lost);
            log.warn("Outbox relay {} lost the lease of lane {}; it stops sending it", member, lost);
        }
    }

    private void drainOrKeep(Set<Integer> assigned, InFlight inFlight) {
        for (Iterator<Lane> it = owned.values().iterator(); it.hasNext(); ) {
            Lane lane = it.next();
            if (assigned.contains(lane.number())) {
                lane.keep();
            } else {
                lane.drain();
                if (lane.releasable(inFlight.busy(lane.number()))) {
                    leases.release(lane.number(), member);
                    it.remove();
                    log.info("Outbox relay {} handed lane {} over", member, lane.number());
                }
            }
        }
    }

    private void claim(Set<Integer> assigned, long now, long leaseUntil) {
        Map<Integer, LaneLeases.LaneRow> table = null;
        for (int lane : assigned) {
            if (owned.containsKey(lane)) {
                continue;
            }
            table = table == null ? leases.lanes() : table;
            LaneLeases.LaneRow row = table.get(lane);
            if (row == null) {
                log.error("outbox_lane has no row for lane {}: the migration must insert lanes 0 to {}", lane,
                        Lanes.COUNT - 1);
            } else if ((row.owner() == null || member.equals(row.owner()) || row.leaseUntil() < now)
                    && leases.claim(lane, member, now, leaseUntil)) {
                owned.put(lane, new Lane(lane));
                log.debug("Outbox relay {} took lane {}", member, lane);
            }
        }
    }

    /** On a graceful stop: hands back every lane with nothing in flight and leaves the membership. */
    void releaseAndLeave(InFlight inFlight) {
        try {
            for (Lane lane : owned.values()) {
                if (!inFlight.busy(lane.number())) {
                    leases.release(lane.number(), member);
                }
            }
            leases.leave(member);
        } catch (DataAccessException e) {
            log.warn("Outbox relay {} could not hand its lanes back; they move on when the lease ends: {}", member,
                    e.getMostSpecificCause().getMessage());
        }
        owned.clear();
    }
}
