package nl.inburgering.exam.domain.rules;

import java.util.Objects;

import nl.inburgering.kit.problem.RuleViolationException;

/**
 * One broken rule, as a value, for callers that want to report all problems of a request at once (DESIGN §4:
 * all validation errors of a request in one 400 with an {@code errors} list).
 *
 * @param rule   the rule code ({@link RuleCodes})
 * @param field  the request field the problem is about (camelCase), e.g. {@code resultDate}
 * @param detail a sentence a caseworker understands, without personal data
 */
public record RuleViolation(String rule, String field, String detail) {

    public RuleViolation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(detail, "detail");
    }

    public RuleViolationException toException() {
        return new RuleViolationException(rule, detail);
    }
}
