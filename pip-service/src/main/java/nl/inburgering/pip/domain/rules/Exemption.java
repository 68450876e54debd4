package nl.inburgering.pip.domain.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
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
 * @param participationHoursCap for a partial ontheffing, the most participation hours left for the Z-route (E12,
 *                   DUO urenBelastbaarheidParticipatieactiviteit; 0 = cannot take part); null = no cap
 */
public record Exemption(
        ExemptionKind kind,
        ExemptionScope scope,
        Set<ExamComponent> components,
        LanguageLevel level,
        LocalDate validFrom,
        LocalDate validUntil,
        Integer participationHoursCap) {

    /** An exemption without a participation-hours cap. */
    public Exemption(ExemptionKind kind, ExemptionScope scope, Set<ExamComponent> components, LanguageLevel level,
            LocalDate validFrom, LocalDate validUntil) {
        this(kind, scope, components, level, validFrom, validUntil, null);
    }

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
        if (participationHoursCap != null && participationHoursCap < 0) {
            throw new IllegalArgumentException("participationHoursCap must not be negative");
        }
    }

    /** Whether it is in force on {@code day} (from validFrom, up to and including validUntil when set). */
    public boolean inForceOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validUntil == null || !validUntil.isBefore(day));
    }

    /**
     * The participation-hours cap on {@code day} (E12): the lowest cap of the partial ontheffingen in force then;
     * null when none sets one.
     */
    public static Integer participationHoursCapOn(List<Exemption> exemptions, LocalDate day) {
        return exemptions.stream()
                .filter(e -> e.participationHoursCap() != null && e.inForceOn(day))
                .map(Exemption::participationHoursCap)
                .min(Integer::compare)
                .orElse(null);
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
        return new Exemption(kind, scope, components, value, validFrom, validUntil, participationHoursCap);
    }
}
