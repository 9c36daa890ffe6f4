package dev.commerce.order.order.adapter.out.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.FeignException;
import feign.Request;
import feign.Response;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemErrorDecoderTest {

    private static final Request REQUEST = Request.create(Request.HttpMethod.POST, "http://item-service/api/reservations",
            Map.of(), new byte[0], StandardCharsets.UTF_8, null);

    private final ProblemErrorDecoder decoder = new ProblemErrorDecoder(new ObjectMapper());

    private static Response response(int status, String body) {
        return Response.builder().status(status).request(REQUEST).headers(Map.of())
                .body(body, StandardCharsets.UTF_8).build();
    }

    @Test
    void aProblemKeepsItsDetailAndExtensions() {
        Exception decoded = decoder.decode("ItemClient#reserve", response(409, """
                {"type":"/problems/insufficient-stock","title":"Insufficient stock","status":409,
                 "detail":"초코케이크: only 12 left","itemId":6,"sku":"CHO-001","requested":20,"available":12,"note":null}"""));

        assertThat(decoded).isInstanceOfSatisfying(DownstreamProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(409);
            assertThat(problem.hasType("insufficient-stock")).isTrue();
            assertThat(problem.getMessage()).isEqualTo("초코케이크: only 12 left");
            assertThat(problem.properties()).containsOnlyKeys("itemId", "sku", "requested", "available", "note");
        });
    }

    @Test
    void aBodyThatIsNotJsonStillGivesTheStatus() {
        Exception decoded = decoder.decode("ItemClient#reserve", response(404, "<html>not found</html>"));

        assertThat(decoded).isInstanceOfSatisfying(DownstreamProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(404));
    }

    @Test
    void serverErrorsStayFeignExceptionsForTheCircuitBreaker() {
        assertThat(decoder.decode("ItemClient#reserve", response(503, "")))
                .isInstanceOf(FeignException.FeignServerException.class);
    }
}
