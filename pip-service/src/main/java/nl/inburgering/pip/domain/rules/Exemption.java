package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExemptionKind;
import nl.inburgering.contracts.vocabulary.ExemptionScope;
import nl.inburgering.contracts.vocabulary.LanguageLevel;

/**
 * A vrijstelling or ontheffing ({@code exemption.granted}; §1.2, §7.3, §7.4).
 *
 * <ul>
 *   <li>{@link ExemptionScope#FULL}: closes the case without completion from {@code validFrom} (SS107, SS108, E14).</li>
 *   <li>{@link ExemptionScope#PARTIAL}: removes the listed components from the requirement from
 *       {@code validFrom} (SS117, SS119, E12).</li>
 *   <li>{@link ExemptionScope#TEMPORARY}: pauses the term (deadline-service, E13); it changes no requirement.</li>
 * </ul>
 *
 * @param kind       vrijstelling or ontheffing
 * @param scope      full, partial or temporary
 * @param components for a partial exemption, the components it covers (not empty); otherwise ignored
 * @param level      for a partial vrijstelling on a language certificate (GED), the level it was granted at
 *                   (A2 or B1, §1.2): it covers a component only where that level meets the requirement.
 *                   Null = whatever the level (a partial ontheffing)
 * @param validFrom  the day it takes effect; required
 * @param validUntil end of a temporary exemption; null otherwise
 */
public record Exemption(
        ExemptionKind kind,
        ExemptionScope scope,
        Set<ExamComponent> components,
        LanguageLevel level,
        LocalDate validFrom,
        LocalDate validUntil) {

    public Exemption {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(validFrom, "validFrom");
        components = components == null || components.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(components));
        if (scope == ExemptionScope.PARTIAL && components.isEmpty()) {
            throw new IllegalArgumentException("a partial exemption names its components");
        }
    }

    /** A full exemption from {@code validFrom}. */
    public static Exemption full(ExemptionKind kind, LocalDate validFrom) {
        return new Exemption(kind, ExemptionScope.FULL, Set.of(), null, validFrom, null);
    }

    /** A partial exemption of {@code components}, whatever the level, from {@code validFrom}. */
    public static Exemption partial(ExemptionKind kind, LocalDate validFrom, Set<ExamComponent> components) {
        return new Exemption(kind, ExemptionScope.PARTIAL, components, null, validFrom, null);
    }

    /** A temporary exemption from {@code validFrom} up to {@code validUntil}. */
    public static Exemption temporary(ExemptionKind kind, LocalDate validFrom, LocalDate validUntil) {
        return new Exemption(kind, ExemptionScope.TEMPORARY, Set.of(), null, validFrom, validUntil);
    }

    /** @return this exemption limited to {@code value} (GED partial vrijstelling) */
    public Exemption atLevel(LanguageLevel value) {
        return new Exemption(kind, scope, components, value, validFrom, validUntil);
    }
}
