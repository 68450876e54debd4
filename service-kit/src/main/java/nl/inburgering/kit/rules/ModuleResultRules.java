package nl.inburgering.kit.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import nl.inburgering.kit.participants.KnownParticipant.Term;
import nl.inburgering.kit.problem.RuleViolationException;

/**
 * DUO's validation of the date that completes a module and its {@code verwijtbaar} flag (SDI016, rules §5 and §6
 * [C], edge case E18): the MAP final interview ({@code PUT /personen/{bsn}/map}, datumEindgesprekMap) and the PVT
 * signing ({@code PUT /personen/{bsn}/pvt}, datumOndertekeningPvt) follow the same rules, so map- and pvt-service
 * share this class and each names the codes after its own DUO resource ({@code DUO-MAP-n}, {@code DUO-PVT-n}).
 *
 * <p>Checked in this order, the first failing one thrown as a 409 naming its code:
 * <ol>
 *   <li>{@code -1}: the municipality has a current PIP for the person;</li>
 *   <li>{@code -2}: the date does not lie in the future;</li>
 *   <li>{@link #TERM_NOT_YET_KNOWN} when the term has not arrived (never a guess), then {@code -3}: the date does not
 *       lie before the start of the term;</li>
 *   <li>{@code -4}: the date does not lie after the Z-route completion date, when there is one;</li>
 *   <li>{@code -5}: verwijtbaar "Nee" only when the end of the term lies within 2 months (or has passed);</li>
 *   <li>{@code -6}: verwijtbaar "Ja" only when the term has been exceeded.</li>
 * </ol>
 * Whether the flag may be sent is judged on the day it is sent ({@code today}), as DUO judges a PUT. Leaving it out
 * is always allowed (DUO never requires it).
 */
public final class ModuleResultRules {

    /** A fact the decision needs (the term, from deadline-service) has not reached this service yet. */
    public static final String TERM_NOT_YET_KNOWN = "TERM-NOT-YET-KNOWN";

    /** SDI016: "Nee" may be sent from 2 months before the end of the term. */
    public static final Period NOT_CULPABLE_WINDOW = Period.ofMonths(2);

    /** DUO {@code InburgeringJaNeeType} of the field {@code verwijtbaar}. */
    public enum Culpability {
        /** Ja: the delay is the participant's fault. */
        YES,
        /** Nee: not the participant's fault. */
        NO;

        public boolean culpable() {
            return this == YES;
        }
    }

    /**
     * @param date              the final interview or signing date
     * @param culpability       the verwijtbaar flag; null when not given
     * @param today             the day of the request (Europe/Amsterdam)
     * @param currentPip        whether there is a current PIP
     * @param term              the term as deadline-service published it; null while not known here
     * @param zrouteCompletedOn datum afronding Z-route; null when none
     */
    public record Facts(LocalDate date, Culpability culpability, LocalDate today, boolean currentPip, Term term,
            LocalDate zrouteCompletedOn) {

        public Facts {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(today, "today");
        }
    }

    private final String prefix;
    private final String what;

    /**
     * @param prefix the codes' prefix, e.g. {@code DUO-MAP}
     * @param what   the date in words for the messages, e.g. "the final interview"
     */
    public ModuleResultRules(String prefix, String what) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.what = Objects.requireNonNull(what, "what");
    }

    public String currentPip() {
        return prefix + "-1";
    }

    public String notInFuture() {
        return prefix + "-2";
    }

    public String notBeforeTermStart() {
        return prefix + "-3";
    }

    public String notAfterZRouteCompletion() {
        return prefix + "-4";
    }

    public String notCulpableOnlyNearTermEnd() {
        return prefix + "-5";
    }

    public String culpableOnlyAfterTerm() {
        return prefix + "-6";
    }

    /** @throws RuleViolationException with one of the codes above */
    public void requireValid(Facts f) {
        Objects.requireNonNull(f, "facts");
        if (!f.currentPip()) {
            throw new RuleViolationException(currentPip(),
                    what + " can be recorded only while the municipality has a current PIP for the participant");
        }
        if (f.date().isAfter(f.today())) {
            throw new RuleViolationException(notInFuture(), "the date of " + what + " lies in the future");
        }
        if (f.term() == null) {
            throw new RuleViolationException(TERM_NOT_YET_KNOWN, "the start of the term is not known here yet "
                    + "(deadline-service publishes term.started after the initial PIP); try again in a moment");
        }
        if (f.date().isBefore(f.term().start())) {
            throw new RuleViolationException(notBeforeTermStart(), "the date of " + what
                    + " lies before the start of the term (" + f.term().start() + ")");
        }
        if (f.zrouteCompletedOn() != null && f.date().isAfter(f.zrouteCompletedOn())) {
            throw new RuleViolationException(notAfterZRouteCompletion(), "the date of " + what
                    + " lies after the Z-route completion date (" + f.zrouteCompletedOn() + ")");
        }
        if (f.culpability() == Culpability.NO && !f.term().endsWithin(NOT_CULPABLE_WINDOW, f.today())) {
            throw new RuleViolationException(notCulpableOnlyNearTermEnd(), "verwijtbaar NO may be given only "
                    + "from 2 months before the end of the term (" + f.term().lastDay() + " is its last day)");
        }
        if (f.culpability() == Culpability.YES && !f.term().exceededOn(f.today())) {
            throw new RuleViolationException(culpableOnlyAfterTerm(), "verwijtbaar YES may be given only once the "
                    + "term has been exceeded (" + f.term().lastDay() + " is its last day)");
        }
    }
}
