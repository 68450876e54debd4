package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.inburgering.contracts.vocabulary.CompletionRequirement;

/**
 * The outcome of {@link CompletionPolicy}: every requirement's status, and whether and when the participant
 * completed.
 *
 * @param requirements per requirement its status, for all {@link CompletionRequirement}s, in enum order
 * @param planKnown    whether there was a current PIP
 * @param complete     whether every requirement of the current route is DONE, EXEMPTED or NOT_APPLICABLE, and
 *                     that happened before any closure
 * @param completedOn  when complete: the day the last requirement was met; otherwise null
 * @param closure      the full exemption or end of obligation that closed the case without completion; null
 *                     when there is none, or when the participant had completed before it
 */
public record CompletionAssessment(
        Map<CompletionRequirement, RequirementStatus> requirements,
        boolean planKnown,
        boolean complete,
        LocalDate completedOn,
        Closure closure) {

    public CompletionAssessment {
        Objects.requireNonNull(requirements, "requirements");
        if (requirements.size() != CompletionRequirement.values().length) {
            throw new IllegalArgumentException("every requirement has a status");
        }
        requirements = Collections.unmodifiableMap(new EnumMap<>(requirements));
        if (complete != (completedOn != null)) {
            throw new IllegalArgumentException("completedOn is set exactly when complete");
        }
        if (complete && closure != null) {
            throw new IllegalArgumentException("a completed case has no closure");
        }
    }

    /** @return the status of {@code requirement} */
    public RequirementStatus status(CompletionRequirement requirement) {
        return requirements.get(requirement);
    }

    /** @return the requirements still outstanding (for {@code term.exceeded}) */
    public Set<CompletionRequirement> outstanding() {
        EnumSet<CompletionRequirement> result = EnumSet.noneOf(CompletionRequirement.class);
        requirements.values().stream().filter(RequirementStatus::isOutstanding)
                .forEach(s -> result.add(s.requirement()));
        return Collections.unmodifiableSet(result);
    }
}
