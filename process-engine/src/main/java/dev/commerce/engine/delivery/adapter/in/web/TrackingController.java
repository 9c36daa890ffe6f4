package dev.commerce.engine.delivery.adapter.in.web;

import dev.commerce.engine.delivery.application.TrackingQuery;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TrackingController {

  private final TrackingQuery query;

  TrackingController(TrackingQuery query) {
    this.query = query;
  }

  @Operation(summary = "State and history of the order's delivery-tracking process instance")
  @GetMapping("/api/orders/{orderNumber}/tracking")
  TrackingResponse tracking(@PathVariable String orderNumber) {
    return TrackingResponse.from(query.byOrderNumber(orderNumber));
  }
}
