package nl.inburgering.deadline.rest;

import java.time.Period;

/** Extra time as an ISO 8601 period of whole years, months, weeks or days (P16W, P6M, P1Y2M). */
final class Periods {

    static final String PATTERN = "^P(?!$)(\\d{1,3}Y)?(\\d{1,3}M)?(\\d{1,3}W)?(\\d{1,4}D)?$";
    static final String MESSAGE = "must be an ISO 8601 period such as P16W, P6M or P1Y";

    private Periods() {
    }

    static Period parse(String text) {
        return text == null ? null : Period.parse(text);
    }
}
