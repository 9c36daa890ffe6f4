package dev.commerce.chatbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.commerce.chatbot.conversation.domain.ChatReply;
import dev.commerce.chatbot.conversation.domain.DialogPolicy;
import dev.commerce.chatbot.conversation.domain.Turn;
import dev.commerce.chatbot.nlu.NluFixture;
import dev.commerce.chatbot.nlu.application.NluService;
import dev.commerce.chatbot.nlu.domain.Intents;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DialogPolicyTest {

    private final NluService nlu = NluFixture.service();
    private final DialogPolicy policy = new DialogPolicy();
    private static final Optional<String> ASKED = Optional.of(ChatReply.AWAITING_ORDER_NUMBER);

    private Turn turn(String text, Optional<String> awaiting) {
        return policy.interpret(text, "kakao-minsu", nlu.parse(text), awaiting, DialogPolicy.Hints.none());
    }

    @Test
    void aBareOrderNumberAnswersTheQuestion() {
        Turn turn = turn("ord202611200001", ASKED);

        assertThat(turn.intent()).isEqualTo(Intents.DELIVERY_TRACK);
        assertThat(turn.orderNumber()).isEqualTo("ORD-20261120-0001");
        assertThat(turn.confidence()).isEqualTo(1.0);
        assertThat(turn.answeredPrompt()).isEqualTo(ChatReply.AWAITING_ORDER_NUMBER);
    }

    @Test
    void aNonAnswerStaysADeliveryQuestionSoTheProcessCanAskAgain() {
        Turn turn = turn("음 잘 모르겠어요", ASKED);

        assertThat(turn.intent()).isEqualTo(Intents.DELIVERY_TRACK);
        assertThat(turn.orderNumber()).isNull();
        assertThat(turn.answeredPrompt()).isEqualTo(ChatReply.AWAITING_ORDER_NUMBER);
    }

    @Test
    void aClearNewQuestionChangesTheSubject() {
        Turn turn = turn("내 포인트 얼마야", ASKED);

        assertThat(turn.intent()).isEqualTo(Intents.POINTS_BALANCE);
        assertThat(turn.answeredPrompt()).isNull();
    }

    @Test
    void withoutAQuestionTheNluDecides() {
        Turn turn = turn("아메리카노 두 잔 있어요?", Optional.empty());

        assertThat(turn.intent()).isEqualTo(Intents.STOCK_LOOKUP);
        assertThat(turn.itemName()).isEqualTo("아메리카노");
        assertThat(turn.quantity()).isEqualTo(2);
        assertThat(turn.answeredPrompt()).isNull();
    }

    @Test
    void channelHintsFillWhatTheNluDidNotFind() {
        Turn turn = policy.interpret("배송 조회", "u", nlu.parse("배송 조회"), Optional.empty(),
                new DialogPolicy.Hints("ORD-20261120-0003", null, null));
        assertThat(turn.orderNumber()).isEqualTo("ORD-20261120-0003");
    }
}
