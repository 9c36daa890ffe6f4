package dev.commerce.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every model must open in Camunda Modeler as drawn and deploy to the engine as written. */
class BpmnModelLayoutTest {

  /** Event types of docs/events.md plus the commands the engine's REST facade sends. */
  private static final Set<String> KNOWN_MESSAGES = Set.of("OrderPlaced", "OrderCancelled", "DeliveryUpdated",
      "StockLookupRequested", "PromotionRequested", "ChatbotMessageReceived");

  private static final String ID_PATTERN = "(Event|End|Timer|Task|Gateway|SubProcess|Flow)_[A-Z][A-Za-z0-9]+";

  static List<Path> models() {
    return Models.bpmn();
  }

  @Test
  void theExpectedModelsAreThere() {
    assertThat(models()).extracting(p -> p.getFileName().toString())
        .contains("stock-lookup.bpmn", "delivery-tracking.bpmn", "promotion.bpmn", "chatbot.bpmn");
  }

  @ParameterizedTest
  @MethodSource("models")
  void parsesAndValidatesAgainstTheSchema(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromStream(Models.open(file));
    Bpmn.validateModel(model);
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    assertThat(processes).hasSize(1);
    Process process = processes.iterator().next();
    assertThat(file.getFileName().toString()).isEqualTo(process.getId() + ".bpmn");
    assertThat(process.isExecutable()).isTrue();
    assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive").isNotBlank();
    assertThat(process.getName()).isNotBlank();
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyElementHasAMeaningfulIdAndNodesHaveNames(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromStream(Models.open(file));
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      assertThat(node.getId()).as("id in %s", file).matches(ID_PATTERN);
      boolean mergeGateway = node instanceof Gateway && node.getOutgoing().size() == 1;
      if (!mergeGateway) {
        assertThat(node.getName()).as("name of %s", node.getId()).isNotBlank();
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      assertThat(flow.getId()).matches(ID_PATTERN);
    }
    for (Message message : model.getModelElementsByType(Message.class)) {
      assertThat(message.getName()).as("message name").isIn(KNOWN_MESSAGES);
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void everyFlowNodeHasAShapeAndEveryFlowAnEdgeThatTouchesItsEnds(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromStream(Models.open(file));
    Map<String, Bounds> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .collect(Collectors.toMap(s -> s.getBpmnElement().getId(), BpmnShape::getBounds));
    Map<String, BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .collect(Collectors.toMap(e -> e.getBpmnElement().getId(), Function.identity()));

    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      Bounds b = shapes.get(node.getId());
      assertThat(b).as("shape of %s", node.getId()).isNotNull();
      assertThat(b.getWidth()).isPositive();
      assertThat(b.getHeight()).isPositive();
      assertThat(b.getX()).as("x of %s", node.getId()).isPositive();
      assertThat(b.getY()).as("y of %s", node.getId()).isPositive();
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      BpmnEdge edge = edges.get(flow.getId());
      assertThat(edge).as("edge of %s", flow.getId()).isNotNull();
      List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
      assertThat(points).as("waypoints of %s", flow.getId()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(touches(shapes.get(flow.getSource().getId()), points.get(0)))
          .as("%s starts at %s", flow.getId(), flow.getSource().getId()).isTrue();
      assertThat(touches(shapes.get(flow.getTarget().getId()), points.get(points.size() - 1)))
          .as("%s ends at %s", flow.getId(), flow.getTarget().getId()).isTrue();
      for (int i = 1; i < points.size(); i++) {
        Waypoint a = points.get(i - 1);
        Waypoint c = points.get(i);
        assertThat(a.getX().equals(c.getX()) || a.getY().equals(c.getY()))
            .as("%s is drawn with right angles", flow.getId()).isTrue();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("models")
  void boundaryEventsSitOnTheirHostsBorderAndShapesDoNotOverlap(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromStream(Models.open(file));
    Map<String, Bounds> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .collect(Collectors.toMap(s -> s.getBpmnElement().getId(), BpmnShape::getBounds));
    for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
      Bounds e = shapes.get(event.getId());
      Bounds host = shapes.get(event.getAttachedTo().getId());
      double cx = e.getX() + e.getWidth() / 2;
      double cy = e.getY() + e.getHeight() / 2;
      boolean onVertical = (cx == host.getX() || cx == host.getX() + host.getWidth())
          && cy >= host.getY() && cy <= host.getY() + host.getHeight();
      boolean onHorizontal = (cy == host.getY() || cy == host.getY() + host.getHeight())
          && cx >= host.getX() && cx <= host.getX() + host.getWidth();
      assertThat(onVertical || onHorizontal).as("%s on the border of its host", event.getId()).isTrue();
    }
    List<FlowNode> nodes = model.getModelElementsByType(FlowNode.class).stream()
        .filter(n -> !(n instanceof BoundaryEvent)).toList();
    for (int i = 0; i < nodes.size(); i++) {
      for (int j = i + 1; j < nodes.size(); j++) {
        BaseElement a = nodes.get(i);
        BaseElement b = nodes.get(j);
        if (contains(a, b) || contains(b, a)) {
          continue;
        }
        assertThat(overlap(shapes.get(a.getId()), shapes.get(b.getId())))
            .as("%s overlaps %s", a.getId(), b.getId()).isFalse();
      }
    }
  }

  private static boolean contains(BaseElement outer, BaseElement inner) {
    for (var parent = inner.getParentElement(); parent != null; parent = parent.getParentElement()) {
      if (parent == outer) {
        return true;
      }
    }
    return false;
  }

  private static boolean touches(Bounds b, Waypoint p) {
    double tolerance = 1;
    boolean insideX = p.getX() >= b.getX() - tolerance && p.getX() <= b.getX() + b.getWidth() + tolerance;
    boolean insideY = p.getY() >= b.getY() - tolerance && p.getY() <= b.getY() + b.getHeight() + tolerance;
    boolean onBorder = Math.abs(p.getX() - b.getX()) <= tolerance
        || Math.abs(p.getX() - b.getX() - b.getWidth()) <= tolerance
        || Math.abs(p.getY() - b.getY()) <= tolerance
        || Math.abs(p.getY() - b.getY() - b.getHeight()) <= tolerance;
    return insideX && insideY && onBorder;
  }

  private static boolean overlap(Bounds a, Bounds b) {
    return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
        && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
  }
}
