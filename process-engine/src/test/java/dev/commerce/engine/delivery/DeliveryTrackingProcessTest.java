package dev.commerce.engine.delivery;

import static dev.commerce.engine.testsupport.Vars.maps;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dev.commerce.engine.servicecall.application.ServiceUnavailableException;
import dev.commerce.engine.testsupport.ProcessTestBeans;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Deployment(resources = "bpmn/delivery-tracking.bpmn")
class DeliveryTrackingProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension engine = ProcessEngineCoverageExtension.builder(ProcessTestBeans.CONFIGURATION)
      .assertClassCoverageAtLeast(1.0).build();

  @BeforeEach
  void setUp() {
    ProcessTestBeans.reset();
    init(engine.getProcessEngine());
  }

  @Test
  void packedThenShippedThenInTransitThenDeliveredEndsDelivered() {
    ProcessInstance instance = orderPlaced("ORD-20261120-0001", 1L);
    assertThat(instance).isWaitingAt("Event_DeliveryUpdated");

    deliveryUpdated(instance, "PACKED");
    assertThat(instance).isWaitingAt("Event_DeliveryUpdated").hasPassed("Task_RecordDeliveryUpdate");

    deliveryUpdated(instance, "SHIPPED");
    assertThat(instance).isWaitingAt("Event_DeliveryUpdatedInTransit").hasPassed("Event_Shipped");
    assertThat(timer(instance)).as("the overdue timer is gone once shipped").isNull();

    deliveryUpdated(instance, "IN_TRANSIT");
    assertThat(instance).isWaitingAt("Event_DeliveryUpdatedInTransit").hasPassed("Task_RecordTransitUpdate");

    deliveryUpdated(instance, "DELIVERED");
    assertThat(instance).isEnded().hasPassed("End_Delivered");
    assertThat(maps(historicVariable(instance, "deliveryHistory"))).extracting(e -> e.get("status"))
        .containsExactly("PACKED", "SHIPPED", "IN_TRANSIT", "DELIVERED");
  }

  @Test
  void deliveredStraightAwayEndsWithoutWaitingForMore() {
    ProcessInstance instance = orderPlaced("ORD-20261120-0002", 1L);

    deliveryUpdated(instance, "DELIVERED");

    assertThat(instance).isEnded().hasPassedInOrder("Event_Shipped", "Gateway_Delivered", "End_Delivered")
        .hasNotPassed("Event_DeliveryUpdatedInTransit");
  }

  @Test
  void cancelledBeforeShipmentEndsCancelled() {
    ProcessInstance instance = orderPlaced("ORD-20261120-0003", 1L);
    deliveryUpdated(instance, "PACKED");

    runtimeService().createMessageCorrelation("OrderCancelled").processInstanceBusinessKey("ORD-20261120-0003")
        .setVariable("cancelReason", "customer request").correlate();

    assertThat(instance).isEnded().hasPassed("End_OrderCancelled").hasNotPassed("Event_Shipped");
  }

  @Test
  void notShippedInTimeIssuesAnApologyCouponAndAsksAnOperator() {
    ProcessInstance instance = orderPlaced("ORD-20261120-0004", 1L);
    Job timer = timer(instance);
    assertThat(Duration.between(new Date().toInstant(), timer.getDuedate().toInstant()))
        .isBetween(Duration.ofHours(47), Duration.ofHours(48));

    managementService().executeJob(timer.getId());
    assertThat(instance).isWaitingAt("Task_IssueApologyCoupon", "Event_DeliveryUpdated");
    managementService().executeJob(asyncJob(instance, "Task_IssueApologyCoupon").getId());

    Map<String, Map<String, Object>> coupons = ProcessTestBeans.SERVICES.couponsOf(1L);
    assertThat(coupons).containsKey("DELAY-ORD-20261120-0004");
    assertThat(coupons.get("DELAY-ORD-20261120-0004")).containsEntry("discountPercent", 10);
    assertThat(instance).isWaitingAt("Task_CheckDelay", "Event_DeliveryUpdated")
        .variables().containsEntry("apologyCouponCode", coupons.get("DELAY-ORD-20261120-0004").get("code"));
    assertThat(task(instance)).hasName("배송 지연 확인").hasCandidateGroup("operator");

    complete(task(instance), withVariables("customerContacted", true, "delayNote", "carrier backlog"));
    deliveryUpdated(instance, "DELIVERED");
    assertThat(instance).isEnded().hasPassed("End_DelayChecked", "End_Delivered");
  }

  @Test
  void couponRejectionStillCreatesTheOperatorTask() {
    ProcessInstance instance = orderPlaced("ORD-20261120-0005", 404L);
    managementService().executeJob(timer(instance).getId());

    managementService().executeJob(asyncJob(instance, "Task_IssueApologyCoupon").getId());

    assertThat(instance).hasPassed("Event_ApologyCouponRejected").isWaitingAt("Task_CheckDelay")
        .variables().containsEntry("apologyCouponError", "HTTP_404");
    assertThat(taskService().createTaskQuery().taskCandidateGroup("operator").count()).isEqualTo(1);
  }

  @Test
  void customerServiceDownMakesTheCouponAnIncidentNotALostStep() {
    ProcessInstance instance = orderPlaced("ORD-20261120-0006", 1L);
    managementService().executeJob(timer(instance).getId());
    ProcessTestBeans.SERVICES.down("customer-service");

    Job coupon = asyncJob(instance, "Task_IssueApologyCoupon");
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThatThrownBy(() -> managementService().executeJob(coupon.getId()))
          .isInstanceOf(ServiceUnavailableException.class);
    }

    assertThat(runtimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult()
        .getActivityId()).isEqualTo("Task_IssueApologyCoupon");
    assertThat(instance).isWaitingAt("Task_IssueApologyCoupon", "Event_DeliveryUpdated");
    assertThat(ProcessTestBeans.SERVICES.couponsOf(1L)).isEmpty();
  }

  private static ProcessInstance orderPlaced(String orderNumber, long customerId) {
    return runtimeService().createMessageCorrelation("OrderPlaced").processInstanceBusinessKey(orderNumber)
        .setVariable("orderNumber", orderNumber).setVariable("customerId", customerId)
        .setVariable("orderTotal", 9000).setVariable("deliveryHistory", new ArrayList<>())
        .setVariable("shipped", false).correlateStartMessage();
  }

  private static void deliveryUpdated(ProcessInstance instance, String status) {
    runtimeService().createMessageCorrelation("DeliveryUpdated").processInstanceId(instance.getId())
        .setVariable("deliveryStatus", status).setVariable("deliveryCarrier", "CJ대한통운")
        .setVariable("deliveryTrackingNumber", "123456789").setVariable("deliveryLocation", "서울")
        .setVariable("deliveryAt", "2026-11-20T10:00:00Z").correlate();
  }

  private static Job timer(ProcessInstance instance) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
  }

  private static Job asyncJob(ProcessInstance instance, String activityId) {
    return managementService().createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
  }

  private static Object historicVariable(ProcessInstance instance, String name) {
    return engine.getProcessEngine().getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult().getValue();
  }
}
