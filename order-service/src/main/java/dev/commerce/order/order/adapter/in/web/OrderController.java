package dev.commerce.order.order.adapter.in.web;

import dev.commerce.order.order.application.CancelOrderService;
import dev.commerce.order.order.application.OrderQueryService;
import dev.commerce.order.order.application.PlaceOrderCommand;
import dev.commerce.order.order.application.PlaceOrderService;
import dev.commerce.order.order.application.PlacedOrder;
import dev.commerce.order.order.application.RequestedLine;
import dev.commerce.order.order.domain.IdempotencyKey;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Optional;

@RestController
@RequestMapping("/api/orders")
@Tag(name = "orders")
class OrderController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private final PlaceOrderService placeOrder;
    private final CancelOrderService cancelOrder;
    private final OrderQueryService queries;

    OrderController(PlaceOrderService placeOrder, CancelOrderService cancelOrder, OrderQueryService queries) {
        this.placeOrder = placeOrder;
        this.cancelOrder = cancelOrder;
        this.queries = queries;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Place an order: checks the customer, reserves the stock, stores it PLACED. With an "
            + "Idempotency-Key a repeat of the request answers the first one's order (Idempotent-Replayed: true)")
    ResponseEntity<OrderResponse> place(@Valid @RequestBody PlaceOrderRequest request,
                                        @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                        UriComponentsBuilder uris) {
        if (key != null && !IdempotencyKey.valid(key)) {
            throw new InvalidIdempotencyKeyException();
        }
        List<RequestedLine> lines = request.lines().stream()
                .map(line -> new RequestedLine(line.itemId(), line.quantity()))
                .toList();
        PlacedOrder placed = placeOrder.place(new PlaceOrderCommand(request.customerId(), lines,
                Optional.ofNullable(key).map(IdempotencyKey::new)));
        ResponseEntity.BodyBuilder response = ResponseEntity
                .created(uris.path("/api/orders/{orderNumber}").build(placed.order().orderNumber()));
        if (placed.replayed()) {
            response.header(IDEMPOTENT_REPLAYED, "true");
        }
        return response.body(OrderResponse.from(placed.order()));
    }

    @GetMapping("/{orderNumber}")
    OrderResponse get(@PathVariable String orderNumber) {
        return OrderResponse.from(queries.get(orderNumber));
    }

    @GetMapping
    @Operation(summary = "A customer's orders, newest first")
    List<OrderResponse> list(@RequestParam @Positive long customerId,
                             @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
        return queries.listByCustomer(customerId, limit).stream().map(OrderResponse::from).toList();
    }

    @PostMapping("/{orderNumber}/cancel")
    @Operation(summary = "Cancel before SHIPPED; cancelling a cancelled order answers it unchanged")
    OrderResponse cancel(@PathVariable String orderNumber,
                         @Valid @RequestBody(required = false) CancelOrderRequest request) {
        String reason = request == null ? null : request.reason();
        return OrderResponse.from(cancelOrder.cancel(orderNumber, reason));
    }
}
