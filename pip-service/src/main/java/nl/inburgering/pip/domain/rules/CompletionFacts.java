package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every fact the completion check uses, as pip-service holds them (its own, and local copies of other
 * services' events). The lists may be in any order and contain repeats; the assessment does not depend on
 * the order in which the facts arrived.
 *
 * @param plan              the current PIP; null when there is none yet
 * @param examPasses        passed exam components
 * @param mapCompletedOn    date of the MAP final interview ({@code map.completed finalInterviewDate}); null if not done
 * @param pvtSignedOn       date the participation statement was signed ({@code pvt.statement-signed}); null if not
 * @param zRouteCompletedOn date of the Z-route final interview ({@code zroute.completed}); null if not
 * @param exemptions        exemptions granted (full, partial, temporary)
 * @param obligationEnded   the end of the obligation without completion; null if it has not ended
 */
public record CompletionFacts(
        CurrentPlan plan,
        List<ExamPass> examPasses,
        LocalDate mapCompletedOn,
        LocalDate pvtSignedOn,
        LocalDate zRouteCompletedOn,
        List<Exemption> exemptions,
        ObligationEnd obligationEnded) {

    public CompletionFacts {
        examPasses = examPasses == null ? List.of() : List.copyOf(examPasses);
        exemptions = exemptions == null ? List.of() : List.copyOf(exemptions);
    }

    /** No facts at all. */
    public static CompletionFacts none() {
        return new CompletionFacts(null, List.of(), null, null, null, List.of(), null);
    }

    public CompletionFacts withPlan(CurrentPlan value) {
        return new CompletionFacts(value, examPasses, mapCompletedOn, pvtSignedOn, zRouteCompletedOn, exemptions, obligationEnded);
    }

    public CompletionFacts withExamPasses(Collection<ExamPass> value) {
        return new CompletionFacts(plan, List.copyOf(value), mapCompletedOn, pvtSignedOn, zRouteCompletedOn, exemptions, obligationEnded);
    }

    /** @return these facts plus {@code passes} */
    public CompletionFacts withExamPass(ExamPass... passes) {
        List<ExamPass> all = new ArrayList<>(examPasses);
        all.addAll(List.of(passes));
        return withExamPasses(all);
    }

    public CompletionFacts withMapCompletedOn(LocalDate value) {
        return new CompletionFacts(plan, examPasses, value, pvtSignedOn, zRouteCompletedOn, exemptions, obligationEnded);
    }

    public CompletionFacts withPvtSignedOn(LocalDate value) {
        return new CompletionFacts(plan, examPasses, mapCompletedOn, value, zRouteCompletedOn, exemptions, obligationEnded);
    }

    public CompletionFacts withZRouteCompletedOn(LocalDate value) {
        return new CompletionFacts(plan, examPasses, mapCompletedOn, pvtSignedOn, value, exemptions, obligationEnded);
    }

    public CompletionFacts withExemptions(Collection<Exemption> value) {
        return new CompletionFacts(plan, examPasses, mapCompletedOn, pvtSignedOn, zRouteCompletedOn, List.copyOf(value), obligationEnded);
    }

    /** @return these facts plus {@code more} */
    public CompletionFacts withExemption(Exemption... more) {
        List<Exemption> all = new ArrayList<>(exemptions);
        all.addAll(List.of(more));
        return withExemptions(all);
    }

    public CompletionFacts withObligationEnded(ObligationEnd value) {
        return new CompletionFacts(plan, examPasses, mapCompletedOn, pvtSignedOn, zRouteCompletedOn, exemptions, value);
    }
}
