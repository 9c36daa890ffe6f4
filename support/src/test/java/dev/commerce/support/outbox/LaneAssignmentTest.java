package dev.commerce.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LaneAssignmentTest {

    @Test
    void aSingleMemberOwnsEveryLane() {
        assertThat(LaneAssignment.lanesOf("a", List.of("a"), 16)).hasSize(16);
    }

    @Test
    void laneIGoesToTheIModNthMemberInSortedOrder() {
        List<String> members = List.of("a", "b", "c");
        assertThat(LaneAssignment.lanesOf("a", members, 16)).containsExactly(0, 3, 6, 9, 12, 15);
        assertThat(LaneAssignment.lanesOf("b", members, 16)).containsExactly(1, 4, 7, 10, 13);
        assertThat(LaneAssignment.lanesOf("c", members, 16)).containsExactly(2, 5, 8, 11, 14);
    }

    @Test
    void everyLaneHasExactlyOneMemberWhateverTheirNumber() {
        for (int count = 1; count <= 20; count++) {
            List<String> members = new java.util.ArrayList<>();
            for (int i = 0; i < count; i++) {
                members.add("member-" + (char) ('a' + i));
            }
            Set<Integer> seen = new HashSet<>();
            for (String member : members) {
                for (int lane : LaneAssignment.lanesOf(member, members, 16)) {
                    assertThat(seen.add(lane)).as("lane %d assigned twice among %d members", lane, count).isTrue();
                }
            }
            assertThat(seen).hasSize(16);
        }
    }

    @Test
    void aMemberNotAmongTheLiveOnesOwnsNothing() {
        assertThat(LaneAssignment.lanesOf("z", List.of("a", "b"), 16)).isEmpty();
    }
}
