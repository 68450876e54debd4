package nl.inburgering.map.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.inburgering.kit.problem.RuleViolationException;
import nl.inburgering.map.domain.rules.MapAssessment.Outstanding;

/**
 * When the MAP is completed (rules §5, N11, seed): the parts before the final interview — the start interview
 * (configurable), every labour-market theme, at least 40 hours of work experience — and then a final interview
 * (eindgesprek) in which the municipality finds knowledge and skills SUFFICIENT. A NOT_SUFFICIENT interview is kept
 * and completes nothing; a later one can. Only what was done on or before the interview's date counts for it.
 */
public final class MapCompletionPolicy {

    private final MapRulesConfig config;

    public MapCompletionPolicy(MapRulesConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    public MapRulesConfig config() {
        return config;
    }

    /** Where the MAP stands with these (not withdrawn) entries. */
    public MapAssessment assess(Collection<MapEntryFacts> entries) {
        Objects.requireNonNull(entries, "entries");
        LocalDate startInterview = entries.stream().filter(e -> e.kind() == MapPartKind.START_INTERVIEW)
                .map(MapEntryFacts::date).min(Comparator.naturalOrder()).orElse(null);

        Map<String, LocalDate> done = new LinkedHashMap<>();
        List<String> left = new ArrayList<>();
        for (String theme : config.themes()) {
            entries.stream().filter(e -> e.kind() == MapPartKind.THEME && theme.equals(e.theme()))
                    .map(MapEntryFacts::date).min(Comparator.naturalOrder())
                    .ifPresentOrElse(d -> done.put(theme, d), () -> left.add(theme));
        }
        LocalDate educationDone = left.isEmpty()
                ? done.values().stream().max(Comparator.naturalOrder()).orElse(null) : null;

        BigDecimal hours = BigDecimal.ZERO;
        LocalDate hoursReached = null;
        List<MapEntryFacts> work = entries.stream().filter(e -> e.kind() == MapPartKind.WORK_EXPERIENCE)
                .sorted(Comparator.comparing(MapEntryFacts::date)).toList();
        for (MapEntryFacts w : work) {
            hours = hours.add(w.hours());
            if (hoursReached == null && hours.compareTo(config.requiredWorkExperienceHours()) >= 0) {
                hoursReached = w.date();
            }
        }
        if (hoursReached == null && config.requiredWorkExperienceHours().signum() == 0) {
            hoursReached = LocalDate.MIN;
        }

        // The earliest SUFFICIENT interview whose parts were all done by its day: a correction or withdrawal of a
        // part can take that away again, and then the MAP is not completed (N11, §5).
        Optional<MapEntryFacts> completing = entries.stream()
                .filter(e -> e.kind() == MapPartKind.FINAL_INTERVIEW && e.outcome() == FinalInterviewOutcome.SUFFICIENT)
                .sorted(Comparator.comparing(MapEntryFacts::date))
                .filter(e -> partsDoneBy(entries, e.date()))
                .findFirst();

        List<Outstanding> outstanding = new ArrayList<>();
        if (config.startInterviewRequired() && startInterview == null) {
            outstanding.add(new Outstanding(MapPartKind.START_INTERVIEW, RuleCodes.START_INTERVIEW_FIRST,
                    "The start interview has not been recorded yet."));
        }
        if (!left.isEmpty()) {
            outstanding.add(new Outstanding(MapPartKind.THEME, RuleCodes.THEMES_FIRST, done.size() + " of "
                    + config.themes().size() + " labour-market themes are done; still to do: " + String.join(", ", left)
                    + "."));
        }
        if (hoursReached == null) {
            outstanding.add(new Outstanding(MapPartKind.WORK_EXPERIENCE, RuleCodes.FORTY_HOURS, hours.stripTrailingZeros()
                    .toPlainString() + " of " + config.requiredWorkExperienceHours().stripTrailingZeros().toPlainString()
                    + " hours of work experience are recorded; "
                    + config.requiredWorkExperienceHours().subtract(hours).stripTrailingZeros().toPlainString()
                    + " hours to go."));
        }
        if (completing.isEmpty()) {
            // N11 names the final interview as part of the MAP; say why an interview held did not complete it.
            String notYet = entries.stream().filter(e -> e.kind() == MapPartKind.FINAL_INTERVIEW)
                    .map(MapEntryFacts::date).max(Comparator.naturalOrder())
                    .map(d -> "The final interview of " + d + " did not complete the MAP (knowledge and skills not "
                            + "yet sufficient, or a part was not done by that day). ").orElse("");
            outstanding.add(new Outstanding(MapPartKind.FINAL_INTERVIEW, RuleCodes.FORTY_HOURS, notYet
                    + (outstanding.isEmpty()
                    ? "The final interview with the municipality can now take place; it completes the MAP when it "
                    + "finds knowledge and skills sufficient."
                    : "The final interview with the municipality follows once the parts above are done.")));
        }
        return new MapAssessment(startInterview, Collections.unmodifiableMap(done), List.copyOf(left),
                educationDone, hours, config.requiredWorkExperienceHours(),
                hoursReached == LocalDate.MIN ? null : hoursReached,
                completing.map(MapEntryFacts::date).orElse(null),
                completing.map(MapEntryFacts::culpability).orElse(null), List.copyOf(outstanding));
    }

    /** Whether every part before the final interview was done on or before {@code day}. */
    private boolean partsDoneBy(Collection<MapEntryFacts> entries, LocalDate day) {
        return assess(entries.stream().filter(e -> e.kind() != MapPartKind.FINAL_INTERVIEW && !e.date().isAfter(day))
                .toList()).beforeFinalInterview().isEmpty();
    }

    /**
     * A final interview on {@code date} may be recorded: every part before it was done on or before that date, and
     * the MAP is not completed by another final interview already.
     *
     * @param others  the other (not withdrawn) entries; when correcting an interview, without itself
     * @param date    the interview's date
     * @param outcome its outcome (a NOT_SUFFICIENT interview needs the parts too: it judges them)
     * @throws RuleViolationException {@link RuleCodes#ALREADY_COMPLETED}, or the rule of the first part missing
     *                                ({@link RuleCodes#START_INTERVIEW_FIRST}, {@link RuleCodes#THEMES_FIRST},
     *                                {@link RuleCodes#FORTY_HOURS}), the detail naming every part missing
     */
    public void requireFinalInterviewAllowed(Collection<MapEntryFacts> others, LocalDate date,
            FinalInterviewOutcome outcome) {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(outcome, "outcome");
        MapAssessment now = assess(others);
        if (now.completed()) {
            throw new RuleViolationException(RuleCodes.ALREADY_COMPLETED, "the MAP was completed by the final "
                    + "interview of " + now.completedOn() + "; correct or withdraw that one instead");
        }
        List<Outstanding> missing = assess(others.stream().filter(e -> !e.date().isAfter(date)).toList())
                .beforeFinalInterview();
        if (!missing.isEmpty()) {
            StringBuilder detail = new StringBuilder("the final interview of ").append(date)
                    .append(" needs the parts before it done by that day:");
            missing.forEach(m -> detail.append(' ').append(m.text()));
            throw new RuleViolationException(missing.get(0).rule(), detail.toString());
        }
    }

    /**
     * A part recorded once — the start interview, each theme — is recorded again only after the first was withdrawn.
     *
     * @param others the other (not withdrawn) entries
     * @throws RuleViolationException {@link RuleCodes#RECORDED_ONCE}
     */
    public static void requireNotRecordedYet(Collection<MapEntryFacts> others, MapPartKind kind, String theme) {
        boolean exists = others.stream().anyMatch(e -> e.kind() == kind
                && (kind != MapPartKind.THEME || Objects.equals(theme, e.theme())));
        if (exists) {
            throw new RuleViolationException(RuleCodes.RECORDED_ONCE, (kind == MapPartKind.THEME
                    ? "the theme " + theme : "the start interview")
                    + " is recorded already; correct that entry (PUT) or withdraw it first");
        }
    }

    /**
     * No more than {@link MapRulesConfig#maxHoursPerDay()} hours of work experience on one day.
     *
     * @param others the other (not withdrawn) entries
     * @throws RuleViolationException {@link RuleCodes#HOURS_PER_DAY}
     */
    public void requireHoursOnDay(Collection<MapEntryFacts> others, LocalDate date, BigDecimal hours, UUID self) {
        BigDecimal sameDay = others.stream().filter(e -> e.kind() == MapPartKind.WORK_EXPERIENCE
                        && e.date().equals(date) && !e.id().equals(self))
                .map(MapEntryFacts::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sameDay.add(hours).compareTo(config.maxHoursPerDay()) > 0) {
            throw new RuleViolationException(RuleCodes.HOURS_PER_DAY, date + " would hold "
                    + sameDay.add(hours).stripTrailingZeros().toPlainString() + " hours of work experience; one day "
                    + "holds at most " + config.maxHoursPerDay().stripTrailingZeros().toPlainString());
        }
    }
}
