package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import nl.inburgering.contracts.vocabulary.CompletionRequirement;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExemptionScope;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;

/**
 * The completion check (DESIGN §2; rules §3, §9): a pure function from {@link CompletionFacts} to a
 * {@link CompletionAssessment}. The same facts in any order give the same assessment, so it can be recomputed
 * on every event, whatever order the events arrived in.
 *
 * <p>Requirements of the current PIP's route:
 * <ul>
 *   <li><b>B1-route</b>: READING, LISTENING, WRITING, SPEAKING passed at B1 or higher (B2 counts); at A2 only
 *       for a component a later PIP permitted at A2 (E4), and then from the day of that PIP at the earliest;
 *       KNM passed; MAP completed; PVT signed.</li>
 *   <li><b>Onderwijsroute</b>: the four language components at the plan's level (B1 or B2) or higher; KNM
 *       passed; PVT signed; no MAP.</li>
 *   <li><b>Z-route</b>: Z-route completed, MAP completed, PVT signed; exams optional (NOT_APPLICABLE).</li>
 *   <li><b>No PIP yet</b>: not complete; PVT (part of every route) is shown as it stands, everything else
 *       OUTSTANDING.</li>
 * </ul>
 *
 * <p>Decisions:
 * <ul>
 *   <li>The same component passed more than once: the earliest qualifying pass counts. A pass counts on its
 *       exam date or result date per {@link ComplianceMoment} (default exam date; §12.11).</li>
 *   <li>A partial exemption (vrijstelling or ontheffing) covering a component makes it EXEMPTED from its
 *       {@code validFrom}, unless a qualifying pass came earlier (then DONE). Temporary exemptions change no
 *       requirement.</li>
 *   <li>Completion date = the latest day among the DONE and EXEMPTED dates, and not before
 *       {@link CurrentPlan#routeSince()}: it is the day the last requirement was met, not the day a fact
 *       arrived.</li>
 *   <li>A full exemption or an ended obligation closes the case without completion (status EXEMPTED /
 *       OBLIGATION_ENDED), unless the participant had already completed strictly before it: an obligation
 *       already fulfilled is not undone by a later naturalisation or exemption, and the assessment must not
 *       flip once {@code integration.completed} was published. When both closures exist the earlier counts
 *       (a tie goes to the exemption).</li>
 *   <li>KNM has no level: any KNM pass counts; level A1 never counts for a language component.</li>
 * </ul>
 */
public final class CompletionPolicy {

    // The codes of the progress view's verdicts (issue 12 item 7): stable, part of the API; their plain sentences
    // and legal sources are in explanations/pip_{nl,en}.properties. Where each rule comes from, internally:
    /** rules §3: the requirements depend on the route, and there is no PIP yet. */
    static final String RULE_NO_PLAN = "REQ-NO-PLAN";
    /** DESIGN §2; rules §3.1, §9: passed at B1 or higher; at A2 only where a later PIP permitted it (E4). */
    static final String RULE_B1_LANGUAGE = "REQ-B1-LANGUAGE";
    /** DESIGN §2; rules §3.2, §9: passed at the plan's level or higher. */
    static final String RULE_EDUCATION_LANGUAGE = "REQ-EDUCATION-LANGUAGE";
    /** DESIGN §2; rules §3.1, §3.2, §9: KNM exam passed. */
    static final String RULE_KNM = "REQ-KNM";
    /** DESIGN §2; rules §3.3: exams are optional in the Z-route (Besluit art. 3.14(7)). */
    static final String RULE_EXAMS_OPTIONAL_Z = "REQ-EXAMS-OPTIONAL-Z";
    /** DESIGN §2; rules §1.2, §7.4, E12: a partial exemption removes the component. */
    static final String RULE_PARTIAL_EXEMPTION = "REQ-PARTIAL-EXEMPTION";
    /** DESIGN §2; rules §5, N11: MAP completed (final interview). */
    static final String RULE_MAP = "REQ-MAP";
    /** DESIGN §2; rules §3.2, §5: no MAP in the Onderwijsroute. */
    static final String RULE_NO_MAP_EDUCATION = "REQ-NO-MAP-EDUCATION";
    /** DESIGN §2; rules §6, N12: participation statement signed (every route). */
    static final String RULE_PVT = "REQ-PVT";
    /** DESIGN §2; rules §3.3, §9, N13, N14: Z-route completed (final interview after the hours). */
    static final String RULE_ZROUTE = "REQ-ZROUTE";
    /** DESIGN §2: only the Z-route is completed by a Z-route final interview. */
    static final String RULE_ZROUTE_ONLY = "REQ-ZROUTE-ONLY";
    /** DESIGN §2; rules §7.3, §7.4, E14: a full exemption closes the case without completion. */
    static final String RULE_FULL_EXEMPTION = "CLOSURE-FULL-EXEMPTION";
    /** DESIGN §2; rules §7.5, E14, E15: an ended obligation closes the case without completion. */
    static final String RULE_OBLIGATION_ENDED = "CLOSURE-OBLIGATION-ENDED";

