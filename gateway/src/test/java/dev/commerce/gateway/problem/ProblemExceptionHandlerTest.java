package dev.commerce.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.server.ResponseStatusException;

class ProblemExceptionHandlerTest {

    @Test
    void mapsFailuresToWhatTheCallerCanActOn() {
        assertThat(ProblemExceptionHandler.statusOf(new ResponseStatusException(HttpStatus.NOT_FOUND))).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ProblemExceptionHandler.statusOf(new DataBufferLimitException("big"))).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(ProblemExceptionHandler.statusOf(new AuthenticationServiceException("jwks down")))
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(ProblemExceptionHandler.statusOf(new ConnectException("refused"))).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(ProblemExceptionHandler.statusOf(new TimeoutException())).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(ProblemExceptionHandler.statusOf(new IllegalStateException("bug"))).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }

    @Test
    void slugsFollowContributing() {
        assertThat(ProblemSlugs.of(HttpStatus.TOO_MANY_REQUESTS)).isEqualTo("rate-limited");
        assertThat(ProblemSlugs.of(HttpStatus.PAYLOAD_TOO_LARGE)).isEqualTo("payload-too-large");
        assertThat(ProblemSlugs.of(HttpStatus.SERVICE_UNAVAILABLE)).isEqualTo("service-unavailable");
        assertThat(ProblemSlugs.of(HttpStatus.BAD_REQUEST)).isEqualTo("malformed-request");
    }
}
