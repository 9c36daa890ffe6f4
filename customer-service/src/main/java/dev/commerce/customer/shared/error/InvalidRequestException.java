package dev.commerce.customer.shared.error;

import java.util.List;

/** A request that is well-formed but breaks a rule Bean Validation cannot express; answered 400 validation-failed. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldViolation> violations;

    public InvalidRequestException(String field, String message) {
        super(field + ": " + message);
        this.violations = List.of(new FieldViolation(field, message));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
