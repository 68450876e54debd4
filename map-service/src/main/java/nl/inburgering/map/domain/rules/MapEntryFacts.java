package nl.inburgering.map.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.inburgering.kit.rules.ModuleResultRules.Culpability;

/**
 * One recorded entry as the rules see it (withdrawn entries are not passed in).
 *
 * @param theme       for {@link MapPartKind#THEME}
 * @param hours       for {@link MapPartKind#WORK_EXPERIENCE}
 * @param outcome     for {@link MapPartKind#FINAL_INTERVIEW}
 * @param culpability for {@link MapPartKind#FINAL_INTERVIEW}; null when not given
 */
public record MapEntryFacts(UUID id, MapPartKind kind, LocalDate date, String theme, BigDecimal hours,
        FinalInterviewOutcome outcome, Culpability culpability) {

    public MapEntryFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
    }

    public static MapEntryFacts startInterview(UUID id, LocalDate date) {
        return new MapEntryFacts(id, MapPartKind.START_INTERVIEW, date, null, null, null, null);
    }

    public static MapEntryFacts theme(UUID id, String theme, LocalDate date) {
        return new MapEntryFacts(id, MapPartKind.THEME, date, theme, null, null, null);
    }

    public static MapEntryFacts workExperience(UUID id, LocalDate date, BigDecimal hours) {
        return new MapEntryFacts(id, MapPartKind.WORK_EXPERIENCE, date, null, hours, null, null);
    }

    public static MapEntryFacts finalInterview(UUID id, LocalDate date, FinalInterviewOutcome outcome,
            Culpability culpability) {
        return new MapEntryFacts(id, MapPartKind.FINAL_INTERVIEW, date, null, null, outcome, culpability);
    }
}
