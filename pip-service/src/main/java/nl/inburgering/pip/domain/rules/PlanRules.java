package nl.inburgering.pip.domain.rules;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.problem.RuleViolationException;

/**
 * Validates a proposed PIP, initial or revision, the way DUO validates {@code POST /personen/{bsn}/PIP}
 * (wi2021-rules.md §2.4 [C]) plus the route rules of §3, and returns it normalised.
 *
 * <p>Checks, in this order (the first failing one is thrown, as a 409 naming its {@link RuleCodes code}):
 * <ol>
 *   <li>DUO-PIP-1: dagtekening not before the obligation start (same day allowed);</li>
 *   <li>DUO-PIP-2: not before the registration in the municipality (same day allowed; skipped if unknown);</li>
 *   <li>DUO-PIP-3: a revision not before the initial PIP's nor the current PIP's dagtekening (same day allowed);</li>
 *   <li>route and level: DUO-PIP-4 (no A2 with the Onderwijsroute), DUO-PIP-5 (no B1 or higher with the
 *       Z-route), §3.1 (B1-route level B1 or A2; A2 per language component only, never KNM, only in the
 *       B1-route), §3.2 (Onderwijsroute level B1 or B2), DUO-PIP-6 (no A2 in the first PIP ever) and E4
 *       (level and A2 components agree);</li>
 *   <li>DUO-PIP-8: estimated B1 intensity only for an asylum permit holder on the B1-route;</li>
 *   <li>§5: no MAP arrangement in an Onderwijsroute PIP;</li>
 *   <li>N16: a route switch via {@link RouteSwitchPolicy}.</li>
 * </ol>
 *
 * <p>Normalisation: the level defaults to B1 for the B1-route and the Onderwijsroute (DUO {@code niveau}
 * default); in the B1-route it becomes A2 when components are permitted at A2, because DUO's single
 * {@code niveau} is "the minimum level of all language components" (§2.4). The Z-route has no default level.
 *
 * <p>A2 per component (E4, open question §12.2): the PIP says which language components may be taken at A2.
 * Level A2 without components, or level B1 with components, is refused (E4) rather than guessed.
 */
public final class PlanRules {

    private static final Set<LanguageLevel> B1_ROUTE_LEVELS = EnumSet.of(LanguageLevel.A2, LanguageLevel.B1);
    private static final Set<LanguageLevel> EDUCATION_ROUTE_LEVELS = EnumSet.of(LanguageLevel.B1, LanguageLevel.B2);

    private final RouteSwitchPolicy routeSwitchPolicy;

    public PlanRules() {
        this(new RouteSwitchPolicy());
    }

    public PlanRules(RouteSwitchPolicy routeSwitchPolicy) {
        this.routeSwitchPolicy = Objects.requireNonNull(routeSwitchPolicy, "routeSwitchPolicy");
    }

    /**
     * @param proposed    the PIP as proposed
     * @param participant target group, obligation start, municipality registration
     * @param history     earlier PIPs ({@link PlanHistory#none()} for the first)
     * @return the normalised plan, whether it is the initial PIP and whether it switches route
     * @throws RuleViolationException with one of the codes above
     */
    public ValidatedPlan validate(ProposedPlan proposed, ParticipantFacts participant, PlanHistory history) {
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(history, "history");

        requireDateOfIssueAllowed(proposed, participant, history);
        ProposedPlan normalised = proposed.withLevel(levelFor(proposed, history));
        requireIntensityAllowed(proposed, participant);
        requireNoMapInEducationRoute(proposed);

        boolean revision = history.hasCurrentPlan();
        boolean routeSwitch = revision && history.currentRoute() != proposed.route();
        if (routeSwitch) {
            routeSwitchPolicy.requireAllowed(history.currentRoute(), proposed.route(),
                    history.routeSwitchesSoFar(), history.termStart(), proposed.dateOfIssue());
        }
        // Initial only when no PIP was ever known, in any municipality: a participant who moved in with a running
        // term (N2, E10, issue 8 item 8) gets a revision here, and the term does not restart.
        return new ValidatedPlan(normalised, history.noPipEver(), routeSwitch);
    }

    private static void requireDateOfIssueAllowed(ProposedPlan plan, ParticipantFacts participant, PlanHistory history) {
        if (plan.dateOfIssue().isBefore(participant.obligationStartDate())) {
            throw new RuleViolationException(RuleCodes.PIP_NOT_BEFORE_OBLIGATION_START,
                    "the date of issue of a PIP may not lie before the start of the civic integration obligation");
        }
        if (participant.municipalityRegistrationDate() != null
                && plan.dateOfIssue().isBefore(participant.municipalityRegistrationDate())) {
            throw new RuleViolationException(RuleCodes.PIP_NOT_BEFORE_MUNICIPALITY_REGISTRATION,
                    "the date of issue of a PIP may not lie before the registration in the municipality");
        }
        if (history.initialDateOfIssue() != null && plan.dateOfIssue().isBefore(history.initialDateOfIssue())) {
            throw new RuleViolationException(RuleCodes.REVISION_NOT_BEFORE_EARLIER_PIP,
                    "the date of issue of a changed PIP may not lie before that of the initial PIP");
        }
        if (history.currentDateOfIssue() != null && plan.dateOfIssue().isBefore(history.currentDateOfIssue())) {
            throw new RuleViolationException(RuleCodes.REVISION_NOT_BEFORE_EARLIER_PIP,
                    "the date of issue of a changed PIP may not lie before that of the current PIP");
        }
    }

