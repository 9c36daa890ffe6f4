package dev.commerce.chatbot;

/** Test data in the shapes the real services and Kakao send (../shared/ARCHITECTURE.md, Kakao's skill guide). */
public final class DemoData {

    /** item-service {@code GET /api/items?size=100}: the demo catalogue, page metadata as Spring Data writes it. */
    public static final String ITEMS_PAGE = """
            {"content":[
              {"id":1,"sku":"AMR-001","name":"아메리카노","category":"coffee","price":4500,"stock":120,"points":45},
              {"id":2,"sku":"LAT-001","name":"카페라떼","category":"coffee","price":5000,"stock":80,"points":50},
              {"id":3,"sku":"VAN-001","name":"바닐라라떼","category":"coffee","price":5500,"stock":40,"points":55},
              {"id":4,"sku":"CBR-001","name":"콜드브루","category":"coffee","price":5000,"stock":0,"points":50},
              {"id":5,"sku":"GRT-001","name":"녹차라떼","category":"tea","price":5500,"stock":3,"points":55},
              {"id":6,"sku":"CHO-001","name":"초코케이크","category":"dessert","price":6500,"stock":12,"points":65},
              {"id":7,"sku":"CHE-001","name":"치즈케이크","category":"dessert","price":6800,"stock":0,"points":68},
              {"id":8,"sku":"BGL-001","name":"베이글","category":"bakery","price":3500,"stock":30,"points":35},
              {"id":9,"sku":"BEN-001","name":"하우스 블렌드 원두 1kg","category":"beans","price":28000,"stock":15,"points":280},
              {"id":10,"sku":"TUM-001","name":"스테인리스 텀블러","category":"goods","price":25000,"stock":7,"points":250},
              {"id":11,"sku":"MUG-001","name":"머그컵","category":"goods","price":12000,"stock":0,"points":120},
              {"id":12,"sku":"DRP-001","name":"드립백 세트","category":"beans","price":15000,"stock":25,"points":150}],
             "page":{"size":100,"number":0,"totalElements":12,"totalPages":1}}
            """;

    /** customer-service {@code GET /api/customers/by-kakao/kakao-minsu}. */
    public static final String MINSU = """
            {"id":1,"username":"minsu","name":"김민수","email":"minsu@example.com","phone":"010-1234-5678",
             "kakaoUserKey":"kakao-minsu","grade":"GOLD","points":12000}
            """;

    /**
     * A skill payload as Open Builder sends it (version 2, with the fields Kakao documents, including
     * ones the adapter does not use: intent.extra, flow, user.properties, detailParams).
     */
    public static final String SKILL_PAYLOAD_TEMPLATE = """
            {
              "intent": {"id": "62654c249ac8ed78441532de", "name": "폴백 블록",
                         "extra": {"reason": {"code": 1, "message": "OK"}}},
              "userRequest": {
                "timezone": "Asia/Seoul",
                "params": {"surface": "Kakaotalk.plusfriend"},
                "block": {"id": "62654c249ac8ed78441532de", "name": "폴백 블록"},
                "utterance": "",
                "lang": "ko",
                "user": {"id": "", "type": "botUserKey",
                         "properties": {"botUserKey": "", "plusfriendUserKey": "BlGTEYoiNoSh", "isFriend": true}}
              },
              "contexts": [],
              "bot": {"id": "5a548e36aea1a43fa851ecd9", "name": "12번가 챗봇"},
              "action": {"name": "commerce-skill", "clientExtra": null, "params": {},
                         "id": "5a56ebaa211ee046633e958d", "detailParams": {}},
              "flow": {"trigger": {"type": "TEXT_INPUT", "referrerBlock": {"id": "1", "name": "웰컴 블록"}},
                       "lastBlock": {"id": "1", "name": "웰컴 블록"}}
            }
            """;

    private DemoData() {
    }
}
