package nl.inburgering.pvt.domain;

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
import nl.inburgering.contracts.vocabulary.PvtSessionKind;

/** A group session of the PVT that a municipality plans, run by itself or by a contracted provider. */
@Entity
@Table(name = "pvt_session")
public class PvtSession extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The municipality that plans it (CBS code); only its participants enrol. */
    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PvtSessionKind kind;

    public String topic;

    @Column(name = "session_date", nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public BigDecimal hours;

    @Column(nullable = false)
    public String place;

    /** The pvt-provider that runs it (its token's sub); null when the municipality runs it itself. */
    @Column(name = "provider_id")
    public String providerId;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "planned_by", nullable = false)
    public String plannedBy;

    @Column(name = "planned_at", nullable = false)
    public Instant plannedAt;

    @Version
    public long version;
}
