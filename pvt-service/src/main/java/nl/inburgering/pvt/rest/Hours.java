package nl.inburgering.pvt.rest;

import java.math.BigDecimal;

/** Hours as a reader expects them: 12 and 2.5, not 12.00 and 2.50 (the database keeps two decimals). */
final class Hours {

    private Hours() {
    }

    static BigDecimal plain(BigDecimal hours) {
        if (hours == null) {
            return null;
        }
        BigDecimal stripped = hours.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
