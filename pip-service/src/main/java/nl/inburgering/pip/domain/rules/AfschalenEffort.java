package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.inburgering.contracts.vocabulary.ExamComponent;

/**
 * N15 (Besluit art. 5.5, [I/S]): a B1-route participant may be allowed to take a language component at A2
 * (afschalen) after at least 600 hours of NT2 course at a school with the Blik op Werk keurmerk, plus demonstrable
 * effort. The municipality decides, and the effort is not something this system can see, so the rule is a
 * warning, never a refusal: a PIP that newly permits a component at A2 while fewer course hours than the minimum
 * are registered up to its date of issue carries the warning, and the audit records it.
 *
 * <p>Counted: the COURSE hours ({@code participatietaalles}) dated on or before the date of issue. Whether the
 * school holds the keurmerk is not registered, so every course hour counts.
 */
public final class AfschalenEffort {

    /** Besluit art. 5.5: the hours of NT2 course that come before afschalen. */
    public static final int DEFAULT_MINIMUM_COURSE_HOURS = 600;

    private final int minimumCourseHours;

    public AfschalenEffort() {
        this(DEFAULT_MINIMUM_COURSE_HOURS);
    }

    public AfschalenEffort(int minimumCourseHours) {
        if (minimumCourseHours < 0) {
            throw new IllegalArgumentException("minimumCourseHours must not be negative");
        }
        this.minimumCourseHours = minimumCourseHours;
    }

    public int minimumCourseHours() {
        return minimumCourseHours;
    }

    /**
     * @param currentA2  components the current PIP already permits at A2 (empty when there is none)
     * @param proposedA2 components the new PIP permits at A2
     * @param dateOfIssue the new PIP's dagtekening
     * @param hours      the participant's registered hours, any kind, any date
     * @return the N15 warning, or empty when nothing new is afgeschaald or enough course hours are registered
     */
    public Optional<PlanWarning> check(Set<ExamComponent> currentA2, Set<ExamComponent> proposedA2,
            LocalDate dateOfIssue, Collection<HoursEntry> hours) {
        Objects.requireNonNull(currentA2, "currentA2");
        Objects.requireNonNull(proposedA2, "proposedA2");
        Objects.requireNonNull(dateOfIssue, "dateOfIssue");
        Objects.requireNonNull(hours, "hours");
        boolean newlyAfgeschaald = proposedA2.stream().anyMatch(c -> !currentA2.contains(c));
        if (!newlyAfgeschaald) {
            return Optional.empty();
        }
        int courseHours = hours.stream()
                .filter(h -> h.kind() == HoursKind.COURSE && !h.date().isAfter(dateOfIssue))
                .mapToInt(HoursEntry::hours)
                .sum();
        return courseHours >= minimumCourseHours ? Optional.empty() : Optional.of(
                PlanWarning.afschalen(minimumCourseHours, courseHours));
    }
}
