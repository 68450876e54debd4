package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The case was closed without completion (DESIGN §2): a full exemption, or the obligation ended.
 *
 * @param kind which
 * @param on   the day it took effect
 * @param fact the fact, in words
 * @param rule the rule behind it
 */
public record Closure(Kind kind, LocalDate on, String fact, String rule) {

    /** How the case was closed. */
    public enum Kind { EXEMPTED, OBLIGATION_ENDED }

    public Closure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(rule, "rule");
    }
}
