package dev.commerce.engine.testsupport;

import dev.commerce.engine.promotion.application.PromotionOffer;
import dev.commerce.engine.promotion.application.PromotionOfferedPublisher;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** Stands in for Kafka in process tests; can play "broker down" for chosen customers. */
public class RecordingPromotionPublisher implements PromotionOfferedPublisher {

  private final List<PromotionOffer> published = new CopyOnWriteArrayList<>();
  private final Set<Long> failingCustomers = new HashSet<>();

  public void reset() {
    published.clear();
    failingCustomers.clear();
  }

  public void failFor(long customerId) {
    failingCustomers.add(customerId);
  }

  public void recover() {
    failingCustomers.clear();
  }

  public List<PromotionOffer> published() {
    return published;
  }

  @Override
  public String publish(PromotionOffer offer) {
    if (failingCustomers.contains(offer.customerId())) {
      throw new IllegalStateException("PromotionOffered for customer " + offer.customerId()
          + " not acknowledged by Kafka (fake)");
    }
    published.add(offer);
    return offer.eventId();
  }
}
