package dev.commerce.chatbot.conversation.application;

import dev.commerce.chatbot.conversation.domain.ChatReply;
import dev.commerce.chatbot.conversation.domain.ConversationId;
import dev.commerce.chatbot.conversation.domain.CustomerLink;
import dev.commerce.chatbot.conversation.domain.DialogPolicy;
import dev.commerce.chatbot.conversation.domain.Exchange;
import dev.commerce.chatbot.conversation.domain.Turn;
import dev.commerce.chatbot.nlu.domain.NluResult;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Channel-independent conversation handling: applies the dialogue state, opens an exchange under a fresh
 * conversation id that names this instance ({@link ConversationId}), hands the message to the engine on a worker
 * thread (customer lookup included, so the webhook's time budget is not spent on it), and accepts the process's
 * reply for exchanges held here. Whatever goes wrong on the way to the engine turns into an apology reply: the user
 * is never left without an answer.
 */
public class ConversationService {

    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);

    private final ConversationRegistry registry;
    private final DialogStateStore dialogState;
    private final DialogPolicy policy = new DialogPolicy();
    private final CustomerDirectory customers;
    private final ProcessEngine engine;
    private final Executor dispatcher;
    private final ChatbotProperties.Texts texts;
    private final String instanceToken;

    public ConversationService(String instanceToken, ConversationRegistry registry, DialogStateStore dialogState,
                               CustomerDirectory customers, ProcessEngine engine, Executor dispatcher,
                               ChatbotProperties.Texts texts) {
        this.registry = registry;
        this.dialogState = dialogState;
        this.customers = customers;
        this.engine = engine;
        this.dispatcher = dispatcher;
        this.texts = texts;
        this.instanceToken = instanceToken;
    }

    /** Interprets the message against what the process last asked this user (and forgets that question). */
    public Turn interpret(String utterance, String userKey, NluResult nlu, DialogPolicy.Hints hints) {
        return policy.interpret(utterance, userKey, nlu, dialogState.take(userKey), hints);
    }

    /**
     * Opens the exchange and sends the message to the engine asynchronously. {@code lateDelivery} is how the
     * channel delivers an answer after its time limit, or null when it cannot.
     */
    public Exchange start(Turn turn, Exchange.LateDelivery lateDelivery) {
        Exchange exchange = new Exchange(ConversationId.next(instanceToken), turn.userKey(), lateDelivery);
        registry.register(exchange);
        try {
            dispatcher.execute(() -> dispatch(exchange, turn));
        } catch (RejectedExecutionException e) {
            log.warn("engine dispatch queue is full; answering conversation {} with an apology", exchange.conversationId());
            offer(exchange, apology());
        }
        return exchange;
    }

    /** A reply for an exchange held here (from the process, another replica, or the adapter's own apology). */
    public Exchange.Offer reply(String conversationId, ChatReply reply) {
        return registry.find(conversationId).map(exchange -> offer(exchange, reply)).orElse(Exchange.Offer.EXPIRED);
    }

    public ChatReply apology() {
        return ChatReply.text(texts.apology(), texts.mainMenu());
    }

    public ChatbotProperties.Texts texts() {
        return texts;
    }

    public String instanceToken() {
        return instanceToken;
    }

    private void dispatch(Exchange exchange, Turn turn) {
        try {
            CustomerLink customer = customers.findByUserKey(turn.userKey());
            engine.messageReceived(exchange.conversationId(), turn, customer);
        } catch (RuntimeException e) {
            log.warn("the engine did not take conversation {}: {}", exchange.conversationId(), e.toString());
            offer(exchange, apology());
        }
    }

    /**
     * A question is saved before the user can read it, so an answer typed at once (perhaps reaching another
     * replica) finds it; it is taken back when the reply does not reach the user after all.
     */
    private Exchange.Offer offer(Exchange exchange, ChatReply reply) {
        boolean asks = reply.awaitsOrderNumber();
        if (asks) {
            dialogState.await(exchange.userKey(), ChatReply.AWAITING_ORDER_NUMBER);
        }
        Exchange.Offer outcome = exchange.offer(reply);
        boolean delivered = outcome == Exchange.Offer.DELIVERED || outcome == Exchange.Offer.DELIVERED_LATE;
        if (asks && !delivered) {
            dialogState.take(exchange.userKey());
        }
        return outcome;
    }
}
