package dev.commerce.item.catalog.adapter.out.kafka;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.commerce.item.catalog.domain.ItemEvent;
import dev.commerce.item.catalog.domain.StockChangeReason;
import dev.commerce.item.catalog.domain.StockChangedEvent;
import dev.commerce.item.catalog.domain.StockDepletedEvent;

/** Maps domain events to the written contract, so a refactoring of the domain cannot change the wire shape. */
class ItemEventEnvelopes {

    private final String source;

    ItemEventEnvelopes(String source) {
        this.source = source;
    }

    CloudEventEnvelope envelope(ItemEvent event) {
        if (event instanceof StockChangedEvent changed) {
            return envelope(event, "StockChanged", new StockChangedData(changed.itemId(), changed.sku(),
                    changed.name(), changed.category(), changed.stock(), changed.delta(), changed.reason(),
                    changed.orderNumber()));
        }
        var depleted = (StockDepletedEvent) event;
        return envelope(event, "StockDepleted", new StockDepletedData(depleted.itemId(), depleted.sku(),
                depleted.name(), depleted.category(), depleted.orderNumber()));
    }

    private CloudEventEnvelope envelope(ItemEvent event, String type, Object data) {
        var metadata = event.metadata();
        return new CloudEventEnvelope(CloudEventEnvelope.SPEC_VERSION, metadata.id().toString(), type, source,
                metadata.occurredAt(), event.sku(), CloudEventEnvelope.JSON, metadata.traceparent(), data);
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StockChangedData(long itemId, String sku, String name, String category, int stock, int delta,
            StockChangeReason reason, String orderNumber) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record StockDepletedData(long itemId, String sku, String name, String category, String orderNumber) {
    }
}
