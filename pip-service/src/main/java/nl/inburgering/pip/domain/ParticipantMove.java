package nl.inburgering.pip.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A move to another municipality (verhuizing, §11 E10). The term does not change. */
@Entity
@Table(name = "participant_move")
public class ParticipantMove extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "from_municipality_code", nullable = false)
    public String fromMunicipalityCode;

    @Column(name = "to_municipality_code", nullable = false)
    public String toMunicipalityCode;

    @Column(name = "moved_on", nullable = false)
    public LocalDate movedOn;

    @Column(name = "municipality_registration_date", nullable = false)
    public LocalDate municipalityRegistrationDate;

    /** The last day on which officers of the previous municipality may still read the participant. */
    @Column(name = "previous_access_until", nullable = false)
    public LocalDate previousAccessUntil;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
