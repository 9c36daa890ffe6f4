package dev.commerce.chatbot.nlu;

import dev.commerce.chatbot.nlu.adapter.out.nori.NoriMorphemeAnalyzer;
import dev.commerce.chatbot.nlu.application.Catalogue;
import dev.commerce.chatbot.nlu.application.IntentModelTrainer;
import dev.commerce.chatbot.nlu.application.NluResources;
import dev.commerce.chatbot.nlu.application.NluService;
import dev.commerce.chatbot.nlu.domain.ConceptLexicon;
import dev.commerce.chatbot.nlu.domain.EntityRecognizer;
import dev.commerce.chatbot.nlu.domain.FeatureExtractor;
import dev.commerce.chatbot.nlu.domain.ItemMatcher;
import dev.commerce.chatbot.nlu.domain.OrderNumberExtractor;
import dev.commerce.chatbot.nlu.domain.QuantityExtractor;
import dev.commerce.chatbot.nlu.domain.SoftmaxClassifier;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/** The NLU wired from the bundled data files, without Spring: one instance per test JVM. */
public final class NluFixture {

    public static final double THRESHOLD = 0.4;

    public static final Resource TRAINING = new ClassPathResource("nlu/training.yml");
    public static final Resource ENTITIES = new ClassPathResource("nlu/entities.yml");
    public static final Resource SEED = new ClassPathResource("nlu/catalogue-seed.yml");

    private static final NoriMorphemeAnalyzer ANALYZER = new NoriMorphemeAnalyzer();
    public static final Resource LEXICON = new ClassPathResource("nlu/lexicon.yml");
    private static final FeatureExtractor FEATURES = new FeatureExtractor(ANALYZER,
            new ConceptLexicon(NluResources.concepts(LEXICON)));
    private static final EntityRecognizer ENTITY_RECOGNIZER = new EntityRecognizer(new OrderNumberExtractor(),
            new QuantityExtractor(NluResources.quantityCounters(ENTITIES)));
    private static final Map<String, List<String>> ALIASES = NluResources.itemAliases(ENTITIES);
    private static NluService service;

    private NluFixture() {
    }

    public static synchronized NluService service() {
        if (service == null) {
            Catalogue catalogue = catalogue();
            service = new NluService(ENTITY_RECOGNIZER, catalogue,
                    trainer().train(NluResources.trainingExamples(TRAINING), catalogue.matcher(), THRESHOLD), 500);
        }
        return service;
    }

    public static Catalogue catalogue() {
        return new Catalogue(NluResources.catalogueSeed(SEED), ALIASES, ItemMatcher.Settings.defaults(), Clock.systemUTC());
    }

    public static IntentModelTrainer trainer() {
        return trainer(SoftmaxClassifier.Hyperparameters.defaults());
    }

    public static IntentModelTrainer trainer(SoftmaxClassifier.Hyperparameters hyperparameters) {
        return new IntentModelTrainer(FEATURES, ENTITY_RECOGNIZER, hyperparameters);
    }

    public static EntityRecognizer entityRecognizer() {
        return ENTITY_RECOGNIZER;
    }
}
