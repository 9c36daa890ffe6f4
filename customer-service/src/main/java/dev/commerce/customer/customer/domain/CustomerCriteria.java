package dev.commerce.customer.customer.domain;

import java.util.Set;

/**
 * Promotion targeting filter; every part is optional and the parts are combined with AND.
 *
 * @param grade       exactly this grade
 * @param minGrade    this grade or above
 * @param minPoints   balance at least this
 * @param customerIds only these customers (null = no restriction), e.g. those preferring a category
 */
public record CustomerCriteria(Grade grade, Grade minGrade, Long minPoints, Set<Long> customerIds) {
}
