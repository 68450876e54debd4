package nl.inburgering.pip.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The brede intake (broad intake, Wet art. 14(3), rules §2.2, §2.3): the interview, which topics were
 * discussed, and the leerbaarheidstoets outcome. By design there is no field for health details (DESIGN §6):
 * only whether personal circumstances were discussed.
 */
@Entity
@Table(name = "intake")
public class Intake extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "interview_date", nullable = false)
    public LocalDate interviewDate;

    @Column(name = "education_discussed", nullable = false)
    public boolean educationDiscussed;

    @Column(name = "work_experience_discussed", nullable = false)
    public boolean workExperienceDiscussed;

    @Column(name = "personal_circumstances_discussed", nullable = false)
    public boolean personalCircumstancesDiscussed;

    @Enumerated(EnumType.STRING)
    @Column(name = "learnability_outcome", nullable = false)
    public LearnabilityOutcome learnabilityOutcome;

    @Column(name = "learnability_score")
    public BigDecimal learnabilityScore;

    @Column(name = "learnability_required_score")
    public BigDecimal learnabilityRequiredScore;

    @Column(name = "learnability_test_date")
    public LocalDate learnabilityTestDate;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
