package dev.commerce.customer.orderevents.adapter.out.persistence;

import java.time.Clock;

import dev.commerce.customer.orderevents.application.ProcessedEvents;

import org.springframework.stereotype.Repository;

@Repository
class JpaProcessedEvents implements ProcessedEvents {

    private final ProcessedEventJpaRepository repository;
    private final Clock clock;

    JpaProcessedEvents(ProcessedEventJpaRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public boolean isProcessed(String eventId, String consumer) {
        return repository.existsById(new ProcessedEventId(eventId, consumer));
    }

    @Override
    public void markProcessed(String eventId, String consumer, String eventType) {
        repository.save(new ProcessedEventEntity(new ProcessedEventId(eventId, consumer), eventType,
                clock.instant()));
    }
}
