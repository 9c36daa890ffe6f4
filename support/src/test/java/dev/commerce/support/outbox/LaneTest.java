package dev.commerce.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LaneTest {

    private static final long BACKOFF = 500;

    private final Lane lane = new Lane(3);

    @Test
    void aNewLaneSends() {
        assertThat(lane.maySend(0, false)).isTrue();
        assertThat(lane.phase()).isEqualTo(Lane.Phase.SENDING);
    }

    @Test
    void aFailedLaneWaitsUntilItsRecordsSettledAndTheBackoffPassedThenSendsAgain() {
        lane.failed(1000, BACKOFF);
        assertThat(lane.maySend(1100, true)).as("records still in flight").isFalse();
        assertThat(lane.maySend(2000, true)).as("settled: not yet, records still in flight").isFalse();
        assertThat(lane.maySend(1400, false)).as("settled, back-off not over").isFalse();
        assertThat(lane.maySend(1500, false)).isTrue();
        assertThat(lane.phase()).isEqualTo(Lane.Phase.SENDING);
    }

    @Test
    void everyFurtherFailurePushesTheResumptionOut() {
        lane.failed(1000, BACKOFF);
        lane.failed(1300, BACKOFF);
        assertThat(lane.maySend(1500, false)).isFalse();
        assertThat(lane.maySend(1800, false)).isTrue();
    }

    @Test
    void aDrainingLaneNeverSendsAndIsReleasableOnceNothingIsInFlight() {
        lane.drain();
        assertThat(lane.maySend(10_000, false)).isFalse();
        assertThat(lane.releasable(true)).isFalse();
        assertThat(lane.releasable(false)).isTrue();
    }

    @Test
    void aFailureWhileDrainingKeepsItDraining() {
        lane.drain();
        lane.failed(1000, BACKOFF);
        assertThat(lane.phase()).isEqualTo(Lane.Phase.DRAINING);
    }

    @Test
    void aDrainingLaneAssignedBackResumesOnlyAfterItsRecordsSettled() {
        lane.drain();
        lane.keep();
        assertThat(lane.maySend(0, true)).isFalse();
        assertThat(lane.maySend(0, false)).isTrue();
    }

    @Test
    void aLaneThatIsStillAssignedIsNeverReleasable() {
        assertThat(lane.releasable(false)).isFalse();
        lane.failed(0, BACKOFF);
        assertThat(lane.releasable(false)).isFalse();
    }
}
