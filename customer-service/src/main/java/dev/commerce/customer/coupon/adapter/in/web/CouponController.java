package dev.commerce.customer.coupon.adapter.in.web;

import java.util.List;

import dev.commerce.customer.coupon.application.CouponService;
import dev.commerce.customer.coupon.application.IssueCouponCommand;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers/{id}/coupons")
@Tag(name = "coupons")
class CouponController {

    private final CouponService coupons;

    CouponController(CouponService coupons) {
        this.coupons = coupons;
    }

    @PostMapping
    @Operation(summary = "Issue a coupon; idempotent per customer and campaign",
            description = "201 with the new coupon, or 200 with the coupon this customer already has for the "
                    + "campaign (its original terms; no second CouponIssued event).")
    ResponseEntity<CouponResponse> issue(@PathVariable long id, @Valid @RequestBody IssueCouponRequest request,
                                         @RequestHeader(name = "traceparent", required = false) String traceparent) {
        var issued = coupons.issue(new IssueCouponCommand(id, request.campaign(), request.discountPercent(),
                request.category(), request.validUntil(), request.validDays(), traceparent));
        return ResponseEntity.status(issued.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(CouponResponse.from(issued.coupon()));
    }

    @GetMapping
    List<CouponResponse> list(@PathVariable long id,
                              @Parameter(description = "only coupons not used and still valid today")
                              @RequestParam(defaultValue = "false") boolean usable) {
        return coupons.list(id, usable).stream().map(CouponResponse::from).toList();
    }
}
