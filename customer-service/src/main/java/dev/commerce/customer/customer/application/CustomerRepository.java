package dev.commerce.customer.customer.application;

import java.util.List;
import java.util.Optional;

import dev.commerce.customer.customer.domain.Customer;
import dev.commerce.customer.customer.domain.CustomerCriteria;

public interface CustomerRepository {

    Optional<Customer> findById(long id);

    Optional<Customer> findByUsername(String username);

    Optional<Customer> findByKakaoUserKey(String kakaoUserKey);

    List<Customer> search(CustomerCriteria criteria);

    boolean exists(long id);
}
