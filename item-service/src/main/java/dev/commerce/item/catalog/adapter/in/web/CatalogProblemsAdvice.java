package dev.commerce.item.catalog.adapter.in.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.commerce.item.catalog.application.DuplicateSkuException;
import dev.commerce.item.catalog.application.ItemNotFoundException;
import dev.commerce.item.shared.web.Problems;

@RestControllerAdvice
@Order(0)
class CatalogProblemsAdvice {

    @ExceptionHandler(ItemNotFoundException.class)
    ProblemDetail notFound(ItemNotFoundException ex) {
        return Problems.of(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Not found", ex.getMessage());
    }

    @ExceptionHandler(DuplicateSkuException.class)
    ProblemDetail duplicateSku(DuplicateSkuException ex) {
        var problem = Problems.of(HttpStatus.CONFLICT, Problems.CONFLICT, "Conflict", ex.getMessage());
        problem.setProperty("sku", ex.sku());
        return problem;
    }
}
