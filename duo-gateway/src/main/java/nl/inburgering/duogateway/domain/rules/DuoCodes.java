package nl.inburgering.duogateway.domain.rules;

import java.time.LocalDate;
import java.util.Optional;
import nl.inburgering.contracts.vocabulary.ObligationEndReason;
import nl.inburgering.contracts.vocabulary.TargetGroup;

/**
 * DUO's codes against ours where the contracts do not already hold the pair (they do for the route, the exam
 * component, the outcome, the reason of no result, the exemption grounds, the rights after a target group change and
 * the reason an obligation ended: those enums carry DUO's code and are used as they are). Pure; each rule names the
 * DUO document it comes from.
 */
public final class DuoCodes {

    /** DUO Inburgeringsplicht API, {@code Doelgroepindeling}. */
    public static final String ASIELSTATUSHOUDER = "Asielstatushouder";
    public static final String GEZINSMIGRANT_EN_OVERIGE_MIGRANT = "Gezinsmigrant en overige migrant";

    private DuoCodes() {
    }

    /** Inburgeringsplicht API {@code Doelgroepindeling}: the two target groups of the Wi2021. */
    public static TargetGroup targetGroup(String indeling) {
        return switch (indeling) {
            case ASIELSTATUSHOUDER -> TargetGroup.ASYLUM_PERMIT_HOLDER;
            case GEZINSMIGRANT_EN_OVERIGE_MIGRANT -> TargetGroup.FAMILY_OR_OTHER_MIGRANT;
            default -> throw new IllegalArgumentException("unknown DUO Doelgroepindeling: " + indeling);
        };
    }

    /**
     * MAP-PVT-Zroute API {@code InburgeringJaNeeType} for {@code verwijtbaar}: "Ja" when the delay was culpable,
     * "Nee" when assessed as not culpable, absent when not assessed (DUO accepts it only around the end of the term;
     * map- and pvt-service judge that, and an absent field withdraws it at DUO, since a PUT replaces the resource).
     */
    public static Optional<String> verwijtbaar(Boolean culpable) {
        return culpable == null ? Optional.empty() : Optional.of(culpable ? "Ja" : "Nee");
    }

    /**
     * Inburgeringsplicht API: {@code einddatum} is "De datum die het einde van de periode aangeeft (inclusief)", the
     * last day with the obligation; pip-service's {@code endedOn} is the first day without it (E14, E15).
     */
    public static LocalDate endedOn(LocalDate duoEinddatumInclusive) {
        return duoEinddatumInclusive.plusDays(1);
    }

    /**
     * Why the obligation ended, for SS110 (withdrawn) and SS111 (died): DUO's {@code RedenGeenInburgeringsplicht}
     * where DUO gives one (ObligationEndReason's own mapping), else for SS111 "Overlijden" and for SS110 "Overig".
     * Empty when DUO's reason is another fact here (voldaan, volledige vrijstelling or ontheffing, tijdelijke
     * vrijstelling): those come with their own notifications (SS106-SS109).
     */
    public static Optional<ObligationEndReason> obligationEndReason(String gebeurtenisId, String redenGeenInburgeringsplicht) {
        if (redenGeenInburgeringsplicht != null) {
            return ObligationEndReason.fromDuoCode(redenGeenInburgeringsplicht);
        }
        return Optional.of("SS111".equals(gebeurtenisId) ? ObligationEndReason.DECEASED : ObligationEndReason.OTHER);
    }

    /** A CBS municipality code from the BRP's numeric {@code gemeenteVanInschrijving.code} (0363 → GM0363). */
    public static Optional<String> municipalityCode(String brpCode) {
        return brpCode != null && brpCode.matches("[0-9]{4}") ? Optional.of("GM" + brpCode) : Optional.empty();
    }
}
