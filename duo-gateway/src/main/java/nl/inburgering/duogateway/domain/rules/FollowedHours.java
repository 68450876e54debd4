package nl.inburgering.duogateway.domain.rules;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * DUO's GevolgdeUren API 1.0.0 ({@code ParticipatieAlsTaalles}, {@code ParticipatieactiviteitenBredeIntake},
 * {@code TaallesEnKnmBredeIntake}): {@code uren} is "het totaal aantal gevolgde uren", an integer from 0 to 9999. Our
 * hours may be quarter hours: DUO gets the whole hours followed (rounded down: a part of an hour is not an hour
 * followed), never more than its maximum.
 */
public final class FollowedHours {

    static final int DUO_MAXIMUM = 9999;

    private FollowedHours() {
    }

    public static int uren(BigDecimal total) {
        int whole = total.setScale(0, RoundingMode.FLOOR).intValueExact();
        return Math.max(0, Math.min(whole, DUO_MAXIMUM));
    }

    /** The whole resource DUO's PUT replaces. */
    public static ObjectNode body(BigDecimal total) {
        return JsonNodeFactory.instance.objectNode().put("uren", uren(total == null ? BigDecimal.ZERO : total));
    }
}
