package nl.inburgering.pvt.domain.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import nl.inburgering.contracts.vocabulary.PvtSessionKind;

/** One attendance as the rules see it (withdrawn ones are left out before). */
public record AttendanceFacts(PvtSessionKind kind, String topic, LocalDate date, BigDecimal hours) {

    public AttendanceFacts {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(hours, "hours");
    }
}
