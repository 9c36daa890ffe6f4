package dev.commerce.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PromotionDiscountDecisionTest {

  private static final Path FILE = Models.RESOURCES.resolve("dmn/promotion-discount.dmn");
  private static final Set<String> MATCHED_RULES = new HashSet<>();
  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(java.util.List.of(new RuleRecorder()));
    engine = configuration.buildEngine();
    try (InputStream in = Models.open(FILE)) {
      decision = engine.parseDecision("promotion-discount", in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0} with {1} points on {2} -> {3}% for {4} days")
  @CsvSource(nullValues = "null", value = {
      "VIP,    500,   coffee, 20, 30",
      "GOLD,   25000, coffee, 15, 30",
      "GOLD,   12000, beans,  12, 21",
      "GOLD,   12000, goods,  12, 21",
      "GOLD,   12000, coffee, 10, 14",
      "SILVER, 6000,  dessert, 8, 14",
      "SILVER, 3500,  coffee,  5, 14",
      "BRONZE, 0,     bakery,  5,  7",
      "BRONZE, 0,     goods,   3,  7",
      "null,   null,  null,    3,  7"
  })
  void decidesDiscountAndValidity(String grade, Integer points, String category, int discount, int days) {
    DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
        .putValue("grade", grade).putValue("points", points).putValue("category", category)).getSingleResult();
    assertThat(((Number) result.getEntry("discountPercent")).intValue()).isEqualTo(discount);
    assertThat(((Number) result.getEntry("validDays")).intValue()).isEqualTo(days);
  }

  @Test
  void hasAtLeastSixRulesAndTheDeclaredInputsAndOutputs() {
    DmnModelInstance model = Dmn.readModelFromStream(Models.open(FILE));
    Decision decisionElement = model.getModelElementById("promotion-discount");
    assertThat(decisionElement.getCamundaHistoryTimeToLiveString()).isNotBlank();
    DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
    Collection<Rule> rules = table.getRules();
    assertThat(rules).hasSizeGreaterThanOrEqualTo(6);
    assertThat(table.getInputs()).extracting(i -> i.getInputExpression().getText().getTextContent())
        .containsExactly("grade", "points", "category");
    assertThat(table.getOutputs()).extracting(o -> o.getName()).containsExactly("discountPercent", "validDays");
  }

  @Test
  void carriesItsOwnDiagramLayout() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(FILE.toFile());
    NodeList shapes = document.getElementsByTagNameNS("https://www.omg.org/spec/DMN/20191111/DMNDI/", "DMNShape");
    assertThat(shapes.getLength()).isEqualTo(document.getElementsByTagNameNS("*", "decision").getLength());
    Element shape = (Element) shapes.item(0);
    assertThat(shape.getAttribute("dmnElementRef")).isEqualTo("promotion-discount");
    Element bounds = (Element) shape.getElementsByTagNameNS("*", "Bounds").item(0);
    assertThat(Double.parseDouble(bounds.getAttribute("width"))).isPositive();
  }

  @AfterAll
  static void everyRuleIsReachable() {
    DmnModelInstance model = Dmn.readModelFromStream(Models.open(FILE));
    Set<String> all = new HashSet<>();
    model.getModelElementsByType(Rule.class).forEach(r -> all.add(r.getId()));
    assertThat(MATCHED_RULES).as("rules hit by the cases above").containsExactlyInAnyOrderElementsOf(all);
  }

  private static final class RuleRecorder implements DmnDecisionTableEvaluationListener {
    @Override
    public void notify(DmnDecisionTableEvaluationEvent event) {
      event.getMatchingRules().forEach(r -> MATCHED_RULES.add(r.getId()));
    }
  }
}
