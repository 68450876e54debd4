package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;

/**
 * A PIP as the municipality proposes it, initial or revision (DUO PIP API {@code PIP}, Wet art. 15; §2.4).
 *
 * @param dateOfIssue            dagtekening, the date on the document (E22); required
 * @param route                  leerroute; required
 * @param level                  DUO {@code niveau}: for the B1-route the minimum level over the language
 *                               components (B1, or A2 after afschalen), for the Onderwijsroute B1 or B2, for
 *                               the Z-route none, A1 or A2. Optional: {@link PlanRules} fills the default
 * @param a2PermittedComponents  language components this PIP permits to be taken at A2 (afschalen, B1-route
 *                               only, never in the first PIP; E4). Never null (null becomes empty)
 * @param estimatedB1Intensity   {@code geschatteIntensiteitB1Route}: estimated hours of course and KNM to finish
 *                               the B1-route, 1–9999; asylum permit holders on the B1-route only. Optional
 * @param literacyIndicator      {@code indicatorAlfabetiseringsonderwijs}; optional
 * @param mayFinishCurrentCourse {@code indicatorMagOpleidingAfmaken}: the participant may finish a
 *                               non-exempting course before the route starts (E21)
 * @param mapArrangement         content and intensity of the MAP (Wet art. 15(c)); optional free text
 * @param pvtArrangement         content and intensity of the PVT (Wet art. 15(c)); optional free text
 */
public record ProposedPlan(
        LocalDate dateOfIssue,
        Route route,
        LanguageLevel level,
        Set<ExamComponent> a2PermittedComponents,
        Integer estimatedB1Intensity,
        LiteracyIndicator literacyIndicator,
        boolean mayFinishCurrentCourse,
        String mapArrangement,
        String pvtArrangement) {

    /** DUO's bounds on {@code geschatteIntensiteitB1Route}. */
    public static final int MIN_INTENSITY = 1;
    public static final int MAX_INTENSITY = 9999;

    public ProposedPlan {
        Objects.requireNonNull(dateOfIssue, "dateOfIssue");
        Objects.requireNonNull(route, "route");
        a2PermittedComponents = a2PermittedComponents == null || a2PermittedComponents.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(a2PermittedComponents));
        if (estimatedB1Intensity != null
                && (estimatedB1Intensity < MIN_INTENSITY || estimatedB1Intensity > MAX_INTENSITY)) {
            throw new IllegalArgumentException("estimatedB1Intensity must be 1–9999 hours");
        }
    }

    /** A plan with only the required fields; add the rest with the {@code with…} methods. */
    public static ProposedPlan of(LocalDate dateOfIssue, Route route) {
        return new ProposedPlan(dateOfIssue, route, null, Set.of(), null, null, false, null, null);
    }

    public ProposedPlan withDateOfIssue(LocalDate value) {
        return new ProposedPlan(value, route, level, a2PermittedComponents, estimatedB1Intensity,
                literacyIndicator, mayFinishCurrentCourse, mapArrangement, pvtArrangement);
    }

    public ProposedPlan withRoute(Route value) {
        return new ProposedPlan(dateOfIssue, value, level, a2PermittedComponents, estimatedB1Intensity,
                literacyIndicator, mayFinishCurrentCourse, mapArrangement, pvtArrangement);
    }

    public ProposedPlan withLevel(LanguageLevel value) {
        return new ProposedPlan(dateOfIssue, route, value, a2PermittedComponents, estimatedB1Intensity,
                literacyIndicator, mayFinishCurrentCourse, mapArrangement, pvtArrangement);
    }

    public ProposedPlan withA2PermittedComponents(Set<ExamComponent> value) {
        return new ProposedPlan(dateOfIssue, route, level, value, estimatedB1Intensity,
                literacyIndicator, mayFinishCurrentCourse, mapArrangement, pvtArrangement);
    }

    public ProposedPlan withEstimatedB1Intensity(Integer value) {
        return new ProposedPlan(dateOfIssue, route, level, a2PermittedComponents, value,
                literacyIndicator, mayFinishCurrentCourse, mapArrangement, pvtArrangement);
    }

    public ProposedPlan withLiteracyIndicator(LiteracyIndicator value) {
        return new ProposedPlan(dateOfIssue, route, level, a2PermittedComponents, estimatedB1Intensity,
                value, mayFinishCurrentCourse, mapArrangement, pvtArrangement);
    }

    public ProposedPlan withMayFinishCurrentCourse(boolean value) {
        return new ProposedPlan(dateOfIssue, route, level, a2PermittedComponents, estimatedB1Intensity,
                literacyIndicator, value, mapArrangement, pvtArrangement);
    }

    public ProposedPlan withMapArrangement(String value) {
        return new ProposedPlan(dateOfIssue, route, level, a2PermittedComponents, estimatedB1Intensity,
                literacyIndicator, mayFinishCurrentCourse, value, pvtArrangement);
    }

    public ProposedPlan withPvtArrangement(String value) {
        return new ProposedPlan(dateOfIssue, route, level, a2PermittedComponents, estimatedB1Intensity,
                literacyIndicator, mayFinishCurrentCourse, mapArrangement, value);
    }
}
