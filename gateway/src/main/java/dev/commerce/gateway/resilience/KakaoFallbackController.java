package dev.commerce.gateway.resilience;

import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * The kakao route's fallback. Kakao i Open Builder shows its own error bubble for a status other than 200 or a body
 * that is not a skill response, so when no chatbot-adapter answers (down, slow, circuit open) the user gets the
 * platform's apology in Korean as a skill response (version 2.0, one simpleText), like the adapter's own.
 */
@Hidden
@RestController
class KakaoFallbackController {

    private static final Logger log = LoggerFactory.getLogger(KakaoFallbackController.class);

    private final Map<String, Object> apology;

    KakaoFallbackController(@Value("${commerce.gateway.kakao.apology}") String text) {
        this.apology = Map.of("version", "2.0", "template",
                Map.of("outputs", List.of(Map.of("simpleText", Map.of("text", text)))));
    }

    @RequestMapping("/fallback/kakao")
    ResponseEntity<Map<String, Object>> apologize(ServerWebExchange exchange) {
        Throwable failure = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        log.warn("no chatbot-adapter answered a skill request ({}); answering with the apology",
                FallbackController.reason(failure));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(apology);
    }
}
