package dev.commerce.bench.chatbot;

import dev.commerce.bench.Http;
import dev.commerce.bench.load.PhaseResult;
import dev.commerce.bench.load.Workload;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Kakao i Open Builder skill requests (payload version 2, no callbackUrl) from concurrent users, each sending the
 * next utterance when the previous answer arrived. User 0 is kakao-minsu and user 1 kakao-jiyoung (linked demo
 * customers); the others are users without an account link. Answers are sorted into real replies and stand-ins
 * ("try again shortly", the apology), which arrive with 200 as well.
 */
final class SkillWorkload implements Workload {

    static final List<String> UTTERANCES = List.of("아메리카노 재고 있어요?", "내 포인트 얼마야", "주문 배송 어디쯤이야",
            "이벤트 뭐 있어요?", "바닐라 라떼 두 잔 되나요", "최근 주문 내역 보여줘", "안녕하세요", "도움말", "초코케잌 남았나요",
            "텀블러 있나요");
    private static final List<String> STAND_INS = List.of("잠시 후 다시", "\"useCallback\":true");

    private final String url;
    private final String secret;
    private final Queue<Long> replies = new ConcurrentLinkedQueue<>();
    private final Queue<Long> standIns = new ConcurrentLinkedQueue<>();

    SkillWorkload(String adapterUrl, String secret) {
        this.url = adapterUrl + "/kakao/skill";
        this.secret = secret;
    }

    static String userKey(int client) {
        return switch (client) {
            case 0 -> "kakao-minsu";
            case 1 -> "kakao-jiyoung";
            default -> "bench-guest-" + client;
        };
    }

    @Override
    public HttpRequest request(int client, long sequence) {
        String utterance = UTTERANCES.get((int) ((client + sequence) % UTTERANCES.size()));
        return Http.jsonRequest(url, "POST", payload(utterance, userKey(client))).header("X-Skill-Secret", secret)
                .build();
    }

    @Override
    public boolean accept(int client, HttpResponse<String> response, long completedNanos) {
        if (response.statusCode() != 200 || !response.body().contains("\"version\":\"2.0\"")) {
            return false;
        }
        (STAND_INS.stream().anyMatch(response.body()::contains) ? standIns : replies).add(completedNanos);
        return true;
    }

    /** Real replies and stand-ins that completed inside a window, as the load runner counts answers. */
    long[] countsIn(PhaseResult phase) {
        return new long[] {within(replies, phase), within(standIns, phase)};
    }

    private static long within(Queue<Long> completions, PhaseResult phase) {
        return completions.stream()
                .filter(at -> at >= phase.windowStartNanos() && at < phase.windowEndNanos()).count();
    }

    static String payload(String utterance, String userKey) {
        return """
                {"intent":{"id":"b1","name":"폴백 블록"},
                 "userRequest":{"timezone":"Asia/Seoul","params":{},"block":{"id":"b1","name":"폴백 블록"},
                   "utterance":"%s","lang":"ko","user":{"id":"%s","type":"botUserKey","properties":{}}},
                 "contexts":[],"bot":{"id":"benchmark-bot","name":"benchmark"},
                 "action":{"name":"skill","clientExtra":null,"params":{},"id":"a1","detailParams":{}}}
                """.formatted(utterance, userKey);
    }
}
