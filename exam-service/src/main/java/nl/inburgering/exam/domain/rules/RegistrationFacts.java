package nl.inburgering.exam.domain.rules;

import java.util.List;
import java.util.Objects;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.TargetGroup;

/**
 * The facts, as they stand on the day of registration, that decide who pays a new attempt.
 *
 * @param component     the component registered for
 * @param level         its level; null for KNM
 * @param targetGroup   the target group whose rights apply on the registration day
 *                      ({@link nl.inburgering.kit.participants.TargetGroupHistory#rightsOn}: the group in force
 *                      then, or asylum rights kept by a family migrant, E11)
 * @param requiredLevel the level the current PIP requires for this component (plan.established
 *                      {@code requiredLevels}: on the B1-route B1, or A2 where a later PIP permitted this component
 *                      at A2, E4); null for KNM or when no PIP (level) is known — then no exam is "below the plan
 *                      level". Never DUO's PIP level, which is the minimum over all components (issue 8 item 1).
 * @param priorAttempts the participant's earlier registrations (any component; others are ignored)
 */
public record RegistrationFacts(ExamComponent component,
                                LanguageLevel level,
                                TargetGroup targetGroup,
                                LanguageLevel requiredLevel,
                                List<PriorAttempt> priorAttempts) {

    public RegistrationFacts {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(targetGroup, "targetGroup");
        priorAttempts = priorAttempts == null ? List.of() : List.copyOf(priorAttempts);
    }
}
