package nl.inburgering.exam.service;

import java.time.LocalDate;

/**
 * The command to move a registration (examen verzetten): a new exam date and/or location; null keeps what is.
 * At least one of the two is required ({@link ExamRegistrationService#change} refuses an empty change with a 400).
 */
public record ChangeRegistration(LocalDate examDate, String location) {

    public ChangeRegistration {
        location = location == null ? null : location.strip();
    }

    boolean isEmpty() {
        return examDate == null && location == null;
    }
}
