package nl.inburgering.deadline.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExemptionGround;
import nl.inburgering.contracts.vocabulary.ExemptionKind;
import nl.inburgering.contracts.vocabulary.ExemptionScope;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.kit.persistence.ExamComponentSetConverter;

/** DUO's decision on a vrijstelling or ontheffing, as recorded here (the outcome only, never a diagnosis). */
@Entity
@Table(name = "exemption")
public class Exemption extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExemptionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExemptionGround ground;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExemptionScope scope;

    @Convert(converter = ExamComponentSetConverter.class)
    @Column(nullable = false)
    public Set<ExamComponent> components;

    @Enumerated(EnumType.STRING)
    public LanguageLevel level;

    @Column(name = "participation_hours_cap")
    public Integer participationHoursCap;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "decided_by")
    public String decidedBy;

    /** The days a temporary exemption stopped the term's clock (0 otherwise). */
    @Column(name = "paused_days", nullable = false)
    public int pausedDays;

    /** The term's exclusive end before and after the pause; null when nothing moved. */
    @Column(name = "previous_end")
    public LocalDate previousEnd;

    @Column(name = "new_end")
    public LocalDate newEnd;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
