package nl.inburgering.pip.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.kit.persistence.ExamComponentSetConverter;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExemptionGround;
import nl.inburgering.contracts.vocabulary.ExemptionKind;
import nl.inburgering.contracts.vocabulary.ExemptionScope;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.pip.domain.rules.Exemption;

/** An exemption deadline-service granted ({@code exemption.granted}), keyed by the event's id. */
@Entity
@Table(name = "exemption")
public class ExemptionRecord extends PanacheEntityBase {

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

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    /** The level of a partial vrijstelling (A2 or B1); null otherwise. */
    @Enumerated(EnumType.STRING)
    public LanguageLevel level;

    /** The participation-hours cap of a partial ontheffing; null = none. */
    @Column(name = "participation_hours_cap")
    public Integer participationHoursCap;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    /** As the completion rules read it. */
    public Exemption toRule() {
        return new Exemption(kind, scope, components, level, validFrom, validUntil, participationHoursCap);
    }
}
