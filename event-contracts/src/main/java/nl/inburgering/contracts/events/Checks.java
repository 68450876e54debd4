package nl.inburgering.contracts.events;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;

/**
 * Invariant checks used by the payload records' compact constructors, so a producer cannot build an event
 * that breaks its published schema. Messages name the field only, never its value (values can be personal data
 * and end up in logs and dead-letter headers).
 */
final class Checks {

    private static final Pattern MUNICIPALITY_CODE = Pattern.compile("GM[0-9]{4}");

    private Checks() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new NullPointerException(field + " is required");
        }
        return value;
    }

    static int atLeast(int value, int minimum, String field) {
        if (value < minimum) {
            throw new IllegalArgumentException(field + " must be at least " + minimum);
        }
        return value;
    }

    static long atLeast(long value, long minimum, String field) {
        if (value < minimum) {
            throw new IllegalArgumentException(field + " must be at least " + minimum);
        }
        return value;
    }

    static Integer atLeastOrNull(Integer value, int minimum, String field) {
        return value == null ? null : atLeast(value, minimum, field);
    }

    static BigDecimal positive(BigDecimal value, String field) {
        if (required(value, field).signum() <= 0) {
            throw new IllegalArgumentException(field + " must be greater than 0");
        }
        return value;
    }

    static BigDecimal notNegative(BigDecimal value, String field) {
        if (required(value, field).signum() < 0) {
            throw new IllegalArgumentException(field + " must not be negative");
        }
        return value;
    }

    /** A gemeente as its CBS code, {@code GM} plus four digits (e.g. GM0363 Amsterdam). */
    static String municipalityCode(String value, String field) {
        if (!MUNICIPALITY_CODE.matcher(required(value, field)).matches()) {
            throw new IllegalArgumentException(field + " must be a CBS municipality code such as GM0363");
        }
        return value;
    }

    static String notBlank(String value, String field) {
        if (required(value, field).isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** A language component carries a level; KNM has none (DESIGN §3 lists level, but KNM is levelless). */
    static void levelMatchesComponent(ExamComponent component, LanguageLevel level) {
        if (component.isLanguage() && level == null) {
            throw new NullPointerException("level is required for a language component");
        }
        if (!component.isLanguage() && level != null) {
            throw new IllegalArgumentException("level must be absent for KNM");
        }
    }

    /** An immutable copy in declaration order, so the JSON array order is stable. */
    static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<E> values, String field) {
        required(values, field);
        EnumSet<E> copy = EnumSet.noneOf(type);
        for (E value : values) {
            copy.add(required(value, field + " element"));
        }
        return Collections.unmodifiableSet(copy);
    }
}
