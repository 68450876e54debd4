package nl.inburgering.pvt.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.inburgering.contracts.vocabulary.PvtSessionKind;
import nl.inburgering.kit.problem.RuleViolationException;

/**
 * When the participation statement may be signed (rules §6, N12, the seed): at least the required hours attended,
 * education on the core values and the walk through the community done, and the required topics covered, each by
 * the day of the signing. DUO's rules for the signing date itself are the kit's ModuleResultRules ({@code DUO-PVT}).
 */
public final class PvtSigningPolicy {

    private final PvtRulesConfig config;

    public PvtSigningPolicy(PvtRulesConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public PvtRulesConfig config() {
        return config;
    }

    /** The PVT on {@code day}: only attendances dated that day or before count. */
    public PvtAssessment assess(List<AttendanceFacts> attendances, LocalDate day) {
        List<AttendanceFacts> counted = attendances.stream().filter(a -> !a.date().isAfter(day))
                .sorted(Comparator.comparing(AttendanceFacts::date)).toList();
        BigDecimal total = BigDecimal.ZERO;
        LocalDate hoursMetOn = config.hoursRequired().signum() == 0 ? firstDayOrNull(counted) : null;
        for (AttendanceFacts a : counted) {
            total = total.add(a.hours());
            if (hoursMetOn == null && total.compareTo(config.hoursRequired()) >= 0) {
                hoursMetOn = a.date();
            }
        }
        List<PvtAssessment.State> states = new ArrayList<>();
        boolean hoursMet = total.compareTo(config.hoursRequired()) >= 0;
        states.add(new PvtAssessment.State(PvtRequirement.HOURS, true, hoursMet, hoursMet ? hoursMetOn : null,
                hoursMet ? null : hours(total) + " of " + hours(config.hoursRequired()) + " hours attended; "
                        + hours(config.hoursRequired().subtract(total)) + " hours to go"));
        states.add(kindDone(PvtRequirement.EDUCATION, config.educationRequired(), counted, PvtSessionKind.EDUCATION,
                "education on the core values of Dutch society (freedom, equality, solidarity, participation)"));
        states.add(kindDone(PvtRequirement.COMMUNITY_WALK, config.communityWalkRequired(), counted,
                PvtSessionKind.COMMUNITY_WALK, "the walk through the community"));
        states.add(topics(counted));
        return new PvtAssessment(total, config.hoursRequired(), states);
    }

    /**
     * Refuses a signing on {@code signedOn} while a requirement is unmet by that day: the first unmet one names the
     * rule, the detail lists them all.
     *
     * @throws RuleViolationException {@link RuleCodes#HOURS}, {@link RuleCodes#EDUCATION},
     *                                {@link RuleCodes#COMMUNITY_WALK} or {@link RuleCodes#TOPICS}
     */
    public PvtAssessment requireSignable(List<AttendanceFacts> attendances, LocalDate signedOn) {
        PvtAssessment assessment = assess(attendances, signedOn);
        List<PvtAssessment.State> unmet = assessment.unmet();
        if (!unmet.isEmpty()) {
            throw new RuleViolationException(unmet.get(0).rule(), "the statement signed on " + signedOn
                    + " needs what comes before it done by that day: " + unmet.stream()
                            .map(s -> s.left() + " (" + s.rule() + ")").collect(Collectors.joining("; ")) + ".");
        }
        return assessment;
    }

    private static PvtAssessment.State kindDone(PvtRequirement requirement, boolean required,
            List<AttendanceFacts> counted, PvtSessionKind kind, String words) {
        if (!required) {
            return new PvtAssessment.State(requirement, false, true, null, null);
        }
        LocalDate first = counted.stream().filter(a -> a.kind() == kind).map(AttendanceFacts::date).findFirst()
                .orElse(null);
        return new PvtAssessment.State(requirement, true, first != null, first, first != null ? null : words
                + " is still to be attended");
    }

    private PvtAssessment.State topics(List<AttendanceFacts> counted) {
        if (config.requiredTopics().isEmpty()) {
            return new PvtAssessment.State(PvtRequirement.TOPICS, false, true, null, null);
        }
        Map<String, LocalDate> firstByTopic = new LinkedHashMap<>();
        for (AttendanceFacts a : counted) {
            if (a.topic() != null) {
                firstByTopic.putIfAbsent(a.topic(), a.date());
            }
        }
        List<String> left = config.requiredTopics().stream().filter(t -> !firstByTopic.containsKey(t)).toList();
        if (!left.isEmpty()) {
            return new PvtAssessment.State(PvtRequirement.TOPICS, true, false, null, "the topics " + left
                    + " are still to be attended");
        }
        LocalDate last = config.requiredTopics().stream().map(firstByTopic::get).max(LocalDate::compareTo)
                .orElseThrow();
        return new PvtAssessment.State(PvtRequirement.TOPICS, true, true, last, null);
    }

    private static LocalDate firstDayOrNull(List<AttendanceFacts> counted) {
        return counted.isEmpty() ? null : counted.get(0).date();
    }

    private static String hours(BigDecimal h) {
        return h.stripTrailingZeros().toPlainString();
    }
}
