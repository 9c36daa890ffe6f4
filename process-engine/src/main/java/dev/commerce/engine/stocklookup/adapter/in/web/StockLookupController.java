package dev.commerce.engine.stocklookup.adapter.in.web;

import dev.commerce.engine.stocklookup.application.StockLookupService;
import dev.commerce.engine.web.ProcessStartedResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/processes/stock-lookup")
class StockLookupController {

  private final StockLookupService service;

  StockLookupController(StockLookupService service) {
    this.service = service;
  }

  @Operation(summary = "Run the stock-lookup process",
      description = "Synchronous by default (200 with the answer). With async=true the process runs in a job: "
          + "202 with the instance id, failures are retried and end as an incident in Cockpit.")
  @PostMapping
  ResponseEntity<Object> lookup(@Valid @RequestBody StockLookupRequest request,
      @RequestParam(defaultValue = "false") boolean async) {
    if (async) {
      String id = service.startAsync(request.itemId(), request.itemName(), request.quantity());
      return ResponseEntity.accepted().location(URI.create("/api/processes/stock-lookup/" + id))
          .body(new ProcessStartedResponse(id));
    }
    return ResponseEntity.ok(StockLookupResponse.from(
        service.lookup(request.itemId(), request.itemName(), request.quantity())));
  }

  @Operation(summary = "State and result of an asynchronously started stock lookup")
  @GetMapping("/{processInstanceId}")
  StockLookupStateResponse state(@PathVariable String processInstanceId) {
    return StockLookupStateResponse.from(service.state(processInstanceId));
  }
}
