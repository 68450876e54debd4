package nl.inburgering.deadline.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.problem.RuleViolationException;

/**
 * Fines for exceeding the term (rules §7.5, N19–N22) and the municipality's own fines (§8, N23, N24), as recorded
 * decisions: which may be recorded, the amount to expect, and the new term a DUO fine sets.
 *
 * <ul>
 *   <li>Leerroute (ROUTE): at most €1,000 (N19 [C]); DUO's calculation table from its factors is not published
 *       ([?], rules §11.8), so the expected amount is the maximum less a configurable amount per exam component
 *       passed (default 0: the maximum).</li>
 *   <li>MAP €340 (N21, not in the Onderwijsroute: it has no MAP), PVT €340 (N20).</li>
 *   <li>No fines for asylum permit holders (§7.5: CJEU 4 February 2025, DUO's pause since February 2025): a policy
 *       switch, on by default; then no DUO fine can be recorded for one.</li>
 *   <li>The new term after a DUO fine (N22 [I]): leerroute by exams passed (0 → 2 years, 1 → 1.5, 2 → 1, 3 or more →
 *       6 months), the Z-route by its course hours (up to 200 → 2 years, up to 400 → 1.5, up to 600 → 1, more → 6
 *       months), MAP or PVT → 6 months, both → 1 year; with several fines the longest applies, never added.</li>
 *   <li>Municipal fines (N23, N24 [S]): a brede intake no-show in at most two steps of a fixed amount (€250), a
 *       breach of the PIP at most €800; both per municipality.</li>
 * </ul>
 */
public final class FinePolicy {

    /** What a fine is for. ROUTE, MAP and PVT are DUO's; the other two the municipality's. */
    public enum Kind {
        ROUTE, MAP, PVT, INTAKE_NO_SHOW, PIP_OBLIGATION;

        public boolean duo() {
            return this == ROUTE || this == MAP || this == PVT;
        }
    }

    public static final String ASYLUM = "§7.5-ASYLUM-PERMIT-HOLDER";
    public static final String MAXIMUM = "FINE-MAXIMUM";
    public static final String NO_MAP = "N21-NO-MAP";
    public static final String INTAKE_STEPS = "N23-STEPS";
    public static final String INTAKE_AMOUNT = "N23-AMOUNT";

    /** A municipality's amounts (N23, N24). */
    public record Municipal(BigDecimal intakeNoShowAmount, int intakeNoShowSteps, BigDecimal pipObligationMaximum) {
    }

    /**
     * The settings.
     *
     * @param newTermByExamsPassed   index = components passed; the last entry also for more
     * @param newTermByZRouteHours   one entry per band of {@code zrouteHoursBand} hours; the last also for more
     */
    public record Settings(BigDecimal routeMaximum, BigDecimal routeReductionPerExamPassed, BigDecimal mapAmount,
            BigDecimal pvtAmount, boolean asylumPermitHoldersExempt, List<Period> newTermByExamsPassed,
            int zrouteHoursBand, List<Period> newTermByZRouteHours, Period newTermMapOrPvt, Period newTermMapAndPvt,
            Municipal municipalDefault, Map<String, Municipal> municipal) {
    }

    /** The facts a DUO fine is judged on. */
    public record Facts(Kind kind, TargetGroup targetGroup, Route route, int examsPassed) {
    }

    private final Settings s;

    public FinePolicy(Settings settings) {
        this.s = Objects.requireNonNull(settings, "settings");
        if (s.newTermByExamsPassed().isEmpty() || s.newTermByZRouteHours().isEmpty() || s.zrouteHoursBand() < 1) {
            throw new IllegalArgumentException("deadline.fine: the new-term tables must not be empty");
        }
    }

    /** The amount to expect for a DUO fine on these facts (0 where none may be imposed). */
    public BigDecimal expected(Facts f) {
        if (refusal(f) != null) {
            return BigDecimal.ZERO;
        }
        return switch (f.kind()) {
            case ROUTE -> s.routeMaximum().subtract(s.routeReductionPerExamPassed()
                    .multiply(BigDecimal.valueOf(Math.max(0, f.examsPassed())))).max(BigDecimal.ZERO);
            case MAP -> s.mapAmount();
            case PVT -> s.pvtAmount();
            default -> throw new IllegalArgumentException(f.kind() + " is a municipal fine");
        };
    }

