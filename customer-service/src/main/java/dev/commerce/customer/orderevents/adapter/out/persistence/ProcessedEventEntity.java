package dev.commerce.customer.orderevents.adapter.out.persistence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.springframework.data.domain.Persistable;

@Entity
@Table(name = "processed_event")
class ProcessedEventEntity implements Persistable<ProcessedEventId> {

    @EmbeddedId
    private ProcessedEventId id;

    @Column(name = "event_type", nullable = false, length = 64)
    private String eventType;

    @Column(name = "processed_at", nullable = false)
    private Instant processedAt;

    protected ProcessedEventEntity() {
    }

    ProcessedEventEntity(ProcessedEventId id, String eventType, Instant processedAt) {
        this.id = id;
        this.eventType = eventType;
        this.processedAt = processedAt;
    }

    @Override
    public ProcessedEventId getId() {
        return id;
    }

    /** Always new: save() must INSERT (and fail on a duplicate key), never merge into an existing row. */
    @Override
    public boolean isNew() {
        return true;
    }
}
