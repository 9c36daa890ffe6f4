package dev.commerce.engine.promotion;

import static dev.commerce.engine.testsupport.Vars.map;
import static dev.commerce.engine.testsupport.Vars.maps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import dev.commerce.engine.promotion.application.PromotionOffer;
import dev.commerce.engine.testsupport.ProcessTestBeans;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = {"bpmn/promotion.bpmn", "dmn/promotion-discount.dmn"})
class PromotionProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(ProcessTestBeans.CONFIGURATION)
      .assertClassCoverageAtLeast(1.0).build();

  @BeforeEach
  void setUp() {
    ProcessTestBeans.reset();
    init(engine.getProcessEngine());
  }

  @Test
  void everyTargetGetsACouponWithItsOwnDiscountAndAnOffer() {
    ProcessInstance instance = request("AUTUMN-2026", "SILVER", null, null);
    runJobs();

    assertThat(instance).isEnded().hasPassed("Task_DecideDiscount", "Task_PublishPromotionOffered", "End_PromotionDone");
    assertThat(ProcessTestBeans.SERVICES.requests()).anySatisfy(r -> {
      assertThat(r.path()).isEqualTo("/api/customers");
      assertThat(r.query()).containsExactly(Map.entry("minGrade", "SILVER"));
    });
    Map<String, Object> minsu = ProcessTestBeans.SERVICES.couponsOf(1L).get("AUTUMN-2026");
    Map<String, Object> jiyoung = ProcessTestBeans.SERVICES.couponsOf(2L).get("AUTUMN-2026");
    assertThat(minsu).containsEntry("discountPercent", 10).containsEntry("category", "coffee");
    assertThat(jiyoung).containsEntry("discountPercent", 5).containsEntry("category", "tea");
    assertThat(ProcessTestBeans.SERVICES.couponsOf(3L)).as("BRONZE is below the minimum grade").isEmpty();

    List<PromotionOffer> offers = ProcessTestBeans.PUBLISHER.published();
    assertThat(offers).extracting(PromotionOffer::customerId).containsExactlyInAnyOrder(1L, 2L);
    PromotionOffer toMinsu = offers.stream().filter(o -> o.customerId() == 1L).findFirst().orElseThrow();
    assertThat(toMinsu.couponCode()).isEqualTo(minsu.get("code"));
    assertThat(toMinsu.items()).containsExactly("AMR-001", "LAT-001", "VAN-001");
    assertThat(toMinsu.validUntil()).isEqualTo(minsu.get("validUntil"));

    assertThat(map(variable(instance, "promotionSummary")))
        .containsEntry("targeted", 2).containsEntry("issued", 2).containsEntry("skipped", 0);
  }

  @Test
  void theCampaignCategoryWinsOverThePreference() {
    ProcessInstance instance = request("DESSERT-WEEK", null, null, "dessert");
    runJobs();

    assertThat(instance).isEnded();
    assertThat(ProcessTestBeans.PUBLISHER.published()).singleElement().satisfies(offer -> {
      assertThat(offer.customerId()).isEqualTo(1L);
      assertThat(offer.category()).isEqualTo("dessert");
      assertThat(offer.items()).containsExactly("CHO-001");
    });
  }

  @Test
  void aCustomerWithNothingInStockToPromoteIsSkipped() {
    ProcessTestBeans.SERVICES.setStock("GRT-001", 0);
    ProcessInstance instance = request("TEA-TIME", "SILVER", null, null);
    runJobs();

    assertThat(instance).isEnded().hasPassed("Gateway_HasItems");
    assertThat(ProcessTestBeans.SERVICES.couponsOf(2L)).isEmpty();
    assertThat(maps(variable(instance, "promotionResults")))
        .anySatisfy(r -> assertThat(r).containsEntry("customerId", 2).containsEntry("outcome", "SKIPPED")
            .containsEntry("reason", "NO_PROMOTED_ITEMS"));
    assertThat(map(variable(instance, "promotionSummary"))).containsEntry("issued", 1).containsEntry("skipped", 1);
  }

  @Test
  void aRejectedCouponIsCaughtAndTheCustomerSkipped() {
    ProcessTestBeans.SERVICES.answer("POST", "/api/customers/2/coupons", 409);
    ProcessInstance instance = request("REJECTED", "SILVER", null, null);
    runJobs();

    assertThat(instance).isEnded().hasPassed("Event_CouponRejected");
    assertThat(maps(variable(instance, "promotionResults")))
        .anySatisfy(r -> assertThat(r).containsEntry("customerId", 2).containsEntry("reason", "COUPON_REJECTED:HTTP_409"));
    assertThat(ProcessTestBeans.PUBLISHER.published()).extracting(PromotionOffer::customerId).containsExactly(1L);
  }

  @Test
  void noTargetsEndsWithAnEmptySummary() {
    ProcessInstance instance = request("VIP-ONLY", "VIP", null, null);
    runJobs();

    assertThat(instance).isEnded().hasNotPassed("SubProcess_PerCustomer");
    assertThat(map(variable(instance, "promotionSummary")))
        .containsEntry("targeted", 0).containsEntry("issued", 0).containsEntry("skipped", 0);
  }

  @Test
  void oneCustomerFailingDoesNotRollBackTheOthersAndRetryingIssuesNoSecondCoupon() {
    ProcessTestBeans.PUBLISHER.failFor(2L);
    ProcessInstance instance = request("KAFKA-DOWN", "SILVER", null, null);
    runJobs();

    Job failing = managementService().createJobQuery().processInstanceId(instance.getId())
        .activityId("Task_PublishPromotionOffered").singleResult();
    for (int attempt = 0; attempt < 2; attempt++) {
      assertThatThrownBy(() -> managementService().executeJob(failing.getId())).isInstanceOf(IllegalStateException.class);
    }
    assertThat(runtimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult()
        .getActivityId()).isEqualTo("Task_PublishPromotionOffered");
    assertThat(ProcessTestBeans.PUBLISHER.published()).extracting(PromotionOffer::customerId).containsExactly(1L);
    assertThat(ProcessTestBeans.SERVICES.couponsOf(1L)).containsKey("KAFKA-DOWN");
    assertThat(instance).isNotEnded();

    ProcessTestBeans.PUBLISHER.recover();
    managementService().setJobRetries(failing.getId(), 1);
    managementService().executeJob(failing.getId());
    runJobs();

    assertThat(instance).isEnded();
    assertThat(ProcessTestBeans.SERVICES.couponsOf(2L)).hasSize(1);
    assertThat(map(variable(instance, "promotionSummary"))).containsEntry("issued", 2);
  }

  @Test
  void runningACampaignAgainIssuesTheSameCouponsAndTheSameEventIds() {
    request("TWICE", "GOLD", null, null);
    runJobs();
    request("TWICE", "GOLD", null, null);
    runJobs();

    assertThat(ProcessTestBeans.SERVICES.couponsOf(1L)).hasSize(1);
    List<PromotionOffer> offers = ProcessTestBeans.PUBLISHER.published();
    assertThat(offers).hasSize(2);
    assertThat(offers.get(0).eventId()).isEqualTo(offers.get(1).eventId());
    assertThat(offers.get(0).couponCode()).isEqualTo(offers.get(1).couponCode());
  }

  @Test
  void theScheduledRunUsesTheConfiguredDefaults() {
    Job schedule = managementService().createJobQuery().processDefinitionKey("promotion").timers().singleResult();
    assertThat(schedule).as("timer start from ${promotionSettings.cron}").isNotNull();

    managementService().executeJob(schedule.getId());
    ProcessInstance instance = runtimeService().createProcessInstanceQuery().processDefinitionKey("promotion")
        .singleResult();
    runJobs();

    LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
    String campaign = String.format("WEEKLY-%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR),
        today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    assertThat(instance).isEnded().hasPassed("Event_PromotionScheduled");
    assertThat(ProcessTestBeans.SERVICES.couponsOf(1L)).containsKey(campaign);
    assertThat(ProcessTestBeans.SERVICES.couponsOf(3L)).as("default minimum grade SILVER").isEmpty();
  }

  private static ProcessInstance request(String campaign, String minGrade, Integer minPoints, String category) {
    return runtimeService().createMessageCorrelation("PromotionRequested").processInstanceBusinessKey(campaign)
        .setVariables(Variables.createVariables().putValue("campaign", campaign).putValue("minGrade", minGrade)
            .putValue("minPoints", minPoints).putValue("category", category))
        .correlateStartMessage();
  }

  /** What the job executor would do: run due jobs until none is left (failures keep their retry back-off). */
  private static void runJobs() {
    for (int round = 0; round < 200; round++) {
      List<Job> due = managementService().createJobQuery().executable().list().stream()
          .filter(job -> job.getProcessInstanceId() != null).toList();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        try {
          managementService().executeJob(job.getId());
        } catch (RuntimeException failedAttempt) {
          // the engine recorded the failure on the job; the test asserts the outcome
        }
      }
    }
    throw new AssertionError("jobs did not settle");
  }

  private static Object variable(ProcessInstance instance, String name) {
    return historyService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).list().stream().filter(v -> instance.getId().equals(v.getExecutionId()))
        .findFirst().orElseThrow().getValue();
  }
}
