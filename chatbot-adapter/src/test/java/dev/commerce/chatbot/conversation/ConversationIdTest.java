package dev.commerce.chatbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.commerce.chatbot.conversation.domain.ConversationId;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConversationIdTest {

    @Test
    void aTokenIsTenLowerCaseLettersOrDigitsAndNewEveryTime() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String token = ConversationId.newToken();
            assertThat(token).matches("[a-z0-9]{10}");
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1_000);
    }

    @Test
    void anIdIsTheTokenADotAndAUuid() {
        String id = ConversationId.next("k3x9q0abcd");

        assertThat(id).startsWith("k3x9q0abcd.");
        assertThat(UUID.fromString(id.substring("k3x9q0abcd.".length()))).isNotNull();
        assertThat(ConversationId.holderOf(id)).contains("k3x9q0abcd");
        assertThat(ConversationId.next("k3x9q0abcd")).isNotEqualTo(id);
    }

    @Test
    void idsWithoutATokenHaveNoHolderAndAreLocal() {
        assertThat(ConversationId.holderOf(UUID.randomUUID().toString())).isEmpty();
        assertThat(ConversationId.holderOf(null)).isEmpty();
        assertThat(ConversationId.holderOf("")).isEmpty();
        assertThat(ConversationId.holderOf(".abc")).isEmpty();
        assertThat(ConversationId.holderOf("abc.")).isEmpty();
        assertThat(ConversationId.holderOf("ABC.def")).as("upper case is not a token").isEmpty();
        assertThat(ConversationId.holderOf("a-b.def")).isEmpty();
        assertThat(ConversationId.holderOf("x".repeat(33) + ".def")).as("too long").isEmpty();
    }

    @Test
    void onlyTokensMakeIds() {
        assertThatThrownBy(() -> ConversationId.next("Not.A.Token")).isInstanceOf(IllegalArgumentException.class);
    }
}
