package dev.commerce.customer.customer.application;

import java.util.List;
import java.util.Set;

import dev.commerce.customer.customer.domain.Customer;
import dev.commerce.customer.customer.domain.CustomerCriteria;
import dev.commerce.customer.customer.domain.CustomerNotFoundException;
import dev.commerce.customer.customer.domain.Grade;
import dev.commerce.customer.preference.application.PreferenceService;

import org.springframework.stereotype.Service;

@Service
public class CustomerQueryService {

    private final CustomerRepository customers;
    private final PreferenceService preferences;

    public CustomerQueryService(CustomerRepository customers, PreferenceService preferences) {
        this.customers = customers;
        this.preferences = preferences;
    }

    public Customer byId(long id) {
        return customers.findById(id).orElseThrow(() -> CustomerNotFoundException.byId(id));
    }

    public Customer byUsername(String username) {
        return customers.findByUsername(username)
                .orElseThrow(() -> new CustomerNotFoundException("username '" + username + "'"));
    }

    public Customer byKakaoUserKey(String botUserKey) {
        return customers.findByKakaoUserKey(botUserKey)
                .orElseThrow(() -> new CustomerNotFoundException("Kakao user key '" + botUserKey + "'"));
    }

    /** Throws {@link CustomerNotFoundException} unless the customer exists. */
    public void requireExists(long id) {
        if (!customers.exists(id)) {
            throw CustomerNotFoundException.byId(id);
        }
    }

    public List<Customer> search(Grade grade, Grade minGrade, Long minPoints, String category) {
        Set<Long> preferring = category == null || category.isBlank() ? null
                : preferences.customersPreferring(category);
        if (preferring != null && preferring.isEmpty()) {
            return List.of();
        }
        return customers.search(new CustomerCriteria(grade, minGrade, minPoints, preferring));
    }
}
