package dev.commerce.chatbot.nlu;

import dev.commerce.chatbot.nlu.adapter.out.client.ItemCatalogueSource;
import dev.commerce.chatbot.nlu.adapter.out.client.ItemServiceClient;
import dev.commerce.chatbot.nlu.adapter.out.nori.NoriMorphemeAnalyzer;
import dev.commerce.chatbot.nlu.application.Catalogue;
import dev.commerce.chatbot.nlu.application.CatalogueRefresher;
import dev.commerce.chatbot.nlu.application.IntentModelTrainer;
import dev.commerce.chatbot.nlu.application.NluProperties;
import dev.commerce.chatbot.nlu.application.NluResources;
import dev.commerce.chatbot.nlu.application.NluService;
import dev.commerce.chatbot.nlu.domain.ConceptLexicon;
import dev.commerce.chatbot.nlu.domain.EntityRecognizer;
import dev.commerce.chatbot.nlu.domain.FeatureExtractor;
import dev.commerce.chatbot.nlu.domain.IntentClassifier;
import dev.commerce.chatbot.nlu.domain.ItemMatcher;
import dev.commerce.chatbot.nlu.domain.OrderNumberExtractor;
import dev.commerce.chatbot.nlu.domain.QuantityExtractor;
import dev.commerce.chatbot.nlu.domain.SoftmaxClassifier;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.TaskScheduler;

/** Wires the NLU: data files, Nori, the classifier (trained here, at start-up) and the catalogue refresh. */
@Configuration(proxyBeanMethods = false)
class NluConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NluConfiguration.class);

    @Bean(destroyMethod = "close")
    NoriMorphemeAnalyzer noriMorphemeAnalyzer() {
        return new NoriMorphemeAnalyzer();
    }

    @Bean
    EntityRecognizer entityRecognizer(NluProperties properties) {
        return new EntityRecognizer(new OrderNumberExtractor(),
                new QuantityExtractor(NluResources.quantityCounters(properties.entitiesFile())));
    }

    @Bean
    Catalogue catalogue(NluProperties properties, Clock clock) {
        return new Catalogue(NluResources.catalogueSeed(properties.catalogueSeedFile()),
                NluResources.itemAliases(properties.entitiesFile()), ItemMatcher.Settings.defaults(), clock);
    }

    @Bean
    IntentClassifier intentClassifier(NluProperties properties, NoriMorphemeAnalyzer analyzer,
                                      EntityRecognizer entities, Catalogue catalogue) {
        long started = System.nanoTime();
        FeatureExtractor features = new FeatureExtractor(analyzer, new ConceptLexicon(NluResources.concepts(properties.lexiconFile())));
        IntentClassifier classifier = new IntentModelTrainer(features, entities, SoftmaxClassifier.Hyperparameters.defaults())
                .train(NluResources.trainingExamples(properties.trainingFile()), catalogue.matcher(),
                        properties.confidenceThreshold());
        log.info("intent classifier trained from {} in {} ms ({} features, fallback below {})",
                properties.trainingFile().getDescription(), (System.nanoTime() - started) / 1_000_000,
                classifier.featureCount(), classifier.threshold());
        return classifier;
    }

    @Bean
    NluService nluService(EntityRecognizer entities, Catalogue catalogue, IntentClassifier classifier,
                          NluProperties properties) {
        return new NluService(entities, catalogue, classifier, properties.maxUtteranceLength());
    }

    @Bean
    CatalogueRefresher catalogueRefresher(Catalogue catalogue, ItemServiceClient items, TaskScheduler chatbotScheduler,
                                          NluProperties properties) {
        return new CatalogueRefresher(catalogue, new ItemCatalogueSource(items, 20), chatbotScheduler,
                properties.catalogueRefreshInterval(), properties.catalogueRetryInterval());
    }

    /** Reports where the item names come from; always UP: a stale catalogue degrades item recognition only. */
    @Bean
    HealthIndicator catalogueHealthIndicator(Catalogue catalogue) {
        return () -> {
            Catalogue.Status status = catalogue.status();
            Health.Builder health = Health.up()
                    .withDetail("source", status.source())
                    .withDetail("names", status.names())
                    .withDetail("updatedAt", String.valueOf(status.updatedAt()));
            if (status.lastFailureAt() != null) {
                health.withDetail("lastFailureAt", String.valueOf(status.lastFailureAt()))
                        .withDetail("lastFailure", status.lastFailure());
            }
            return health.build();
        };
    }
}
