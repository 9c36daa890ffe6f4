package dev.commerce.customer.customer.adapter.in.web;

import java.util.Locale;

import dev.commerce.customer.customer.domain.Grade;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** {@code ?minGrade=gold} is accepted in any case and an empty value means no filter; an unknown name is a 400. */
@Component
class GradeParameterConverter implements Converter<String, Grade> {

    @Override
    public Grade convert(String source) {
        return source.isBlank() ? null : Grade.valueOf(source.trim().toUpperCase(Locale.ROOT));
    }
}
