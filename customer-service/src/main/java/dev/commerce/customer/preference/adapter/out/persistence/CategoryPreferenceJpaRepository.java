package dev.commerce.customer.preference.adapter.out.persistence;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CategoryPreferenceJpaRepository extends JpaRepository<CategoryPreferenceEntity, CategoryPreferenceId> {

    @Query("""
            select p from CategoryPreferenceEntity p
            where p.id.customerId = :customerId
            order by p.score desc, p.id.category asc""")
    List<CategoryPreferenceEntity> ranked(@Param("customerId") long customerId);

    /** A category is preferred when fewer than {@code top} of the customer's categories score higher. */
    @Query("""
            select p.id.customerId from CategoryPreferenceEntity p
            where p.id.category = :category and p.score > 0
              and (select count(q) from CategoryPreferenceEntity q
                   where q.id.customerId = p.id.customerId and q.score > p.score) < :top""")
    List<Long> customersPreferring(@Param("category") String category, @Param("top") long top);
}
