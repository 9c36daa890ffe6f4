package dev.commerce.order.order.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param waitForEarlier how long a repeat waits for the attempt still placing the order under its key (then 409)
 * @param pollInterval   how often it looks meanwhile
 * @param abandonAfter   a claim whose order is still not stored after this is an attempt that died (a crashed
 *                       replica): a repeat takes the key over. Far longer than any placement (a few seconds).
 * @param keep           how long a key is remembered; a repeat after that places a new order
 */
@ConfigurationProperties("commerce.orders.idempotency")
public record IdempotencyProperties(@DefaultValue("3s") Duration waitForEarlier,
                                    @DefaultValue("100ms") Duration pollInterval,
                                    @DefaultValue("60s") Duration abandonAfter,
                                    @DefaultValue("P1D") Duration keep) {
}
