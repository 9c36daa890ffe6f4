package dev.commerce.engine.delivery.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Bound to {@code commerce.delivery-tracking.*} and read by the delivery-tracking model as
 * {@code ${deliveryTrackingSettings.shipmentTimeout}} (JavaBean getters: the engine's expression language reads
 * bean properties). The timeout stays an ISO-8601 string because that is what a timer definition takes.
 */
@Component("deliveryTrackingSettings")
@ConfigurationProperties("commerce.delivery-tracking")
public class DeliveryTrackingSettings {

  private String shipmentTimeout = "PT48H";
  private int apologyDiscountPercent = 10;
  private int apologyValidDays = 30;

  public String getShipmentTimeout() {
    return shipmentTimeout;
  }

  /** Parsed here so a typo fails at start-up, not when the first timer is created. */
  public void setShipmentTimeout(String shipmentTimeout) {
    this.shipmentTimeout = Duration.parse(shipmentTimeout).toString();
  }

  public int getApologyDiscountPercent() {
    return apologyDiscountPercent;
  }

  public void setApologyDiscountPercent(int apologyDiscountPercent) {
    this.apologyDiscountPercent = apologyDiscountPercent;
  }

  public int getApologyValidDays() {
    return apologyValidDays;
  }

  public void setApologyValidDays(int apologyValidDays) {
    this.apologyValidDays = apologyValidDays;
  }
}
