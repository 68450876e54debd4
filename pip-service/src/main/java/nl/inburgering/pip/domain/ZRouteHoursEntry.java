package nl.inburgering.pip.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.pip.domain.rules.HoursEntry;
import nl.inburgering.pip.domain.rules.HoursKind;

/** Hours followed, as a dated entry (DUO GevolgdeUren; N13, N14, §3.3). */
@Entity
@Table(name = "zroute_hours")
public class ZRouteHoursEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HoursKind kind;

    @Column(name = "entry_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public int hours;

    public String description;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public HoursEntry toRule() {
        return new HoursEntry(kind, date, hours);
    }
}