    /** Refuses a DUO fine (pre-announcement or decision) that may not be imposed, or an amount above its maximum. */
    public void requireAllowed(Facts f, BigDecimal amount) {
        RuleViolationException refused = refusal(f);
        if (refused != null) {
            throw refused;
        }
        BigDecimal maximum = switch (f.kind()) {
            case ROUTE -> s.routeMaximum();
            case MAP -> s.mapAmount();
            case PVT -> s.pvtAmount();
            default -> throw new IllegalArgumentException(f.kind() + " is a municipal fine");
        };
        if (amount.compareTo(maximum) > 0) {
            throw new RuleViolationException(MAXIMUM, "a " + f.kind() + " fine is at most €" + maximum.toPlainString()
                    + " (N19–N21), not €" + amount.toPlainString());
        }
    }

    private RuleViolationException refusal(Facts f) {
        if (s.asylumPermitHoldersExempt() && f.targetGroup() == TargetGroup.ASYLUM_PERMIT_HOLDER) {
            return new RuleViolationException(ASYLUM, "no fines for asylum permit holders (§7.5: CJEU "
                    + "ECLI:EU:C:2025:52; deadline.fine.asylum-permit-holders-exempt is on)");
        }
        if (f.kind() == Kind.MAP && f.route() == Route.EDUCATION) {
            return new RuleViolationException(NO_MAP, "the Onderwijsroute has no MAP, so no MAP fine (N21)");
        }
        return null;
    }

    /**
     * The length of the new term after the DUO fines of one round (N22): the longest of them, never added.
     *
     * @param kinds       the kinds fined in the round (ROUTE, MAP, PVT)
     * @param examsPassed the exam components passed (leerroute other than the Z-route)
     * @param zrouteHours the Z-route's course hours (Z-route)
     */
    public Period newTerm(Set<Kind> kinds, Route route, int examsPassed, int zrouteHours) {
        Period longest = Period.ZERO;
        if (kinds.contains(Kind.ROUTE)) {
            longest = route == Route.SELF_SUFFICIENCY
                    ? at(s.newTermByZRouteHours(), zrouteHours <= 0 ? 0 : (zrouteHours - 1) / s.zrouteHoursBand())
                    : at(s.newTermByExamsPassed(), examsPassed);
        }
        Period modules = kinds.contains(Kind.MAP) && kinds.contains(Kind.PVT) ? s.newTermMapAndPvt()
                : kinds.contains(Kind.MAP) || kinds.contains(Kind.PVT) ? s.newTermMapOrPvt() : Period.ZERO;
        return longer(longest, modules);
    }

    /** The new exclusive end: the decision day plus the new term, but never before an end already set. */
    public static LocalDate newEnd(LocalDate currentEnd, LocalDate decidedOn, Period newTerm) {
        LocalDate candidate = decidedOn.plus(newTerm);
        return candidate.isAfter(currentEnd) ? candidate : currentEnd;
    }

    /** The municipality's fine: the N23 steps and amount, or the N24 maximum. */
    public void requireMunicipalAllowed(String municipality, Kind kind, BigDecimal amount, int stepsBefore) {
        Municipal m = s.municipal().getOrDefault(municipality, s.municipalDefault());
        switch (kind) {
            case INTAKE_NO_SHOW -> {
                if (stepsBefore >= m.intakeNoShowSteps()) {
                    throw new RuleViolationException(INTAKE_STEPS, "the brede intake no-show is fined in at most "
                            + m.intakeNoShowSteps() + " steps (N23), and " + stepsBefore + " were recorded");
                }
                if (amount.compareTo(m.intakeNoShowAmount()) != 0) {
                    throw new RuleViolationException(INTAKE_AMOUNT, "a brede intake no-show fine of " + municipality
                            + " is €" + m.intakeNoShowAmount().toPlainString() + " (N23), not €"
                            + amount.toPlainString());
                }
            }
            case PIP_OBLIGATION -> {
                if (amount.compareTo(m.pipObligationMaximum()) > 0) {
                    throw new RuleViolationException(MAXIMUM, "a fine for breaking the PIP's obligations is at most €"
                            + m.pipObligationMaximum().toPlainString() + " in " + municipality + " (N24), not €"
                            + amount.toPlainString());
                }
            }
            default -> throw new IllegalArgumentException(kind + " is DUO's fine");
        }
    }

    private static Period at(List<Period> table, int index) {
        return table.get(Math.min(Math.max(index, 0), table.size() - 1));
    }

    /** The longer of two periods, as lengths from one day (a Period alone has no length: months differ). */
    private static Period longer(Period a, Period b) {
        LocalDate from = LocalDate.of(2000, 1, 1);
        return from.plus(a).isBefore(from.plus(b)) ? b : a;
    }
}
