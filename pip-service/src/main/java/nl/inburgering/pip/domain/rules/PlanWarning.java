package nl.inburgering.pip.domain.rules;

import java.util.Objects;

/**
 * A rule the municipality may set aside with reason, so it does not refuse the PIP but is shown with it and
 * audited (today only N15, {@link AfschalenEffort}).
 *
 * @param rule   the rule code, as in a 409 ({@link RuleCodes})
 * @param detail what the rule asks and how this PIP falls short of it
 */
public record PlanWarning(String rule, String detail) {

    public PlanWarning {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(detail, "detail");
    }

    static PlanWarning afschalen(int minimumCourseHours, int courseHours) {
        return new PlanWarning(RuleCodes.AFSCHALEN_COURSE_HOURS, "a component is permitted at A2 (afschalen) while "
                + courseHours + " hours of NT2 course are registered up to the date of issue; N15 (Besluit art. 5.5) "
                + "asks for at least " + minimumCourseHours + " hours and demonstrable effort. The municipality "
                + "decides: keep its grounds in the file");
    }
}
