package dev.commerce.customer.points.adapter.in.web;

import dev.commerce.customer.points.application.PointsService;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "points")
class PointsController {

    private final PointsService points;

    PointsController(PointsService points) {
        this.points = points;
    }

    @GetMapping("/api/customers/{id}/points")
    PointsResponse points(@PathVariable long id,
                          @Parameter(description = "how many ledger entries, newest first")
                          @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return PointsResponse.from(points.statement(id, limit));
    }
}
