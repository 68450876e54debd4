package nl.inburgering.exam.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.NoResultReason;
import nl.inburgering.contracts.vocabulary.Payer;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.exam.domain.rules.AttemptStatus;
import nl.inburgering.exam.domain.rules.ExamResult;
import nl.inburgering.exam.domain.rules.PaymentReason;
import nl.inburgering.exam.domain.rules.PriorAttempt;

/**
 * One exam registration (examenaanmelding): one attempt (poging) at one component on one date, who pays it,
 * and — once known — its result (uitslag). Payer, fee and attempt number are decided at registration from the
 * facts of that day and never recomputed (N7, E4, E11).
 */
@Entity
@Table(name = "exam_registration")
public class ExamRegistration extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExamComponent component;

    /** A2/B1/B2; null for KNM. */
    @Enumerated(EnumType.STRING)
    public LanguageLevel level;

    @Column(name = "exam_date", nullable = false)
    public LocalDate examDate;

    @Column(nullable = false)
    public String location;

    @Column(name = "attempt_number", nullable = false)
    public int attemptNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Payer payer;

    @Column(name = "fee_cents", nullable = false)
    public long feeCents;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_reason", nullable = false)
    public PaymentReason paymentReason;

    /** The target group on the registration day: a later change does not re-price this attempt (E11). */
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false)
    public TargetGroup targetGroup;

    @Column(name = "plan_version")
    public Integer planVersion;

    /** The level the PIP required for this component on the registration day (plan.established requiredLevels). */
    @Enumerated(EnumType.STRING)
    @Column(name = "required_level")
    public LanguageLevel requiredLevel;

    @Column(name = "registered_on", nullable = false)
    public LocalDate registeredOn;

    @Column(name = "registered_by", nullable = false)
    public String registeredBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttemptStatus status;

    @Column(name = "cancelled_on")
    public LocalDate cancelledOn;

    @Column(name = "replaces_registration_id")
    public UUID replacesRegistrationId;

    @Column(name = "replaced_by_registration_id")
    public UUID replacedByRegistrationId;

    @Enumerated(EnumType.STRING)
    public ExamOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "no_result_reason")
    public NoResultReason noResultReason;

    public Integer score;

    @Column(name = "result_date")
    public LocalDate resultDate;

    @Column(name = "result_recorded_at")
    public OffsetDateTime resultRecordedAt;

    /** Where the attempt was booked: here, or elsewhere with only its result recorded here (issue 12 item 2). */
    public enum Source { BOOKED_HERE, BOOKED_ELSEWHERE }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source = Source.BOOKED_HERE;

    /** BOOKED_ELSEWHERE: the sender's reference of the exam (e.g. DUO's), once per participant. */
    @Column(name = "external_reference")
    public String externalReference;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public boolean hasResult() {
        return outcome != null;
    }

    public boolean isCancelled() {
        return status == AttemptStatus.CANCELLED_IN_TIME || status == AttemptStatus.CANCELLED_LATE;
    }

    /** The recorded result, or null. */
    public ExamResult result() {
        return outcome == null ? null : new ExamResult(outcome, noResultReason, score, resultDate);
    }

    /**
     * This registration as the counting and payment rules see it. A late cancellation stays a late
     * cancellation when DUO later reports it as "Geen"; the reason DUO gives decides whether the attempt is used
     * up ({@link nl.inburgering.exam.domain.rules.AttemptCounter}, E23).
     */
    public PriorAttempt toPriorAttempt() {
        return switch (status) {
            case REGISTERED -> PriorAttempt.registered(component, level, examDate, payer);
            case CANCELLED_IN_TIME -> PriorAttempt.cancelledInTime(component, level, examDate, payer);
            case CANCELLED_LATE -> noResultReason == null
                    ? PriorAttempt.cancelledLate(component, level, examDate, payer)
                    : PriorAttempt.cancelledLate(component, level, examDate, payer, noResultReason);
            case RESULT -> outcome == ExamOutcome.NO_RESULT
                    ? PriorAttempt.noResult(component, level, examDate, payer, noResultReason)
                    : PriorAttempt.result(component, level, examDate, payer, outcome);
        };
    }
}
