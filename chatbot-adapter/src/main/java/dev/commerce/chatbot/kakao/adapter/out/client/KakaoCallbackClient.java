package dev.commerce.chatbot.kakao.adapter.out.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.chatbot.kakao.application.CallbackSender;
import dev.commerce.chatbot.kakao.domain.SkillResponse;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * Posts the real answer to Kakao's callback URL on a worker thread. A callback URL is usable once, so there
 * is no retry: a failed post is logged and counted, and the user sees the waiting text only. Kakao answers
 * {@code {taskId, status: SUCCESS|FAIL|ERROR, message, timestamp}}; a non-SUCCESS status is logged too.
 */
public class KakaoCallbackClient implements CallbackSender {

    private static final Logger log = LoggerFactory.getLogger(KakaoCallbackClient.class);

    private final RestClient http;
    private final Executor executor;
    private final MeterRegistry meters;
    private final ObjectMapper json;

    public KakaoCallbackClient(RestClient http, Executor executor, MeterRegistry meters, ObjectMapper json) {
        this.http = http;
        this.executor = executor;
        this.meters = meters;
        this.json = json;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CallbackResult(String taskId, String status, String message) {
    }

    @Override
    public void send(String callbackUrl, SkillResponse response) {
        try {
            executor.execute(() -> post(callbackUrl, response));
        } catch (RejectedExecutionException e) {
            log.warn("callback pool is full; the callback answer is dropped");
            meters.counter("chatbot.callbacks", "outcome", "rejected").increment();
        }
    }

    private CallbackResult parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return json.readValue(body, CallbackResult.class);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private void post(String callbackUrl, SkillResponse response) {
        try {
            String body = http.post().uri(URI.create(callbackUrl)).contentType(MediaType.APPLICATION_JSON)
                    .body(response).retrieve().body(String.class);
            CallbackResult result = parse(body);
            boolean success = result == null || result.status() == null || "SUCCESS".equalsIgnoreCase(result.status());
            if (!success) {
                log.warn("Kakao did not accept the callback answer: {} {}", result.status(), result.message());
            }
            meters.counter("chatbot.callbacks", "outcome", success ? "sent" : "refused").increment();
        } catch (RuntimeException e) {
            log.warn("callback post failed: {}", e.toString());
            meters.counter("chatbot.callbacks", "outcome", "failed").increment();
        }
    }
}
