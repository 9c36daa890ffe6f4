package dev.commerce.order.delivery.adapter.in.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** From SHIPPED on, a delivery step must say which carrier has the parcel under which tracking number. */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TrackingDetailsRequired.Validator.class)
public @interface TrackingDetailsRequired {

    String message() default "is required from SHIPPED on";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<TrackingDetailsRequired, DeliveryEventRequest> {

        @Override
        public boolean isValid(DeliveryEventRequest request, ConstraintValidatorContext context) {
            if (request == null || request.status() == null || !request.status().isShippedOrLater()) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (isBlank(request.carrier())) {
                violation(context, "carrier");
                valid = false;
            }
            if (isBlank(request.trackingNumber())) {
                violation(context, "trackingNumber");
                valid = false;
            }
            return valid;
        }

        private static void violation(ConstraintValidatorContext context, String field) {
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode(field)
                    .addConstraintViolation();
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }
}
