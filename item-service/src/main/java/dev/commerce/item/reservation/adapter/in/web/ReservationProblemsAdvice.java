package dev.commerce.item.reservation.adapter.in.web;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.commerce.item.reservation.application.InsufficientStockException;
import dev.commerce.item.reservation.application.ReservationConflictException;
import dev.commerce.item.reservation.application.ReservationNotFoundException;
import dev.commerce.item.reservation.domain.DuplicateItemLineException;
import dev.commerce.item.shared.web.Problems;

@RestControllerAdvice
@Order(0)
class ReservationProblemsAdvice {

    @ExceptionHandler(InsufficientStockException.class)
    ProblemDetail insufficientStock(InsufficientStockException ex) {
        var problem = Problems.of(HttpStatus.CONFLICT, Problems.INSUFFICIENT_STOCK, "Insufficient stock",
                ex.getMessage());
        problem.setProperty("itemId", ex.item().id());
        problem.setProperty("sku", ex.item().sku());
        problem.setProperty("requested", ex.requested());
        problem.setProperty("available", ex.item().stock());
        return problem;
    }

    @ExceptionHandler(ReservationConflictException.class)
    ProblemDetail conflict(ReservationConflictException ex) {
        return Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, "Conflict", ex.getMessage());
    }

    @ExceptionHandler(ReservationNotFoundException.class)
    ProblemDetail notFound(ReservationNotFoundException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found", ex.getMessage());
    }

    @ExceptionHandler(DuplicateItemLineException.class)
    ProblemDetail duplicateLine(DuplicateItemLineException ex) {
        return Problems.validationFailed("The request has invalid fields",
                List.of(new Problems.FieldProblem("lines[" + ex.lineIndex() + "].itemId", ex.getMessage())));
    }
}