    /** Every code of the progress view (the tests prove each is explained in both languages). */
    public static final java.util.List<String> CODES = java.util.List.of(RULE_NO_PLAN, RULE_B1_LANGUAGE,
            RULE_EDUCATION_LANGUAGE, RULE_KNM, RULE_EXAMS_OPTIONAL_Z, RULE_PARTIAL_EXEMPTION, RULE_MAP,
            RULE_NO_MAP_EDUCATION, RULE_PVT, RULE_ZROUTE, RULE_ZROUTE_ONLY, RULE_FULL_EXEMPTION, RULE_OBLIGATION_ENDED);

    private final ComplianceMoment complianceMoment;

    /** With the default compliance moment, the exam date. */
    public CompletionPolicy() {
        this(ComplianceMoment.EXAM_DATE);
    }

    public CompletionPolicy(ComplianceMoment complianceMoment) {
        this.complianceMoment = Objects.requireNonNull(complianceMoment, "complianceMoment");
    }

    public ComplianceMoment complianceMoment() {
        return complianceMoment;
    }

    /** @return the assessment of {@code facts}; never throws for valid facts */
    public CompletionAssessment assess(CompletionFacts facts) {
        Objects.requireNonNull(facts, "facts");
        CurrentPlan plan = facts.plan();
        Map<CompletionRequirement, RequirementStatus> statuses = new EnumMap<>(CompletionRequirement.class);
        for (CompletionRequirement requirement : CompletionRequirement.values()) {
            statuses.put(requirement, plan == null
                    ? statusWithoutPlan(requirement, facts)
                    : status(requirement, plan, facts));
        }

        boolean complete = plan != null && statuses.values().stream().noneMatch(RequirementStatus::isOutstanding);
        LocalDate completedOn = null;
        if (complete) {
            completedOn = statuses.values().stream()
                    .map(RequirementStatus::date)
                    .filter(Objects::nonNull)
                    .reduce(plan.routeSince(), CompletionPolicy::later);
        }
        Closure closure = closure(facts);
        if (closure != null && complete && completedOn.isBefore(closure.on())) {
            closure = null;
        }
        if (closure != null) {
            complete = false;
            completedOn = null;
        }
        return new CompletionAssessment(statuses, plan != null, complete, completedOn, closure);
    }

    private RequirementStatus statusWithoutPlan(CompletionRequirement requirement, CompletionFacts facts) {
        if (requirement == CompletionRequirement.PVT) {
            return pvt(facts);
        }
        return new RequirementStatus(requirement, RequirementState.OUTSTANDING, null, null, RULE_NO_PLAN);
    }

    private RequirementStatus status(CompletionRequirement requirement, CurrentPlan plan, CompletionFacts facts) {
        Route route = plan.route();
        switch (requirement) {
            case READING:
            case LISTENING:
            case WRITING:
            case SPEAKING:
            case KNM:
                return route == Route.SELF_SUFFICIENCY
                        ? notApplicable(requirement, RULE_EXAMS_OPTIONAL_Z)
                        : exam(Requirements.examComponent(requirement), plan, facts);
            case MAP:
                return route == Route.EDUCATION
                        ? notApplicable(requirement, RULE_NO_MAP_EDUCATION)
                        : dated(requirement, facts.mapCompletedOn(), "MAP final interview", RULE_MAP);
            case PVT:
                return pvt(facts);
            case ZROUTE:
                return route != Route.SELF_SUFFICIENCY
                        ? notApplicable(requirement, RULE_ZROUTE_ONLY)
                        : dated(requirement, facts.zRouteCompletedOn(), "Z-route final interview", RULE_ZROUTE);
            default:
                throw new IllegalArgumentException("unknown requirement " + requirement);
        }
    }

    private static RequirementStatus pvt(CompletionFacts facts) {
        return dated(CompletionRequirement.PVT, facts.pvtSignedOn(), "participation statement signed", RULE_PVT);
    }

    private static RequirementStatus dated(CompletionRequirement requirement, LocalDate date, String what, String rule) {
        return date == null
                ? new RequirementStatus(requirement, RequirementState.OUTSTANDING, null, null, rule)
                : new RequirementStatus(requirement, RequirementState.DONE, date, what + " on " + date, rule);
    }

    private static RequirementStatus notApplicable(CompletionRequirement requirement, String rule) {
        return new RequirementStatus(requirement, RequirementState.NOT_APPLICABLE, null, null, rule);
    }

