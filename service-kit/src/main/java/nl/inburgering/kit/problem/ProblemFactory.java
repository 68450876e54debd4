package nl.inburgering.kit.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses, so every error of every service has one shape. */
public final class ProblemFactory {

    private ProblemFactory() {
    }

    public static Response response(Problem problem) {
        return builder(problem).build();
    }

    public static Response.ResponseBuilder builder(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    public static Problem of(int status, String typeSuffix, String title, String detail, String instance) {
        return new Problem(Problem.TYPE_BASE + typeSuffix, title, status, detail, instance, null, null, null, null);
    }

    public static Problem validation(List<Problem.FieldError> errors, String instance) {
        String detail = errors.size() == 1
                ? "The request has 1 invalid field."
                : "The request has " + errors.size() + " invalid fields.";
        return new Problem(Problem.TYPE_BASE + "validation", "Invalid request", 400, detail, instance,
                List.copyOf(errors), null, null, null);
    }

    public static Problem ruleViolation(RuleViolationException e, String instance) {
        return ruleViolation(e, instance, null);
    }

    /** The 409 of a broken rule, with the rule explained (null: the code alone). */
    public static Problem ruleViolation(RuleViolationException e, String instance,
            nl.inburgering.kit.explain.Explanation explanation) {
        return new Problem(Problem.TYPE_BASE + "rule-violation", "A rule of the domain forbids this", 409,
                e.detail(), instance, null, e.rule(), explanation, null);
    }

    public static Problem internal(String correlationId, String instance) {
        return new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "An unexpected error occurred. Quote the correlation id when you report it.", instance, null, null,
                null, correlationId);
    }
}
