package dev.commerce.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.SocketException;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.cloud.gateway.support.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import reactor.netty.http.client.PrematureCloseException;

class AttemptFailuresTest {

    @Test
    void aRefusedOrTimedOutConnectionReachedNoServer() {
        ConnectException refused = new ConnectException("Connection refused: /127.0.0.1:18081");
        assertThat(AttemptFailures.notConnected(refused)).isTrue();
        assertThat(AttemptFailures.notConnected(new IllegalStateException("wrapped", refused))).isTrue();
        assertThat(AttemptFailures.notConnected(new io.netty.channel.ConnectTimeoutException("connection timed out")))
                .isTrue();
        assertThat(AttemptFailures.inFlight(refused)).isFalse();
    }

    @Test
    void aResetACloseOrNoAnswerInTimeHappenedInFlight() {
        assertThat(AttemptFailures.inFlight(new SocketException("Connection reset"))).isTrue();
        assertThat(AttemptFailures.inFlight(PrematureCloseException.TEST_EXCEPTION)).isTrue();
        assertThat(AttemptFailures.inFlight(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "slow",
                new TimeoutException("Response took longer than timeout: PT4S")))).isTrue();
        assertThat(AttemptFailures.inFlight(new AttemptFailures.GatewayErrorAnswer(502))).isTrue();
        assertThat(AttemptFailures.notConnected(new SocketException("Connection reset"))).isFalse();
    }

    @Test
    void otherFailuresAreNeither() {
        for (Throwable failure : new Throwable[] {NotFoundException.create(false, "Unable to find instance for item-service"),
                new IllegalStateException("bug"), new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE)}) {
            assertThat(AttemptFailures.notConnected(failure)).as(failure.toString()).isFalse();
            assertThat(AttemptFailures.inFlight(failure)).as(failure.toString()).isFalse();
        }
    }
}
