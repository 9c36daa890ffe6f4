package dev.commerce.engine.chatbot;

import static dev.commerce.engine.testsupport.Vars.map;
import static dev.commerce.engine.testsupport.Vars.maps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import dev.commerce.engine.servicecall.application.ServiceRequest;
import dev.commerce.engine.testsupport.FakeOrderService;
import dev.commerce.engine.testsupport.ProcessTestBeans;
import dev.commerce.engine.testsupport.RecordingReplySender.Sent;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The chatbot model with the real delegates over in-memory domain services: every gateway branch, every error
 * boundary event, and the reply exactly as chatbot-adapter's reply endpoint would receive it.
 */
@Deployment(resources = {"bpmn/chatbot.bpmn", "bpmn/stock-lookup.bpmn", "bpmn/promotion.bpmn",
    "dmn/promotion-discount.dmn"})
class ChatbotProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(ProcessTestBeans.CONFIGURATION)
      .excludeProcessDefinitionKeys("stock-lookup", "promotion").assertClassCoverageAtLeast(1.0).build();

  private static final List<String> MAIN_MENU = List.of("재고 조회", "배송 조회", "이벤트", "포인트");
  private static final String SEOUL_NOW = "2026-11-21T05:00:00Z";

  private FakeOrderService orders;

  @BeforeEach
  void setUp() {
    ProcessTestBeans.reset();
    init(engine.getProcessEngine());
    orders = ProcessTestBeans.SERVICES.orders();
  }

  // ---------------------------------------------------------------- stock.lookup

  @Test
  void stockOfAnItemInStockComesWithTheFiguresAndACard() {
    Conversation c = ask(minsu("stock.lookup").putValue("itemName", "아메리카노"));

    assertThat(c.instance).isEnded().hasPassedInOrder("Task_IdentifyCustomer", "Task_LookUpStock",
        "Task_ComposeStockReply", "Task_SendReply", "End_Replied");
    assertThat(c.text()).isEqualTo("아메리카노는 지금 주문할 수 있어요. 재고가 120개 있어요.");
    assertThat(c.card()).containsEntry("title", "아메리카노")
        .containsEntry("description", "4,500원 · 재고 120개 · 적립 45P");
    assertThat(c.quickReplies()).isEqualTo(MAIN_MENU);
    assertThat(c.reply().get("awaiting")).isNull();
    assertThat(c.sent.conversationId()).isEqualTo(c.instance.getBusinessKey());
    assertThat(history(c, "customerName")).isEqualTo("김민수");
    assertThat(history(c, "replyDelivery")).isEqualTo("IN_TIME");
  }

  @Test
  void fewerInStockThanAskedForSaysHowManyCanBeOrdered() {
    Conversation c = ask(minsu("stock.lookup").putValue("itemName", "녹차라떼").putValue("quantity", 5));

    assertThat(history(c, "stockStatus")).isEqualTo("LOW");
    assertThat(c.text()).isEqualTo("녹차라떼는 3개만 남아 있어서 5개는 어려워요. 3개까지는 주문할 수 있어요.");
  }

  @Test
  void soldOutItemsComeWithInStockAlternativesAsAList() {
    Conversation c = ask(stranger("stock.lookup").putValue("itemName", "콜드브루"));

    assertThat(c.text()).isEqualTo("콜드브루는 지금 품절이에요. 대신 이런 상품은 어떠세요?");
    assertThat(maps(c.list().get("items"))).extracting(e -> e.get("title"))
        .containsExactly("아메리카노", "카페라떼", "바닐라라떼");
    assertThat(maps(c.list().get("items")).get(0)).containsEntry("description", "4,500원 · 재고 120개");
    assertThat(c.quickReplies()).startsWith("아메리카노 재고", "카페라떼 재고", "바닐라라떼 재고").endsWith("포인트");
  }

  @Test
  void soldOutWithoutAlternativesSaysSo() {
    ProcessTestBeans.SERVICES.setStock("TUM-001", 0);

    Conversation c = ask(stranger("stock.lookup").putValue("itemName", "머그컵").putValue("quantity", 1));

    assertThat(history(c, "stockStatus")).isEqualTo("OUT_OF_STOCK");
    assertThat(c.text()).startsWith("머그컵은 지금 품절이에요.").contains("다른 상품도 지금은 재고가 없어요");
    assertThat(c.reply().get("list")).isNull();
  }

  @Test
  void anUnknownNameOffersTheClosestCatalogueNames() {
    Conversation c = ask(stranger("stock.lookup").putValue("itemName", "아메리까노"));

    assertThat(history(c, "stockStatus")).isEqualTo("NOT_FOUND");
    assertThat(c.text()).isEqualTo("'아메리까노'라는 상품은 찾지 못했어요. 혹시 아메리카노 중에 찾으시나요?");
    assertThat(c.quickReplies()).startsWith("아메리카노 재고");
  }

  @Test
  void withoutAnItemTheBotAsksWhichOne() {
    Conversation c = ask(stranger("stock.lookup"));

    assertThat(c.instance).hasPassed("Task_AskWhichItem").hasNotPassed("Task_LookUpStock");
    assertThat(c.text()).startsWith("어떤 상품의 재고를 알려드릴까요?");
  }

  @Test
  void itemServiceDownInsideTheCallActivityIsAnApologyAtOnceNotAnIncident() {
    ProcessTestBeans.SERVICES.down("item-service");

    Conversation c = ask(minsu("stock.lookup").putValue("itemName", "아메리카노"));

    assertThat(c.instance).isEnded().hasPassedInOrder("Task_LookUpStock", "Event_ServiceUnavailable",
        "Task_ReplyServiceUnavailable", "Task_SendReply").hasNotPassed("Task_ComposeStockReply");
    assertThat(c.text()).isEqualTo("죄송해요, 지금 재고 정보를 불러오지 못했어요. 잠시 후 다시 시도해 주세요.");
    assertThat((String) history(c, "chatbotErrorMessage")).contains("item-service");
  }

  // ---------------------------------------------------------------- delivery.track

  @Test
  void aLinkedCustomerAskingWithTheirOrderNumberSeesTheWholeDelivery() {
    orders.order("ORD-20261120-0001", 1, "아메리카노", 2, 4500, "2026-11-20T01:00:00Z");
    orders.deliveryStep("ORD-20261120-0001", "SHIPPED", "CJ대한통운", "6543210987", "서울 허브", "2026-11-20T09:00:00Z");
    orders.deliveryStep("ORD-20261120-0001", "IN_TRANSIT", null, null, "옥천 HUB", "2026-11-21T02:30:00Z");

    Conversation c = ask(minsu("delivery.track").putValue("orderNumber", "ORD-20261120-0001"));

    assertThat(c.instance).hasPassedInOrder("Task_LoadOrder", "Gateway_OrderOwner", "Task_TrackDelivery")
        .hasNotPassed("Task_FindLatestOrder");
    assertThat(c.text()).isEqualTo("주문 ORD-20261120-0001은 배송 중이에요. 지금 옥천 HUB에 있어요.");
    assertThat((String) c.card().get("description")).isEqualTo("상태: 배송 중\n상품: 아메리카노 · 9,000원\n"
        + "택배: CJ대한통운 6543210987\n최근: 11월 21일 11:30 배송 중 (옥천 HUB)");
    assertThat(maps(c.card().get("buttons"))).singleElement().satisfies(b -> assertThat(b)
        .containsEntry("action", "message").containsEntry("label", "최근 주문 보기"));
  }

  @Test
  void withoutANumberALinkedCustomerGetsTheirLatestOrder() {
    orders.order("ORD-20261119-0007", 1, "베이글", 1, 3500, "2026-11-19T01:00:00Z");
    orders.order("ORD-20261120-0002", 1, "카페라떼", 1, 5000, "2026-11-20T03:00:00Z");
    orders.order("ORD-20261120-0003", 2, "녹차라떼", 1, 5500, "2026-11-20T04:00:00Z");
    orders.deliveryStep("ORD-20261120-0002", "PACKED", null, null, null, "2026-11-20T05:00:00Z");

    Conversation c = ask(minsu("delivery.track"));

    assertThat(c.instance).hasPassedInOrder("Task_FindLatestOrder", "Gateway_HasLatestOrder", "Task_TrackDelivery");
    assertThat(c.text()).isEqualTo("주문 ORD-20261120-0002는 포장을 마치고 출고를 기다리고 있어요.");
    assertThat(history(c, "orderNumber")).isEqualTo("ORD-20261120-0002");
  }

  @Test
  void aLinkedCustomerWithoutOrdersIsToldSo() {
    Conversation c = ask(jiyoung("delivery.track"));

    assertThat(c.instance).hasPassed("Task_FindLatestOrder", "Task_ReplyNoOrders").hasNotPassed("Task_TrackDelivery");
    assertThat(c.text()).startsWith("아직 주문 내역이 없어요.");
  }

  @Test
  void anUnlinkedUserIsAskedForTheNumberAndTheAdapterIsToldToWaitForIt() {
    Conversation c = ask(stranger("delivery.track"));

    assertThat(c.instance).hasPassed("Task_AskOrderNumber").hasNotPassed("Task_FindLatestOrder");
    String example = "ORD-" + LocalDate.now(java.time.ZoneId.of("Asia/Seoul"))
        .format(DateTimeFormatter.BASIC_ISO_DATE) + "-0001";
    assertThat(c.text()).startsWith("배송을 조회할 주문번호를 알려 주세요. (예: " + example + ")")
        .contains("카카오 계정을 회원 정보와 연결하면");
    assertThat(c.reply()).containsEntry("awaiting", "order_number");
  }

  @Test
  void anAnswerWithoutANumberIsAskedAgain() {
    Conversation c = ask(stranger("delivery.track").putValue("answeredPrompt", "order_number"));

    assertThat(c.text()).startsWith("주문번호를 찾지 못했어요.");
    assertThat(c.reply()).containsEntry("awaiting", "order_number");
  }

  @Test
  void someoneWithOnlyTheNumberSeesTheStatusButNothingPersonal() {
    orders.order("ORD-20261120-0004", 1, "텀블러", 1, 25000, "2026-11-20T01:00:00Z");
    orders.deliveryStep("ORD-20261120-0004", "SHIPPED", "한진택배", "1122334455", "서울 허브", "2026-11-20T09:00:00Z");

    Conversation c = ask(stranger("delivery.track").putValue("orderNumber", "ORD-20261120-0004")
        .putValue("answeredPrompt", "order_number"));

    assertThat(c.instance).hasPassedInOrder("Gateway_OrderOwner", "Gateway_OrderKnown", "Task_TrackDelivery");
    assertThat(c.text()).isEqualTo("주문 ORD-20261120-0004는 출고되었어요. 한진택배에서 배송해요.");
    assertThat((String) c.card().get("description")).doesNotContain("텀블러", "25,000", "1122334455");
    assertThat(maps(c.card().get("buttons"))).isEmpty();
  }

  @Test
  void anUnknownOrderNumberIsExplainedAndTheBotWaitsForANewOne() {
    Conversation c = ask(minsu("delivery.track").putValue("orderNumber", "ORD-20261120-9999"));

    assertThat(c.instance).isEnded().hasPassedInOrder("Task_LoadOrder", "Event_OrderNotFound",
        "Task_ReplyOrderNotFound", "Task_SendReply");
    assertThat(c.text()).isEqualTo("주문번호 ORD-20261120-9999를 찾을 수 없어요. 번호를 확인하고 다시 보내 주세요.");
    assertThat(c.reply()).containsEntry("awaiting", "order_number");
  }

  @Test
  void aLinkedCustomerAskingForSomeoneElsesOrderIsRefusedWithoutLoadingItsDelivery() {
    orders.order("ORD-20261120-0005", 2, "녹차라떼", 1, 5500, "2026-11-20T01:00:00Z");

    Conversation c = ask(minsu("delivery.track").putValue("orderNumber", "ORD-20261120-0005"));

    assertThat(c.instance).isEnded().hasPassedInOrder("Gateway_OrderOwner", "End_NotCustomersOrder",
        "Event_NotCustomersOrder", "Task_ReplyNotYourOrder").hasNotPassed("Task_TrackDelivery");
    assertThat(c.text()).startsWith("주문 ORD-20261120-0005는 고객님 계정의 주문이 아니어서 알려드릴 수 없어요.");
    assertThat(c.text()).doesNotContain("녹차라떼");
    assertThat(ProcessTestBeans.SERVICES.requests()).noneMatch(r -> r.path().endsWith("/delivery"));
  }

  @Test
  void anOrderWhoseDeliveryIsGoneIsAnUnknownOrder() {
    orders.order("ORD-20261120-0006", 1, "베이글", 1, 3500, "2026-11-20T01:00:00Z");
    ProcessTestBeans.SERVICES.answer("GET", "/api/orders/ORD-20261120-0006/delivery", 404);

    Conversation c = ask(minsu("delivery.track").putValue("orderNumber", "ORD-20261120-0006"));

    assertThat(c.instance).hasPassedInOrder("Task_TrackDelivery", "Event_OrderNotFound", "Task_ReplyOrderNotFound");
  }

  @Test
  void orderServiceDownIsAnApologyAboutTheDelivery() {
    ProcessTestBeans.SERVICES.down("order-service");

    Conversation c = ask(minsu("delivery.track"));

    assertThat(c.instance).hasPassedInOrder("Task_FindLatestOrder", "Event_ServiceUnavailable");
    assertThat(c.text()).isEqualTo("죄송해요, 지금 배송 정보를 불러오지 못했어요. 잠시 후 다시 시도해 주세요.");
  }

  // ---------------------------------------------------------------- order.list, points.balance, linking

  @Test
  void recentOrdersAreAListNewestFirst() {
    orders.order("ORD-20261119-0001", 1, "베이글", 3, 3500, "2026-11-19T01:00:00Z");
    orders.order("ORD-20261120-0001", 1, "아메리카노", 2, 4500, "2026-11-20T01:00:00Z");
    orders.deliveryStep("ORD-20261119-0001", "PACKED", null, null, null, "2026-11-19T05:00:00Z");

    Conversation c = ask(minsu("order.list"));

    assertThat(c.instance).hasPassed("Task_ListOrders");
    assertThat(c.text()).isEqualTo("김민수님의 최근 주문 2건이에요. 배송이 궁금한 주문번호를 보내 주세요.");
    assertThat(c.list()).containsEntry("header", "최근 주문");
    assertThat(maps(c.list().get("items"))).extracting(e -> e.get("title") + " | " + e.get("description"))
        .containsExactly("ORD-20261120-0001 | 주문 접수 · 아메리카노 · 9,000원",
            "ORD-20261119-0001 | 상품 준비 완료 · 베이글 · 10,500원");
  }

  @Test
  void noOrdersYet() {
    Conversation c = ask(jiyoung("order.list"));

    assertThat(c.text()).startsWith("아직 주문 내역이 없어요.");
    assertThat(c.reply().get("list")).isNull();
  }

  @Test
  void pointsBalanceGradeAndWhatIsMissingToTheNextGrade() {
    Conversation c = ask(minsu("points.balance"));

    assertThat(c.instance).hasPassed("Task_ShowPoints");
    assertThat(c.text()).isEqualTo("김민수님의 사용할 수 있는 포인트는 12,000P예요.\n"
        + "지금 GOLD 등급이고, 누적 적립 포인트는 12,000P예요. VIP 등급까지 18,000P 남았어요.");
  }

  @Test
  void personalQuestionsFromAnUnlinkedUserExplainHowToLink() {
    Conversation points = ask(stranger("points.balance"));
    Conversation list = ask(stranger("order.list"));

    assertThat(points.instance).hasPassedInOrder("Gateway_PointsForMember", "Task_ExplainLinking")
        .hasNotPassed("Task_ShowPoints");
    assertThat(list.instance).hasPassedInOrder("Gateway_OrdersForMember", "Task_ExplainLinking")
        .hasNotPassed("Task_ListOrders");
    assertThat(points.text()).startsWith("카카오 계정이 아직 회원 정보와 연결되지 않았어요.");
    assertThat(list.text()).isEqualTo(points.text());
    assertThat(ProcessTestBeans.SERVICES.requests()).noneMatch(r -> r.path().contains("/points"));
  }

  @Test
  void anUnknownCustomerIsTriedOnceByKakaoKey() {
    Conversation c = ask(message("points.balance").putValue("botUserKey", "kakao-minsu")
        .putValue("customerStatus", "UNKNOWN"));

    assertThat(history(c, "customerStatus")).isEqualTo("LINKED");
    assertThat(history(c, "customerId")).isEqualTo(1L);
    assertThat(c.text()).startsWith("김민수님의 사용할 수 있는 포인트는 12,000P예요.");
  }

  @Test
  void customerServiceDownKeepsTheCustomerUnknownAndDoesNotAskToLink() {
    ProcessTestBeans.SERVICES.down("customer-service");

    Conversation c = ask(message("points.balance").putValue("botUserKey", "kakao-minsu")
        .putValue("customerStatus", "UNKNOWN"));

    assertThat(history(c, "customerStatus")).isEqualTo("UNKNOWN");
    assertThat(c.instance).hasPassed("Task_ExplainLinking");
    assertThat(c.text()).startsWith("지금은 회원 정보를 확인할 수 없어요.").doesNotContain("연결");
  }

  @Test
  void customerServiceDownForALinkedCustomerIsAnApologyAboutThePoints() {
    ProcessTestBeans.SERVICES.down("customer-service");

    Conversation c = ask(minsu("points.balance"));

    assertThat(history(c, "customerStatus")).isEqualTo("LINKED");
    assertThat(c.instance).hasPassedInOrder("Task_ShowPoints", "Event_ServiceUnavailable");
    assertThat(c.text()).isEqualTo("죄송해요, 지금 포인트 정보를 불러오지 못했어요. 잠시 후 다시 시도해 주세요.");
  }

  @Test
  void aLinkWhoseCustomerIsGoneCountsAsUnlinked() {
    Conversation c = ask(message("order.list").putValue("botUserKey", "kakao-old").putValue("customerStatus", "LINKED")
        .putValue("customerId", 99L));

    assertThat(history(c, "customerStatus")).isEqualTo("UNLINKED");
    assertThat(c.text()).startsWith("카카오 계정이 아직 회원 정보와 연결되지 않았어요.");
  }

  // ---------------------------------------------------------------- promotion.list

  @Test
  void couponsOfTheCustomerAndTheRunningCampaignWithItsInStockItems() {
    runtimeService().createMessageCorrelation("PromotionRequested").setVariable("campaign", "WINTER-2026")
        .setVariable("minGrade", "SILVER").setVariable("category", "coffee").correlateStartMessage();
    ProcessTestBeans.SERVICES.exchange(new ServiceRequest("customer-service", "POST", "/api/customers/1/coupons",
        Map.of(), "{\"campaign\":\"WINTER-2026\",\"discountPercent\":10,\"category\":\"coffee\",\"validDays\":14}"));

    Conversation c = ask(minsu("promotion.list"));

    assertThat(c.instance).hasPassed("Task_ListPromotions");
    assertThat(c.text()).isEqualTo("김민수님이 지금 쓸 수 있는 쿠폰이 1장 있어요. 진행 중인 이벤트: WINTER-2026. "
        + "지금 주문할 수 있는 이벤트 상품: 아메리카노, 카페라떼, 바닐라라떼.");
    assertThat(c.list()).containsEntry("header", "쿠폰과 이벤트");
    assertThat(maps(c.list().get("items"))).extracting(e -> e.get("title") + " | " + e.get("description"))
        .containsExactly("10% 할인 쿠폰 | WINTER-2026 · 커피 · 2026-12-15까지",
            "이벤트 WINTER-2026 | 커피 · SILVER 이상 회원");
  }

  @Test
  void unlinkedUsersSeeTheCampaignsAndHowToSeeTheirCoupons() {
    runtimeService().createMessageCorrelation("PromotionRequested").setVariable("campaign", "DESSERT-WEEK")
        .setVariable("category", "dessert").correlateStartMessage();

    Conversation c = ask(stranger("promotion.list"));

    assertThat(c.text()).isEqualTo("진행 중인 이벤트: DESSERT-WEEK. 지금 주문할 수 있는 이벤트 상품: 초코케이크. "
        + "카카오 계정을 회원 정보와 연결하면 받은 쿠폰도 여기서 확인할 수 있어요.");
    assertThat(c.list()).containsEntry("header", "진행 중인 이벤트");
    assertThat(ProcessTestBeans.SERVICES.requests()).noneMatch(r -> r.path().contains("/coupons"));
  }

  @Test
  void noCampaignAndNoCoupon() {
    Conversation c = ask(jiyoung("promotion.list"));

    assertThat(c.text()).isEqualTo("이지영님이 지금 쓸 수 있는 쿠폰은 없어요. 지금 진행 중인 이벤트는 없어요.");
    assertThat(c.reply().get("list")).isNull();
  }

  // ---------------------------------------------------------------- greeting, help, fallback, delivery of the reply

  @Test
  void greetingByName() {
    Conversation linked = ask(minsu("greeting"));
    Conversation unlinked = ask(stranger("greeting"));

    assertThat(linked.text()).startsWith("안녕하세요, 김민수님! 12번가 챗봇이에요.");
    assertThat(unlinked.text()).startsWith("안녕하세요! 12번가 챗봇이에요.");
  }

  @Test
  void helpListsWhatCanBeAsked() {
    Conversation c = ask(stranger("help"));

    assertThat(c.instance).hasPassed("Task_Help");
    assertThat(c.text()).contains("아메리카노 재고 있어요?", "주문 배송 어디쯤이야?", "내 포인트 얼마야?");
  }

  @Test
  void fallbackAndAMessageWithNothingButAnUtteranceBothGetTheFallback() {
    Conversation fallback = ask(stranger("fallback"));
    Conversation bare = ask(Variables.createVariables().putValue("utterance", "음..."));

    assertThat(fallback.instance).hasPassedInOrder("Gateway_Intent", "Task_Fallback");
    assertThat(bare.instance).isEnded().hasPassed("Task_Fallback");
    assertThat(fallback.text()).startsWith("죄송해요, 무슨 말씀인지 잘 모르겠어요.");
    assertThat(bare.text()).isEqualTo(fallback.text());
    assertThat(history(bare, "customerStatus")).isEqualTo("UNKNOWN");
  }

  @Test
  void aReplyTheAdapterNoLongerTakesStillEndsTheConversationAndIsRecorded() {
    ProcessTestBeans.REPLIES.answer("NOT_DELIVERABLE");

    Conversation c = ask(minsu("greeting"));

    assertThat(c.instance).isEnded().hasPassed("End_Replied");
    assertThat(history(c, "replyDelivery")).isEqualTo("NOT_DELIVERABLE");
  }

  // ---------------------------------------------------------------- helpers

  /** What chatbot-adapter sends (README "Engine seam"), with the values a test does not set left null. */
  private static VariableMap message(String intent) {
    return Variables.createVariables()
        .putValue("utterance", "테스트 문장")
        .putValue("intent", intent)
        .putValue("confidence", 0.93)
        .putValue("entities", "[]")
        .putValueTyped("botUserKey", Variables.stringValue(null))
        .putValueTyped("customerId", Variables.longValue(null))
        .putValue("customerStatus", "UNLINKED")
        .putValueTyped("orderNumber", Variables.stringValue(null))
        .putValueTyped("itemName", Variables.stringValue(null))
        .putValueTyped("quantity", Variables.integerValue(null))
        .putValueTyped("answeredPrompt", Variables.stringValue(null));
  }

  private static VariableMap minsu(String intent) {
    return message(intent).putValue("botUserKey", "kakao-minsu").putValue("customerId", 1L)
        .putValue("customerStatus", "LINKED");
  }

  private static VariableMap jiyoung(String intent) {
    return message(intent).putValue("botUserKey", "kakao-jiyoung").putValue("customerId", 2L)
        .putValue("customerStatus", "LINKED");
  }

  private static VariableMap stranger(String intent) {
    return message(intent).putValue("botUserKey", "kakao-stranger");
  }

  private static Conversation ask(VariableMap variables) {
    String conversationId = UUID.randomUUID().toString();
    variables.putValue("conversationId", conversationId);
    ProcessInstance instance = runtimeService().createMessageCorrelation("ChatbotMessageReceived")
        .processInstanceBusinessKey(conversationId).setVariables(variables).correlateStartMessage();
    List<Sent> sent = ProcessTestBeans.REPLIES.sent().stream()
        .filter(s -> s.conversationId().equals(conversationId)).toList();
    assertThat(sent).as("exactly one reply per conversation").hasSize(1);
    return new Conversation(instance, sent.get(0));
  }

  private static Object history(Conversation c, String name) {
    HistoricVariableInstance variable = historyService().createHistoricVariableInstanceQuery()
        .processInstanceId(c.instance.getId()).variableName(name).singleResult();
    assertThat(variable).as("variable %s", name).isNotNull();
    return variable.getValue();
  }

  private record Conversation(ProcessInstance instance, Sent sent) {

    Map<String, Object> reply() {
      return sent.reply();
    }

    String text() {
      return (String) sent.reply().get("text");
    }

    Map<String, Object> card() {
      return map(sent.reply().get("card"));
    }

    Map<String, Object> list() {
      return map(sent.reply().get("list"));
    }

    List<String> quickReplies() {
      return ((List<?>) sent.reply().get("quickReplies")).stream().map(String::valueOf).toList();
    }
  }
}
