package nl.inburgering.kit.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Every field of a body that could not be read, for one 400 (the kit's strict reading collects them). */
public class InvalidFieldsException extends JsonMappingException {

    private final transient List<Problem.FieldError> errors;

    public InvalidFieldsException(JsonParser parser, List<Problem.FieldError> errors) {
        super(parser, errors.size() + " invalid fields");
        this.errors = List.copyOf(errors);
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
