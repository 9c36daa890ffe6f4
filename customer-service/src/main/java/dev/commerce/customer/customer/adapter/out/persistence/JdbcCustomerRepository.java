package dev.commerce.customer.customer.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.commerce.customer.customer.application.CustomerRepository;
import dev.commerce.customer.customer.domain.Customer;
import dev.commerce.customer.customer.domain.CustomerCriteria;
import dev.commerce.customer.customer.domain.Grade;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Customers are read-only here and always read together with their points account, so plain SQL over the
 * join is simpler than two entities; the points account is written by the points feature alone.
 */
@Repository
class JdbcCustomerRepository implements CustomerRepository {

    private static final String SELECT = """
            SELECT c.id, c.username, c.name, c.email, c.phone, c.kakao_user_key, a.grade, a.balance
            FROM customer c JOIN points_account a ON a.customer_id = c.id
            """;

    private final JdbcClient jdbc;

    JdbcCustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Customer> findById(long id) {
        return jdbc.sql(SELECT + " WHERE c.id = :id").param("id", id).query(JdbcCustomerRepository::map).optional();
    }

    @Override
    public Optional<Customer> findByUsername(String username) {
        return jdbc.sql(SELECT + " WHERE c.username = :username").param("username", username)
                .query(JdbcCustomerRepository::map).optional();
    }

    @Override
    public Optional<Customer> findByKakaoUserKey(String kakaoUserKey) {
        return jdbc.sql(SELECT + " WHERE c.kakao_user_key = :key").param("key", kakaoUserKey)
                .query(JdbcCustomerRepository::map).optional();
    }

    @Override
    public boolean exists(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM customer WHERE id = :id").param("id", id)
                .query(Long.class).single() > 0;
    }

    @Override
    public List<Customer> search(CustomerCriteria criteria) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (criteria.grade() != null) {
            conditions.add("a.grade = :grade");
            params.put("grade", criteria.grade().name());
        }
        if (criteria.minGrade() != null) {
            conditions.add("a.grade IN (:grades)");
            params.put("grades", criteria.minGrade().andAbove().stream().map(Grade::name).toList());
        }
        if (criteria.minPoints() != null) {
            conditions.add("a.balance >= :minPoints");
            params.put("minPoints", criteria.minPoints());
        }
        if (criteria.customerIds() != null) {
            conditions.add("c.id IN (:ids)");
            params.put("ids", criteria.customerIds());
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        return jdbc.sql(SELECT + where + " ORDER BY c.id").params(params).query(JdbcCustomerRepository::map).list();
    }

    private static Customer map(ResultSet rs, int row) throws SQLException {
        return new Customer(rs.getLong("id"), rs.getString("username"), rs.getString("name"),
                rs.getString("email"), rs.getString("phone"), rs.getString("kakao_user_key"),
                Grade.valueOf(rs.getString("grade")), rs.getLong("balance"));
    }
}
