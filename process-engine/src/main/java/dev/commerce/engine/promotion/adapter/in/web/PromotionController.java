package dev.commerce.engine.promotion.adapter.in.web;

import dev.commerce.engine.promotion.application.PromotionService;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/promotions")
class PromotionController {

  private final PromotionService service;

  PromotionController(PromotionService service) {
    this.service = service;
  }

  @Operation(summary = "Start a promotion campaign", description = "202 with the process instance id; coupons are "
      + "issued per customer in the background (one per customer and campaign, however often it is started).")
  @PostMapping
  ResponseEntity<ProcessStartedResponse> start(@Valid @RequestBody PromotionRequest request) {
    String id = service.start(request.campaign(), request.minGrade(), request.minPoints(), request.category());
    return ResponseEntity.accepted().location(URI.create("/api/promotions/" + id)).body(new ProcessStartedResponse(id));
  }

  @Operation(summary = "Targeted, issued and skipped customers of a promotion run")
  @GetMapping("/{processInstanceId}")
  PromotionStatusResponse status(@PathVariable String processInstanceId) {
    return PromotionStatusResponse.from(service.status(processInstanceId));
  }
}
