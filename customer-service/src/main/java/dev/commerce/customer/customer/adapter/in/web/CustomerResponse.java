package dev.commerce.customer.customer.adapter.in.web;

import dev.commerce.customer.customer.domain.Customer;
import dev.commerce.customer.customer.domain.Grade;

/** The customer JSON of ARCHITECTURE.md; {@code points} is the current balance. */
public record CustomerResponse(long id, String username, String name, String email, String phone,
                               String kakaoUserKey, Grade grade, long points) {

    static CustomerResponse from(Customer customer) {
        return new CustomerResponse(customer.id(), customer.username(), customer.name(), customer.email(),
                customer.phone(), customer.kakaoUserKey(), customer.grade(), customer.points());
    }
}
