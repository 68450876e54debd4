package nl.inburgering.pip.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A dated completion fact (MAP final interview, PVT signed): one per participant and kind; the fact recorded last
 * (CloudEvent {@code time}) wins, so a correction counts whatever order the events arrive in. A withdrawal
 * ({@code map.completion-withdrawn}, {@code pvt.signing-withdrawn}) is such a fact too, marked {@link #withdrawn}: it meets no requirement until a
 * fact recorded after it replaces it.
 */
@Entity
@Table(name = "completion_fact")
@IdClass(DatedFactRecord.Key.class)
public class DatedFactRecord extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Id
    @Enumerated(EnumType.STRING)
    public DatedFact kind;

    @Column(name = "fact_date", nullable = false)
    public LocalDate date;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Column(name = "event_id", nullable = false)
    public String eventId;

    /** The fact was withdrawn ({@code map.completion-withdrawn}, {@code pvt.signing-withdrawn}); {@link #date} is the date withdrawn. */
    @Column(nullable = false)
    public boolean withdrawn;

    /** The composite key (participant, kind). */
    public static class Key implements Serializable {

        public UUID participantId;
        public DatedFact kind;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(participantId, k.participantId) && kind == k.kind;
        }

        @Override
        public int hashCode() {
            return Objects.hash(participantId, kind);
        }
    }
}
