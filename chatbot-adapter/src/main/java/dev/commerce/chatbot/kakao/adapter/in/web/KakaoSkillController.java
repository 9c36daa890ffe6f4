package dev.commerce.chatbot.kakao.adapter.in.web;

import dev.commerce.chatbot.conversation.domain.DialogPolicy;
import dev.commerce.chatbot.kakao.application.KakaoProperties;
import dev.commerce.chatbot.kakao.application.SkillService;
import dev.commerce.chatbot.kakao.domain.SkillResponse;
import dev.commerce.chatbot.nlu.application.NluService;
import dev.commerce.chatbot.support.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Open Builder skill webhook. Authentication and validation errors are 4xx problem+json (they mean a
 * misconfigured skill, not a user question); once the request is accepted, Kakao always gets a 200 skill
 * response, an apology at worst, never a 5xx.
 */
@RestController
public class KakaoSkillController {

    private static final Logger log = LoggerFactory.getLogger(KakaoSkillController.class);

    private final SkillService skills;
    private final NluService nlu;
    private final KakaoProperties properties;
    private final Clock clock;

    public KakaoSkillController(SkillService skills, NluService nlu, KakaoProperties properties, Clock clock) {
        this.skills = skills;
        this.nlu = nlu;
        this.properties = properties;
        this.clock = clock;
    }

    @Operation(summary = "Kakao i Open Builder skill webhook (payload version 2, response version 2.0)")
    @PostMapping(value = "/kakao/skill", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public CompletableFuture<SkillResponse> skill(
            @Parameter(description = "the secret registered with the skill in Open Builder")
            @RequestHeader(name = SkillSecretInterceptor.HEADER, required = false) String secret,
            @Valid @RequestBody SkillRequest request, HttpServletRequest http) {
        String botId = request.bot() == null ? null : request.bot().id();
        if (!properties.allowsBot(botId)) {
            throw ProblemException.forbidden("Bot " + botId + " is not allowed to call this skill.");
        }
        Instant receivedAt = http.getAttribute(ReceivedAtFilter.RECEIVED_AT) instanceof Instant at ? at : clock.instant();
        try {
            SkillRequest.UserRequest user = request.userRequest();
            return skills.handle(new SkillService.SkillMessage(user.utterance(), user.user().id(), user.callbackUrl(),
                    hints(request.action())), receivedAt)
                    .exceptionally(e -> {
                        log.error("skill request failed; answering with an apology", e);
                        return skills.apology();
                    });
        } catch (RuntimeException e) {
            log.error("skill request failed; answering with an apology", e);
            return CompletableFuture.completedFuture(skills.apology());
        }
    }

    /** Parameters an Open Builder block may have extracted itself; used only where the NLU found nothing. */
    private DialogPolicy.Hints hints(SkillRequest.Action action) {
        if (action == null || action.params() == null) {
            return DialogPolicy.Hints.none();
        }
        Map<String, Object> params = action.params();
        String orderNumber = text(params, "order_number", "orderNumber")
                .flatMap(nlu::normaliseOrderNumber).orElse(null);
        String item = text(params, "item", "itemName").flatMap(nlu::recogniseItem).orElse(null);
        Integer quantity = text(params, "quantity").filter(q -> q.matches("\\d{1,4}")).map(Integer::valueOf).orElse(null);
        return new DialogPolicy.Hints(orderNumber, item, quantity);
    }

    private static Optional<String> text(Map<String, Object> params, String... keys) {
        for (String key : keys) {
            Object value = params.get(key);
            if (value != null && !String.valueOf(value).isBlank()) {
                return Optional.of(String.valueOf(value).strip());
            }
        }
        return Optional.empty();
    }
}
