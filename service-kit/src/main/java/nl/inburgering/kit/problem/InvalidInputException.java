package nl.inburgering.kit.problem;

import java.util.List;

/** Input that bean validation cannot express (e.g. a BSN 11-test in a service); becomes one 400 listing all errors. */
public class InvalidInputException extends RuntimeException {

    private final List<Problem.FieldError> errors;

    public InvalidInputException(List<Problem.FieldError> errors) {
        super("invalid input");
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String code, String detail) {
        return new InvalidInputException(List.of(new Problem.FieldError(field, code, detail)));
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
