package dev.commerce.order.order.adapter.in.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** One line per item: a reservation line per item keeps item-service's all-or-nothing check unambiguous. */
@Documented
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DistinctItems.Validator.class)
public @interface DistinctItems {

    String message() default "must not name the same itemId twice";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<DistinctItems, List<OrderLineRequest>> {

        @Override
        public boolean isValid(List<OrderLineRequest> lines, ConstraintValidatorContext context) {
            if (lines == null) {
                return true;
            }
            Set<Long> seen = new HashSet<>();
            return lines.stream()
                    .filter(Objects::nonNull)
                    .map(OrderLineRequest::itemId)
                    .filter(Objects::nonNull)
                    .allMatch(seen::add);
        }
    }
}
