package nl.inburgering.pip.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The term as deadline-service set it ({@code term.started}); the event recorded last wins. */
@Entity
@Table(name = "term")
public class TermRecord extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date_exclusive", nullable = false)
    public LocalDate endDateExclusive;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
