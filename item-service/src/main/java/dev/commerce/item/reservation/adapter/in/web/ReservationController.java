package dev.commerce.item.reservation.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.commerce.item.reservation.application.ReservationService;

@RestController
@RequestMapping("/api/reservations")
class ReservationController {

    private final ReservationService reservations;

    ReservationController(ReservationService reservations) {
        this.reservations = reservations;
    }

    /** 201 when this request reserved the stock; 200 with the same body when it repeats an earlier request. */
    @PostMapping
    ResponseEntity<ReservationResponse> reserve(@Valid @RequestBody ReserveRequest request) {
        var outcome = reservations.reserve(request.orderNumber(), request.toRequestedLines());
        var body = ReservationResponse.of(outcome.reservation());
        if (!outcome.created()) {
            return ResponseEntity.ok(body);
        }
        var location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{orderNumber}")
                .buildAndExpand(body.orderNumber()).toUri();
        return ResponseEntity.created(location).body(body);
    }

    @GetMapping("/{orderNumber}")
    ReservationResponse get(@PathVariable String orderNumber) {
        return ReservationResponse.of(reservations.get(orderNumber));
    }

    /** Always 204: releasing twice, or releasing what was never reserved, changes nothing more. */
    @DeleteMapping("/{orderNumber}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void release(@PathVariable @Pattern(regexp = ReserveRequest.ORDER_NUMBER,
            message = ReserveRequest.ORDER_NUMBER_MESSAGE) String orderNumber) {
        reservations.release(orderNumber);
    }
}
