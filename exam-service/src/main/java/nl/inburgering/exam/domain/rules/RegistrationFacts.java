package nl.inburgering.exam.domain.rules;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.TargetGroup;

/**
 * The facts, as they stand on the day of registration, that decide who pays a new attempt.
 *
 * @param component             the component registered for
 * @param level                 its level; null for KNM
 * @param targetGroup           the target group in force on the registration day ({@link TargetGroupHistory#on})
 * @param planLevel             the level of the current PIP; null when no PIP level is known (then no exam is
 *                              "below the plan level")
 * @param a2PermittedComponents components a later PIP permitted at A2 (afschalen, E4); empty if none
 * @param priorAttempts         the participant's earlier registrations (any component; others are ignored)
 */
public record RegistrationFacts(ExamComponent component,
                                LanguageLevel level,
                                TargetGroup targetGroup,
                                LanguageLevel planLevel,
                                Set<ExamComponent> a2PermittedComponents,
                                List<PriorAttempt> priorAttempts) {

    public RegistrationFacts {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(targetGroup, "targetGroup");
        EnumSet<ExamComponent> permitted = EnumSet.noneOf(ExamComponent.class);
        if (a2PermittedComponents != null) {
            permitted.addAll(a2PermittedComponents);
        }
        a2PermittedComponents = Set.copyOf(permitted);
        priorAttempts = priorAttempts == null ? List.of() : List.copyOf(priorAttempts);
    }
}
