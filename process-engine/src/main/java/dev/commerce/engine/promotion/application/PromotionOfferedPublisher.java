package dev.commerce.engine.promotion.application;

/** Publishes PromotionOffered and returns only once the broker acknowledged it; throws otherwise. */
public interface PromotionOfferedPublisher {

  String publish(PromotionOffer offer);
}
