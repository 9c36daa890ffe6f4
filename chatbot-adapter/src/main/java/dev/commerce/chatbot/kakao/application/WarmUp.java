package dev.commerce.chatbot.kakao.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.commerce.chatbot.conversation.domain.ChatReply;
import dev.commerce.chatbot.kakao.domain.KakaoRenderer;
import dev.commerce.chatbot.nlu.application.NluService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Runs the request path once before the adapter reports ready (analysis, rendering, JSON), so the first
 * Kakao user does not pay for class loading and JIT inside the 3.5 s budget.
 */
public class WarmUp implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(WarmUp.class);

    private final NluService nlu;
    private final KakaoRenderer renderer;
    private final ObjectMapper json;

    public WarmUp(NluService nlu, KakaoRenderer renderer, ObjectMapper json) {
        this.nlu = nlu;
        this.renderer = renderer;
        this.json = json;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        try {
            for (String text : List.of("아메리카노 두 잔 재고 있어요?", "ORD-20261120-0001 배송 조회", "안녕하세요")) {
                nlu.parse(text);
            }
            ChatReply reply = new ChatReply("준비 완료", new ChatReply.Card("카드", "설명", null, List.of()),
                    new ChatReply.ItemList("목록", List.of(new ChatReply.Entry("항목", "설명")), List.of()),
                    List.of("재고 조회"), null);
            json.writeValueAsString(renderer.render(reply));
            json.writeValueAsString(renderer.callbackPending("잠시만요"));
        } catch (JsonProcessingException | RuntimeException e) {
            log.warn("warm-up failed (the adapter still starts): {}", e.toString());
        }
        log.info("request path warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
    }
}
