package dev.commerce.order.order.adapter.out.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param topic               where order events go
 * @param source              the CloudEvents {@code source}
 * @param createTopic         declare the topic at start-up (off where a platform team owns topics)
 * @param partitions          partitions when the topic is declared
 * @param replicas            replication factor when the topic is declared
 * @param resubmitInterval    how often incomplete publications (broker was down) are sent again
 * @param resubmitOlderThan   only publications at least this old are resubmitted, so a send still in flight is
 *                            not duplicated; keep it above the producer's delivery timeout
 * @param purgeCompletedAfter completed publications are deleted after this
 */
@ConfigurationProperties("commerce.orders.events")
public record OrderEventsProperties(@DefaultValue("commerce.orders") String topic,
                                    @DefaultValue("/order-service") String source,
                                    @DefaultValue("true") boolean createTopic,
                                    @DefaultValue("3") int partitions,
                                    @DefaultValue("1") short replicas,
                                    @DefaultValue("PT15S") Duration resubmitInterval,
                                    @DefaultValue("PT30S") Duration resubmitOlderThan,
                                    @DefaultValue("P7D") Duration purgeCompletedAfter) {
}
