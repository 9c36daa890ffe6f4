package dev.commerce.chatbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.chatbot.conversation.adapter.out.redis.RelayMessage;
import dev.commerce.chatbot.conversation.domain.ChatReply;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** A reply crosses replicas as JSON and arrives whole, with the application's strict ObjectMapper settings. */
class RelayMessageTest {

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json()
            .featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void aFullReplySurvivesTheTrip() throws Exception {
        ChatReply reply = new ChatReply("주문 내역이에요",
                new ChatReply.Card("아메리카노", "4,500원", "https://img.example.com/a.png",
                        List.of(new ChatReply.Button("다른 상품", ChatReply.Button.MESSAGE, "재고 조회", null))),
                new ChatReply.ItemList("최근 주문", List.of(new ChatReply.Entry("ORD-20261120-0001", "배송 중")),
                        List.of(new ChatReply.Button("열기", ChatReply.Button.WEB_LINK, null, "https://example.com"))),
                List.of("재고 조회", "포인트"), ChatReply.AWAITING_ORDER_NUMBER);

        String wire = json.writeValueAsString(RelayMessage.reply("m1", "tokenaaaaa", "tokenbbbbb.x", reply));
        RelayMessage back = json.readValue(wire, RelayMessage.class);

        assertThat(back.kind()).isEqualTo(RelayMessage.REPLY);
        assertThat(back.from()).isEqualTo("tokenaaaaa");
        assertThat(back.reply()).isEqualTo(reply);
        assertThat(wire).doesNotContain("awaitsOrderNumber").doesNotContain("\"outcome\"");
    }

    @Test
    void fieldsFromANewerReplicaAreIgnored() throws Exception {
        RelayMessage outcome = json.readValue("{\"kind\":\"outcome\",\"msgId\":\"m2\",\"outcome\":\"DELIVERED\","
                + "\"holderVersion\":\"2\"}", RelayMessage.class);

        assertThat(outcome.outcome()).isEqualTo("DELIVERED");
    }
}
