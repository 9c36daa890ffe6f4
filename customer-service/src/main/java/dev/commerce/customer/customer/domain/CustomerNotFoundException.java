package dev.commerce.customer.customer.domain;

import dev.commerce.customer.shared.error.NotFoundException;

public class CustomerNotFoundException extends NotFoundException {

    public CustomerNotFoundException(String what) {
        super("No customer with " + what);
    }

    public static CustomerNotFoundException byId(long id) {
        return new CustomerNotFoundException("id " + id);
    }
}
