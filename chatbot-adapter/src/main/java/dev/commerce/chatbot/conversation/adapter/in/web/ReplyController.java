package dev.commerce.chatbot.conversation.adapter.in.web;

import dev.commerce.chatbot.conversation.application.ReplyRouter;
import dev.commerce.chatbot.conversation.domain.Exchange;
import dev.commerce.chatbot.support.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where the chatbot process delivers its answer (protected by {@code X-Internal-Token}, see
 * {@link InternalTokenInterceptor}; not routed by the gateway). The engine posts to the logical name, so the reply
 * may reach any replica; {@link ReplyRouter} takes it to the one holding the conversation and answers with what
 * that one did.
 */
@RestController
public class ReplyController {

    private final ReplyRouter replies;

    public ReplyController(ReplyRouter replies) {
        this.replies = replies;
    }

    @Operation(summary = "Deliver the chatbot process's reply for a conversation")
    @PostMapping("/internal/chatbot/replies/{conversationId}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ReplyResponse reply(@PathVariable String conversationId, @Valid @RequestBody ReplyRequest request) {
        Exchange.Offer outcome = replies.route(conversationId, request.toReply());
        return switch (outcome) {
            case DELIVERED -> new ReplyResponse(conversationId, "IN_TIME");
            case DELIVERED_LATE -> new ReplyResponse(conversationId, "CALLBACK");
            case ALREADY_ANSWERED -> throw ProblemException.conflict("Conversation " + conversationId + " was already answered.");
            case EXPIRED -> throw ProblemException.notFound(
                    "Conversation " + conversationId + " is unknown or can no longer be answered.");
        };
    }
}
