package dev.commerce.order.order.adapter.out.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Optional;

/** 404 comes back as empty ({@code dismiss404}), so an unknown customer is an answer, not a failure. */
@FeignClient(name = "customer-service", configuration = DownstreamClientConfiguration.class)
interface CustomerClient {

    @GetMapping("/api/customers/{id}")
    Optional<CustomerResponse> findCustomer(@PathVariable("id") long id);
}