    private static LanguageLevel levelFor(ProposedPlan plan, PlanHistory history) {
        switch (plan.route()) {
            case B1:
                return b1RouteLevel(plan, history);
            case EDUCATION:
                return educationRouteLevel(plan);
            case SELF_SUFFICIENCY:
                return zRouteLevel(plan);
            default:
                throw new IllegalArgumentException("unknown route " + plan.route());
        }
    }

    private static LanguageLevel b1RouteLevel(ProposedPlan plan, PlanHistory history) {
        LanguageLevel level = plan.level();
        Set<ExamComponent> a2 = plan.a2PermittedComponents();
        if (level != null && !B1_ROUTE_LEVELS.contains(level)) {
            throw new RuleViolationException(RuleCodes.B1_ROUTE_LEVEL,
                    "the level of a B1-route PIP is B1, or A2 for components permitted at A2; not " + level);
        }
        if (a2.contains(ExamComponent.KNM)) {
            throw new RuleViolationException(RuleCodes.B1_ROUTE_LEVEL,
                    "only language components can be permitted at A2; KNM has no level");
        }
        boolean afgeschaald = level == LanguageLevel.A2 || !a2.isEmpty();
        if (!afgeschaald) {
            return LanguageLevel.B1;
        }
        if (history.noPipEver()) {
            throw new RuleViolationException(RuleCodes.A2_NOT_IN_FIRST_PIP,
                    "A2 in the B1-route is not allowed in the first PIP; permission to take A2 needs a later PIP");
        }
        if (a2.isEmpty()) {
            throw new RuleViolationException(RuleCodes.A2_PER_COMPONENT,
                    "level A2 in the B1-route needs the language components permitted at A2");
        }
        if (level == LanguageLevel.B1) {
            throw new RuleViolationException(RuleCodes.A2_PER_COMPONENT,
                    "the level is the minimum over the language components: with components permitted at A2 it is A2, not B1");
        }
        return LanguageLevel.A2;
    }

    private static LanguageLevel educationRouteLevel(ProposedPlan plan) {
        if (plan.level() == LanguageLevel.A2 || !plan.a2PermittedComponents().isEmpty()) {
            throw new RuleViolationException(RuleCodes.A2_NOT_WITH_EDUCATION_ROUTE,
                    "level A2 may not be combined with the Onderwijsroute");
        }
        if (plan.level() != null && !EDUCATION_ROUTE_LEVELS.contains(plan.level())) {
            throw new RuleViolationException(RuleCodes.EDUCATION_ROUTE_LEVEL,
                    "the level of an Onderwijsroute PIP is B1 or B2; not " + plan.level());
        }
        return plan.level() == null ? LanguageLevel.B1 : plan.level();
    }

    private static LanguageLevel zRouteLevel(ProposedPlan plan) {
        if (plan.level() != null && plan.level().atLeast(LanguageLevel.B1)) {
            throw new RuleViolationException(RuleCodes.B1_NOT_WITH_Z_ROUTE,
                    "level " + plan.level() + " may not be combined with the Z-route");
        }
        if (!plan.a2PermittedComponents().isEmpty()) {
            throw new RuleViolationException(RuleCodes.B1_ROUTE_LEVEL,
                    "permission to take A2 (afschalen) exists only in the B1-route");
        }
        return plan.level();
    }

    private static void requireIntensityAllowed(ProposedPlan plan, ParticipantFacts participant) {
        if (plan.estimatedB1Intensity() != null
                && (participant.targetGroup() != TargetGroup.ASYLUM_PERMIT_HOLDER || plan.route() != Route.B1)) {
            throw new RuleViolationException(RuleCodes.INTENSITY_ONLY_ASYLUM_B1_ROUTE,
                    "an estimated B1-route intensity is allowed only for an asylum permit holder on the B1-route");
        }
    }

    private static void requireNoMapInEducationRoute(ProposedPlan plan) {
        if (plan.route() == Route.EDUCATION && plan.mapArrangement() != null && !plan.mapArrangement().isBlank()) {
            throw new RuleViolationException(RuleCodes.NO_MAP_IN_EDUCATION_ROUTE,
                    "the MAP does not apply to the Onderwijsroute, so its PIP cannot describe one");
        }
    }
}
