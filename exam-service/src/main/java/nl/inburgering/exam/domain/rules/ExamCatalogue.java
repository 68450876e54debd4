package nl.inburgering.exam.domain.rules;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;

/**
 * Which exams exist under Wi2021 (§4; DUO Examen API enums {@code ExamenonderdeelWI2021Inburgering} and
 * {@code ExamenniveauWI2021}): the four language components LE, LU, SC, SP at A2 (inburgeringsexamen), B1 or
 * B2 (Staatsexamen NT2 I/II); KNM has no level. A1 is a Z-route target, not an exam level.
 *
 * <p>Two ways to ask: {@link #problemWith} returns the problem as a message (for a 400 listing every field),
 * {@link #requireValid} throws {@link nl.inburgering.kit.problem.RuleViolationException} with rule {@code §4}.
 */
public final class ExamCatalogue {

    private static final Set<LanguageLevel> LANGUAGE_LEVELS =
            EnumSet.of(LanguageLevel.A2, LanguageLevel.B1, LanguageLevel.B2);

    private ExamCatalogue() {
    }

    /** The levels at which a component is examined; empty for KNM, which has none. */
    public static Set<LanguageLevel> levelsFor(ExamComponent component) {
        Objects.requireNonNull(component, "component");
        return component.isLanguage() ? EnumSet.copyOf(LANGUAGE_LEVELS) : EnumSet.noneOf(LanguageLevel.class);
    }

    /** Whether the combination exists: a language component with A2/B1/B2, or KNM with no level ({@code null}). */
    public static boolean isValid(ExamComponent component, LanguageLevel level) {
        return problemWith(component, level).isEmpty();
    }

    /** The problem with the combination, as a {@link RuleViolation} on field {@code level} (or {@code component}). */
    public static Optional<RuleViolation> problemWith(ExamComponent component, LanguageLevel level) {
        if (component == null) {
            return Optional.of(new RuleViolation(RuleCodes.S4_EXAMS, "component", "an exam component is required"));
        }
        if (!component.isLanguage()) {
            return level == null ? Optional.empty()
                    : Optional.of(new RuleViolation(RuleCodes.S4_EXAMS, "level",
                            component.duoCode() + " has no level; leave the level out"));
        }
        if (level == null) {
            return Optional.of(new RuleViolation(RuleCodes.S4_EXAMS, "level",
                    component.duoCode() + " needs a level: A2, B1 or B2"));
        }
        if (!LANGUAGE_LEVELS.contains(level)) {
            return Optional.of(new RuleViolation(RuleCodes.S4_EXAMS, "level",
                    component.duoCode() + " is not examined at " + level + "; the levels are A2, B1 and B2"));
        }
        return Optional.empty();
    }

    /** Throws rule {@code §4} unless the combination exists. */
    public static void requireValid(ExamComponent component, LanguageLevel level) {
        problemWith(component, level).ifPresent(v -> {
            throw v.toException();
        });
    }

    /** The Dutch name as inburgeren.nl uses it (Lezen, Luisteren, Schrijven, Spreken, Kennis van de Nederlandse Maatschappij). */
    public static String dutchName(ExamComponent component) {
        return switch (component) {
            case READING -> "Lezen";
            case LISTENING -> "Luisteren";
            case WRITING -> "Schrijven";
            case SPEAKING -> "Spreken";
            case KNM -> "Kennis van de Nederlandse Maatschappij";
        };
    }

    /** The English name as DUO's English pages use it. */
    public static String englishName(ExamComponent component) {
        return switch (component) {
            case READING -> "Reading";
            case LISTENING -> "Listening";
            case WRITING -> "Writing";
            case SPEAKING -> "Speaking";
            case KNM -> "Knowledge of Dutch Society";
        };
    }
}
