package nl.inburgering.exam.service;

import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;

/**
 * The command to register a participant for one exam component (examenaanmelding). Built by the REST layer from a
 * validated request: the component/level combination exists and the exam date lies after today.
 *
 * @param level    A2, B1 or B2; null for KNM
 * @param location the exam location (examenlocatie), stripped
 */
public record RegisterExam(UUID participantId, ExamComponent component, LanguageLevel level, LocalDate examDate,
        String location) {

    public RegisterExam {
        location = location == null ? null : location.strip();
    }
}
