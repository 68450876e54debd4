package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;

/**
 * Derives what the rules need from the stored versions of a participant's PIP: the {@link PlanHistory} for
 * {@link PlanRules}, {@link PlanDeletionPolicy} and {@link ZRouteCompletionPolicy}, and the {@link CurrentPlan}
 * for {@link CompletionPolicy}.
 *
 * <ul>
 *   <li><b>Initial PIP</b> (N2, E1): the version registered as initial (the first one); the term starts the
 *       day after its dagtekening unless DUO set the start.</li>
 *   <li><b>Route switches</b> (N16): the number of versions registered as a switch.</li>
 *   <li><b>{@code routeSince}</b> (E3): the dagtekening of the earliest version of the unbroken run of latest
 *       versions with the current route and the same required language level (B1 for the B1-route whatever
 *       its A2 permissions, the plan level for the Onderwijsroute, none for the Z-route). Afschalen within the
 *       B1-route therefore does not move it; a switch, or Onderwijsroute B1 → B2, does.</li>
 *   <li><b>{@code a2PermittedSince}</b> (E4): per component the current version permits at A2, the dagtekening of
 *       the earliest version in that run that permitted it without a break since.</li>
 * </ul>
 */
public final class PlanTimeline {

    private final List<RecordedPlan> versions;

    /** @param versions the stored versions, in any order; version numbers unique */
    public PlanTimeline(List<RecordedPlan> versions) {
        Objects.requireNonNull(versions, "versions");
        this.versions = versions.stream().sorted(Comparator.comparingInt(RecordedPlan::version)).toList();
        for (int i = 1; i < this.versions.size(); i++) {
            if (this.versions.get(i).version() == this.versions.get(i - 1).version()) {
                throw new IllegalArgumentException("duplicate PIP version " + this.versions.get(i).version());
            }
        }
    }

    /** @return whether there is any version */
    public boolean isEmpty() {
        return versions.isEmpty();
    }

    /** @return the versions, oldest first */
    public List<RecordedPlan> versions() {
        return versions;
    }

    /** @return the current (latest) version; null when there is none */
    public RecordedPlan current() {
        return versions.isEmpty() ? null : versions.get(versions.size() - 1);
    }

    /** @return the next version number: 1 when there is none */
    public int nextVersion() {
        return versions.isEmpty() ? 1 : current().version() + 1;
    }

    /**
     * @param termStartDate the term start as deadline-service (DUO, SDI007) set it; null = derive it
     * @return the history the PIP rules judge a new version, a deletion or a Z-route completion against
     */
    public PlanHistory history(LocalDate termStartDate) {
        if (versions.isEmpty()) {
            return new PlanHistory(null, null, null, 0, termStartDate);
        }
        RecordedPlan initial = versions.stream().filter(RecordedPlan::initial).findFirst().orElse(versions.get(0));
        int switches = (int) versions.stream().filter(RecordedPlan::routeSwitch).count();
        RecordedPlan current = current();
        return new PlanHistory(initial.dateOfIssue(), current.dateOfIssue(), current.route(), switches, termStartDate);
    }

    /** @return the current PIP as the completion check needs it; null when there is none */
    public CurrentPlan currentPlan() {
        RecordedPlan current = current();
        if (current == null) {
            return null;
        }
        LanguageLevel required = requiredLevel(current);
        int runStart = versions.size() - 1;
        while (runStart > 0) {
            RecordedPlan before = versions.get(runStart - 1);
            if (before.route() != current.route() || requiredLevel(before) != required) {
                break;
            }
            runStart--;
        }
        Map<ExamComponent, LocalDate> a2Since = new EnumMap<>(ExamComponent.class);
        if (current.route() == Route.B1) {
            for (ExamComponent component : current.a2PermittedComponents()) {
                int since = versions.size() - 1;
                while (since > runStart && versions.get(since - 1).a2PermittedComponents().contains(component)) {
                    since--;
                }
                a2Since.put(component, versions.get(since).dateOfIssue());
            }
        }
        return new CurrentPlan(current.version(), current.route(), current.level(),
                versions.get(runStart).dateOfIssue(), a2Since);
    }

    /** The level a language pass needs without A2 permission, as {@link CurrentPlan#requiredLanguageLevel()}. */
    private static LanguageLevel requiredLevel(RecordedPlan plan) {
        switch (plan.route()) {
            case B1:
                return LanguageLevel.B1;
            case EDUCATION:
                return plan.level() == null ? LanguageLevel.B1 : plan.level();
            default:
                return null;
        }
    }
}
