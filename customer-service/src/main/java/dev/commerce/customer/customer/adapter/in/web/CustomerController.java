package dev.commerce.customer.customer.adapter.in.web;

import java.util.List;

import dev.commerce.customer.customer.application.CustomerQueryService;
import dev.commerce.customer.customer.domain.Grade;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/customers")
@Tag(name = "customers")
class CustomerController {

    private final CustomerQueryService customers;

    CustomerController(CustomerQueryService customers) {
        this.customers = customers;
    }

    @GetMapping("/{id}")
    CustomerResponse byId(@PathVariable long id) {
        return CustomerResponse.from(customers.byId(id));
    }

    @GetMapping("/by-username/{username}")
    CustomerResponse byUsername(@PathVariable String username) {
        return CustomerResponse.from(customers.byUsername(username));
    }

    @GetMapping("/by-kakao/{botUserKey}")
    CustomerResponse byKakaoUserKey(@PathVariable String botUserKey) {
        return CustomerResponse.from(customers.byKakaoUserKey(botUserKey));
    }

    @GetMapping
    @Operation(summary = "Promotion targeting: every filter is optional, all given filters must hold",
            description = "grade = exactly; minGrade = at least; minPoints = balance at least; category = among the "
                    + "customer's top 3 preferred categories (see /preferences). Grades and categories are case-insensitive; "
                    + "an empty parameter means no filter.")
    List<CustomerResponse> search(@RequestParam(required = false) Grade grade,
                                  @RequestParam(required = false) Grade minGrade,
                                  @RequestParam(required = false) @Min(0) Long minPoints,
                                  @RequestParam(required = false) @Size(max = 40) String category) {
        return customers.search(grade, minGrade, minPoints, category).stream().map(CustomerResponse::from).toList();
    }
}
