package dev.commerce.order.delivery.adapter.in.web;

import dev.commerce.order.delivery.application.DeliveryService;
import dev.commerce.order.delivery.application.RecordDeliveryCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders/{orderNumber}")
@Tag(name = "delivery")
class DeliveryController {

    private final DeliveryService delivery;

    DeliveryController(DeliveryService delivery) {
        this.delivery = delivery;
    }

    @PostMapping(path = "/delivery-events", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the next delivery step: PLACED → PACKED → SHIPPED → IN_TRANSIT → DELIVERED")
    DeliveryResponse record(@PathVariable String orderNumber, @Valid @RequestBody DeliveryEventRequest request) {
        return DeliveryResponse.from(delivery.record(new RecordDeliveryCommand(orderNumber, request.status(),
                request.carrier(), request.trackingNumber(), request.location())));
    }

    @GetMapping("/delivery")
    DeliveryResponse get(@PathVariable String orderNumber) {
        return DeliveryResponse.from(delivery.get(orderNumber));
    }
}
