package nl.inburgering.kit.persistence;

import java.time.LocalDate;

/** Values of native query rows, whichever Java type the driver hands a column as. */
public final class SqlValues {

    private SqlValues() {
    }

    /** A {@code date} column: a LocalDate, a java.sql.Date, or its text; null stays null. */
    public static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString());
    }

    /** A {@code timestamptz} column: an OffsetDateTime, an Instant or a java.sql.Timestamp, in UTC; null stays null. */
    public static java.time.OffsetDateTime timestamp(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
