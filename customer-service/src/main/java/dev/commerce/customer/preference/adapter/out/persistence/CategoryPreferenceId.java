package dev.commerce.customer.preference.adapter.out.persistence;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
record CategoryPreferenceId(@Column(name = "customer_id") long customerId,
                            @Column(name = "category") String category) implements Serializable {
}
