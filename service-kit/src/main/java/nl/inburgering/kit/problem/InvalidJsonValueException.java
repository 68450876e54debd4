package nl.inburgering.kit.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A body value the kit's strict reading refused, with a detail safe to show (it names the rule, never a class or
 * the value). The problem mapper puts it under the field's JSON path.
 */
public class InvalidJsonValueException extends MismatchedInputException {

    private final String safeDetail;

    public InvalidJsonValueException(JsonParser parser, String safeDetail, Class<?> targetType) {
        super(parser, safeDetail, targetType);
        this.safeDetail = safeDetail;
    }

    /** What is wrong, in words, without the value. */
    public String safeDetail() {
        return safeDetail;
    }
}
