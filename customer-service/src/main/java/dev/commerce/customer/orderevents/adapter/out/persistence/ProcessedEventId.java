package dev.commerce.customer.orderevents.adapter.out.persistence;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
record ProcessedEventId(@Column(name = "event_id") String eventId,
                        @Column(name = "consumer") String consumer) implements Serializable {
}
