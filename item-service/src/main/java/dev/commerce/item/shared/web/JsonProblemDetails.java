package dev.commerce.item.shared.web;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Explains an unreadable body in the client's terms (the JSON path), never in Java class names. */
final class JsonProblemDetails {

    private JsonProblemDetails() {
    }

    static String describe(Throwable cause) {
        if (syntaxError(cause)) {
            return "The request body is not valid JSON";
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + path(unknown.getPath()) + "'";
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return "Field '" + path(mismatch.getPath()) + "' has the wrong type";
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "Field '" + path(mapping.getPath()) + "' cannot be read";
        }
        return "The request body is missing or unreadable";
    }

    private static boolean syntaxError(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParseException) {
                return true;
            }
        }
        return false;
    }

    private static String path(List<JsonMappingException.Reference> references) {
        return references.stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }
}
