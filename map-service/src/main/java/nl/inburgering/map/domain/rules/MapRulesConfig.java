package nl.inburgering.map.domain.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The configurable parts of the MAP rules (rules §5, N11; open points [?] and [S] made settings).
 *
 * @param startInterviewRequired     whether the final interview needs a start interview first (seed; not found in
 *                                   the law, default true)
 * @param themes                     the labour-market themes the education covers (§5 [S]: Divosa's eight)
 * @param requiredWorkExperienceHours hours of work experience before the final interview (N11: 40)
 * @param maxHoursPerDay             hours of work experience one day can hold
 */
public record MapRulesConfig(boolean startInterviewRequired, List<String> themes,
        BigDecimal requiredWorkExperienceHours, BigDecimal maxHoursPerDay) {

    /** §5: Divosa's eight themes of the labour-market education. */
    public static final List<String> DEFAULT_THEMES = List.of("CAREER_ORIENTATION", "EMPLOYEE_COMPETENCIES",
            "REALISTIC_VIEW_OF_OCCUPATIONS", "JOB_PROSPECTS", "OCCUPATIONAL_COMPETENCIES", "BUILDING_A_NETWORK",
            "FINDING_WORK", "WORK_CULTURE");

    public MapRulesConfig {
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(requiredWorkExperienceHours, "requiredWorkExperienceHours");
        Objects.requireNonNull(maxHoursPerDay, "maxHoursPerDay");
        if (themes.isEmpty() || themes.stream().distinct().count() != themes.size()) {
            throw new IllegalArgumentException("themes must be a non-empty list without repeats");
        }
        if (requiredWorkExperienceHours.signum() < 0 || maxHoursPerDay.signum() <= 0) {
            throw new IllegalArgumentException("hours must not be negative");
        }
        themes = List.copyOf(themes);
    }

    public static MapRulesConfig defaults() {
        return new MapRulesConfig(true, DEFAULT_THEMES, BigDecimal.valueOf(40), BigDecimal.valueOf(24));
    }
}