    /** An exam requirement of the B1-route or the Onderwijsroute. */
    private RequirementStatus exam(ExamComponent component, CurrentPlan plan, CompletionFacts facts) {
        CompletionRequirement requirement = CompletionRequirement.of(component);
        String rule = component == ExamComponent.KNM ? RULE_KNM
                : plan.route() == Route.B1 ? RULE_B1_LANGUAGE
                : RULE_EDUCATION_LANGUAGE;

        RequirementStatus done = facts.examPasses().stream()
                .filter(pass -> pass.component() == component)
                .map(pass -> passStatus(requirement, pass, plan, rule))
                .filter(Objects::nonNull)
                .min(Comparator.comparing(RequirementStatus::date))
                .orElse(null);
        RequirementStatus exempted = facts.exemptions().stream()
                .filter(e -> e.scope() == ExemptionScope.PARTIAL && e.components().contains(component))
                .map(e -> exemptionStatus(requirement, e, plan))
                .filter(Objects::nonNull)
                .min(Comparator.comparing(RequirementStatus::date))
                .orElse(null);

        if (done != null && (exempted == null || !exempted.date().isBefore(done.date()))) {
            return done;
        }
        if (exempted != null) {
            return exempted;
        }
        return new RequirementStatus(requirement, RequirementState.OUTSTANDING, null,
                passesThatDoNotCount(component, facts), rule);
    }

    private RequirementStatus passStatus(CompletionRequirement requirement, ExamPass pass, CurrentPlan plan, String rule) {
        LocalDate metOn = pass.metOn(complianceMoment);
        LocalDate counted = countsFrom(pass.component(), pass.level(), metOn, plan);
        if (counted == null) {
            return null;
        }
        String fact = describe(pass);
        if (pass.component().isLanguage() && !pass.level().atLeast(plan.requiredLanguageLevel())) {
            fact += "; A2 permitted by a later PIP from " + plan.a2PermittedSince().get(pass.component()) + " (E4)";
        }
        return new RequirementStatus(requirement, RequirementState.DONE, counted, fact, rule);
    }

    private static RequirementStatus exemptionStatus(CompletionRequirement requirement, Exemption exemption, CurrentPlan plan) {
        LocalDate counted = exemption.level() == null || requirement == CompletionRequirement.KNM
                ? exemption.validFrom()
                : countsFrom(Requirements.examComponent(requirement), exemption.level(), exemption.validFrom(), plan);
        if (counted == null) {
            return null;
        }
        String fact = "partial " + exemption.kind().name().toLowerCase() + " from " + exemption.validFrom()
                + (exemption.level() == null ? "" : " at " + exemption.level());
        return new RequirementStatus(requirement, RequirementState.EXEMPTED, counted, fact, RULE_PARTIAL_EXEMPTION);
    }

    /**
     * @return the day a result at {@code level} on {@code date} meets the requirement for {@code component}
     *         under {@code plan}, or null if it does not
     */
    private static LocalDate countsFrom(ExamComponent component, LanguageLevel level, LocalDate date, CurrentPlan plan) {
        if (component == ExamComponent.KNM) {
            return date;
        }
        if (level.atLeast(plan.requiredLanguageLevel())) {
            return date;
        }
        LocalDate a2Since = plan.a2PermittedSince().get(component);
        if (plan.route() == Route.B1 && level == LanguageLevel.A2 && a2Since != null) {
            return later(date, a2Since);
        }
        return null;
    }

    private static String passesThatDoNotCount(ExamComponent component, CompletionFacts facts) {
        String passes = facts.examPasses().stream()
                .filter(pass -> pass.component() == component)
                .sorted(Comparator.comparing(ExamPass::examDate))
                .map(CompletionPolicy::describe)
                .collect(Collectors.joining("; "));
        return passes.isEmpty() ? null : "below the required level: " + passes;
    }

    private static String describe(ExamPass pass) {
        return pass.component().duoCode() + " passed"
                + (pass.component().isLanguage() ? " at " + pass.level() : "")
                + " (exam " + pass.examDate() + ", result " + pass.resultDate() + ")";
    }

    private static Closure closure(CompletionFacts facts) {
        Closure exemption = facts.exemptions().stream()
                .filter(e -> e.scope() == ExemptionScope.FULL)
                .min(Comparator.comparing(Exemption::validFrom))
                .map(e -> new Closure(Closure.Kind.EXEMPTED, e.validFrom(),
                        "full " + e.kind().name().toLowerCase() + " from " + e.validFrom(), RULE_FULL_EXEMPTION))
                .orElse(null);
        ObligationEnd end = facts.obligationEnded();
        Closure ended = end == null ? null : new Closure(Closure.Kind.OBLIGATION_ENDED, end.endedOn(),
                "obligation ended (" + end.reason() + ") on " + end.endedOn(), RULE_OBLIGATION_ENDED);
        if (exemption == null) {
            return ended;
        }
        return ended == null || !ended.on().isBefore(exemption.on()) ? exemption : ended;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
