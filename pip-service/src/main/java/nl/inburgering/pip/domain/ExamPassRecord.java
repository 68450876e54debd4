package nl.inburgering.pip.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;

/**
 * An exam passed, as exam-service reported it ({@code exam.result-recorded} PASSED): one per registration, kept
 * without a foreign key because it may arrive before the participant or the PIP.
 */
@Entity
@Table(name = "exam_pass")
public class ExamPassRecord extends PanacheEntityBase {

    @Id
    @Column(name = "registration_id")
    public UUID registrationId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExamComponent component;

    @Enumerated(EnumType.STRING)
    public LanguageLevel level;

    @Column(name = "exam_date", nullable = false)
    public LocalDate examDate;

    @Column(name = "result_date", nullable = false)
    public LocalDate resultDate;

    @Column(name = "event_id", nullable = false)
    public String eventId;
}
