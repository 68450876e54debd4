package nl.inburgering.kit.problem;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayList;
import java.util.List;
import nl.inburgering.kit.problem.Problem.FieldError;

/**
 * The field error of a body value Jackson could not read, in words safe to show: the kit's own refusals, the allowed
 * values of an enum (DUO's codes are not ours: "Z" is SELF_SUFFICIENCY), "must not be null", else generic words.
 * Never Jackson's message: it names classes.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** The error of {@code e}, whose own path is relative to {@code at} (the JSON path where its value starts). */
    public static FieldError of(JsonMappingException e, String at) {
        String field = join(at, jsonPath(e));
        String code = e instanceof UnrecognizedPropertyException ? "unknown-field"
                : e instanceof InvalidFormatException || e instanceof MismatchedInputException ? "invalid-format"
                : "invalid-value";
        String generic = e instanceof UnrecognizedPropertyException ? "is not a field of this request"
                : code.equals("invalid-format") ? "has a value of the wrong type or format" : "could not be read";
        String what = what(e, generic);
        return field.isEmpty() ? new FieldError("body", code, "The request body " + what + ".")
                : new FieldError(field, code, "'" + field + "' " + what + ".");
    }

    /** An unknown field. */
    public static FieldError unknown(String field) {
        return new FieldError(field, "unknown-field", "'" + field + "' is not a field of this request.");
    }

    static String what(JsonMappingException e, String generic) {
        if (e instanceof InvalidJsonValueException strict) {
            return strict.safeDetail();
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null && m.getTargetType().isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object constant : m.getTargetType().getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return "must be one of " + String.join(", ", values);
        }
        return generic;
    }

    /** {@code plan.components[1]} from the exception's path. */
    static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String join(String at, String relative) {
        if (at.isEmpty()) {
            return relative;
        }
        if (relative.isEmpty()) {
            return at;
        }
        return relative.startsWith("[") ? at + relative : at + "." + relative;
    }
}
