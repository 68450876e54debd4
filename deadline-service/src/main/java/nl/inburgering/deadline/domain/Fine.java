package nl.inburgering.deadline.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.deadline.domain.rules.FinePolicy.Kind;

/** A fine as decided: DUO's pre-announcement or decision (§7.5), or the municipality's own (§8). */
@Entity
@Table(name = "fine")
public class Fine extends PanacheEntityBase {

    /** Vooraankondiging (announces a possible fine and its provisional amount) or boetebeschikking. */
    public enum Stage { PRE_ANNOUNCEMENT, DECISION }

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;

    @Column(nullable = false)
    public BigDecimal amount;

    /** For DUO's fines: what FinePolicy expected on these facts. */
    @Column(name = "expected_amount")
    public BigDecimal expectedAmount;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "exams_passed")
    public Integer examsPassed;

    @Column(name = "zroute_hours")
    public Integer zrouteHours;

    /** DUO's fines: the end of the term whose exceeding this fine is for. */
    @Column(name = "fined_period_end")
    public LocalDate finedPeriodEnd;

    /** A decision that set a new term (N22): the exclusive end before and after. */
    @Column(name = "previous_end")
    public LocalDate previousEnd;

    @Column(name = "new_end")
    public LocalDate newEnd;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
