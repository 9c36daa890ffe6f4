package dev.commerce.support.outbox;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which lanes a member should own: lane i goes to the (i mod n)-th of the n live members in sorted order. Every
 * member computes the same answer from the same membership table, so no coordinator is needed; while members
 * disagree for a moment (one saw a heartbeat the other did not yet), the leases keep any lane with one owner.
 */
final class LaneAssignment {

    private LaneAssignment() {
    }

    static Set<Integer> lanesOf(String member, List<String> liveMembersSorted, int laneCount) {
        int index = liveMembersSorted.indexOf(member);
        Set<Integer> lanes = new TreeSet<>();
        if (index < 0) {
            return lanes;
        }
        for (int lane = 0; lane < laneCount; lane++) {
            if (lane % liveMembersSorted.size() == index) {
                lanes.add(lane);
            }
        }
        return lanes;
    }
}
