package nl.inburgering.kit.participants;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.ObligationEndReason;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.problem.RuleViolationException;

/**
 * What a service knows about a participant from pip.events. {@code registered} is false while only
 * later facts (e.g. a plan) have arrived and participant.registered has not yet.
 *
 * @param targetGroup  the latest <em>reported</em> target group, which may take effect only later: a rule judges
 *                     the group of a day with {@link #targetGroupOn} (issue 8 item 3)
 * @param fullyExemptFrom the validFrom of the earliest full vrijstelling or ontheffing (deadline.events
 *                     exemption.granted, DUO "volledige vrijstelling/ontheffing"); null when none
 * @param targetGroups the group at registration and every change with its effective date and rights; null while
 *                     no group is known
 * @param term         the inburgeringstermijn as deadline-service published it (term.started, term.extended); null
 *                     until term.started has arrived
 * @param zrouteCompletedOn datum afronding Z-route (pip.events zroute.completed); null while not completed
 */
public record KnownParticipant(
        UUID participantId,
        boolean registered,
        String municipalityCode,
        String previousMunicipalityCode,
        LocalDate previousMunicipalityUntil,
        TargetGroup targetGroup,
        TargetGroupHistory targetGroups,
        LocalDate dateOfBirth,
        LocalDate obligationStartDate,
        LocalDate notificationDate,
        ObligationEndReason obligationEndedReason,
        LocalDate obligationEndedOn,
        LocalDate completedOn,
        LocalDate fullyExemptFrom,
        CurrentPlan plan,
        Term term,
        LocalDate zrouteCompletedOn) {

    /**
     * The inburgeringstermijn (N2, N3): from {@code start} (inclusive) to {@code endExclusive}, extensions included.
     */
    public record Term(LocalDate start, LocalDate endExclusive) {

        public Term {
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(endExclusive, "endExclusive");
        }

        /** The last day inside the term. */
        public LocalDate lastDay() {
            return endExclusive.minusDays(1);
        }

        /** Whether the term has been exceeded (overschreden) on {@code day}: the day lies on or after its end. */
        public boolean exceededOn(LocalDate day) {
            return !day.isBefore(endExclusive);
        }

        /**
         * Whether the end of the term lies within {@code period} of {@code day}, or has passed: DUO's "einde termijn
         * binnen 2 maanden" (SDI016 verwijtbaar "Nee").
         */
        public boolean endsWithin(Period period, LocalDate day) {
            return !day.isBefore(endExclusive.minus(period));
        }
    }

    /**
     * The participant's current PIP, if any.
     *
     * @param level          DUO's PIP level: the minimum over the components (A2 after any afschalen)
     * @param requiredLevels per language component the level this PIP requires (plan.established); judge one
     *                       component by {@link #requiredLevel}, never by {@code level}
     */
    public record CurrentPlan(UUID planId, int version, Route route, LanguageLevel level,
            Set<ExamComponent> a2PermittedComponents, Map<ExamComponent, LanguageLevel> requiredLevels,
            LocalDate dateOfIssue, LocalDate initialDateOfIssue) {

        /** The level {@code component} must be passed at under this PIP; null for KNM or when the plan sets none. */
        public LanguageLevel requiredLevel(ExamComponent component) {
            return requiredLevels.get(component);
        }
    }

    /** The target group in force on {@code date} (a change counts from its effective date); null if none known. */
    public TargetGroup targetGroupOn(LocalDate date) {
        return targetGroups == null ? null : targetGroups.on(date);
    }

    /**
     * The target group whose rights apply on {@code date} (free exam attempts, the asylum Z-route hours): the group
     * in force, or the other one when the change kept it ("Behoud asielrechten", issue 8 item 4); null if none known.
     */
    public TargetGroup rightsOn(LocalDate date) {
        return targetGroups == null ? null : targetGroups.rightsOn(date);
    }

    public boolean obligationEnded() {
        return obligationEndedReason != null;
    }

    /** Why a case takes no new work from some day on (E14, DUO RedenGeenInburgeringsplicht). */
    public enum Closure {
        /** Inburgeringsplicht voldaan: integration.completed. */
        COMPLETED("§9", "civic integration is completed"),
        /** Volledige vrijstelling or ontheffing: exemption.granted with scope FULL. */
        FULLY_EXEMPT("E14", "the case is closed by a full exemption (volledige vrijstelling or ontheffing)"),
        /** participant.obligation-ended (naturalised, pension age, left the country, …). */
        OBLIGATION_ENDED("E14", "the case is closed: the civic integration obligation has ended");

        private final String rule;
        private final String words;

        Closure(String rule, String words) {
            this.rule = rule;
            this.words = words;
        }

        /** The 409 rule code, as pip-service names it: §9 for a completion, E14 for a closed case. */
        public String rule() {
            return rule;
        }

        /** The closure in words, for a 409's detail. */
        public String words() {
            return words;
        }
    }

    /**
     * Refuses a step on {@code day} in a closed case (§9, E14) with the closure's rule code.
     *
     * @param step what is refused, in words, e.g. "the MAP takes no further steps"
     * @throws RuleViolationException {@link Closure#rule()}
     */
    public void requireOpenOn(LocalDate day, String step) {
        closedOn(day).ifPresent(closure -> {
            throw new RuleViolationException(closure.rule(), closure.words() + "; " + step);
        });
    }

    /**
     * Why the case is closed on {@code day}, if it is: each closure counts from its own date, the day itself
     * included (the end date is the first day without obligation; pip-service judges the same tie), so a fact DUO
     * announces ahead of time closes nothing before then (issue 8 items 7, 8b). Completion is named first.
     */
    public Optional<Closure> closedOn(LocalDate day) {
        if (completedOn != null && !completedOn.isAfter(day)) {
            return Optional.of(Closure.COMPLETED);
        }
        if (fullyExemptFrom != null && !fullyExemptFrom.isAfter(day)) {
            return Optional.of(Closure.FULLY_EXEMPT);
        }
        if (obligationEnded() && (obligationEndedOn == null || !obligationEndedOn.isAfter(day))) {
            return Optional.of(Closure.OBLIGATION_ENDED);
        }
        return Optional.empty();
    }

    /** Whether pip-service published integration.completed (datum voldaan) for this participant. */
    public boolean completed() {
        return completedOn != null;
    }

    /** The municipalities whose officers may read this participant on {@code today} (§11 E10: old one for a month). */
    public String[] municipalitiesWithAccess(LocalDate today) {
        if (previousMunicipalityCode != null && previousMunicipalityUntil != null
                && !today.isAfter(previousMunicipalityUntil)) {
            return new String[] {municipalityCode, previousMunicipalityCode};
        }
        return new String[] {municipalityCode};
    }
}
