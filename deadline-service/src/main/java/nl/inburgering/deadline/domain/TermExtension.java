package nl.inburgering.deadline.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.deadline.domain.rules.ExtensionGround;

/**
 * An extension of the term (rules §7.2): requested by a municipality or decided by DUO ambtshalve; granted (with the
 * end before and after) or refused (with the reason). Kept in order: the Inburgeringstermijnhistorie.
 */
@Entity
@Table(name = "term_extension")
public class TermExtension extends PanacheEntityBase {

    /** Where a request stands. */
    public enum Status { REQUESTED, GRANTED, REFUSED }

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExtensionGround ground;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Decided by DUO on its own initiative (SS103), without a request here. */
    @Column(nullable = false)
    public boolean ambtshalve;

    @Column(name = "requested_on", nullable = false)
    public LocalDate requestedOn;

    @Column(name = "requested_by")
    public String requestedBy;

    /** The municipality's statement with the request; for illness the outcome only, never a diagnosis. */
    public String statement;

    /** The extra time asked (ISO 8601), if the request names it. */
    @Column(name = "requested_extra")
    public String requestedExtra;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decided_by")
    public String decidedBy;

    /** The extra time granted (ISO 8601). */
    @Column(name = "extra_time")
    public String extraTime;

    @Column(name = "previous_end")
    public LocalDate previousEnd;

    @Column(name = "new_end")
    public LocalDate newEnd;

    /** The decision came on or after the end (E6) and the new end lies after it: the term was open again. */
    @Column(nullable = false)
    public boolean reopened;

    @Column(name = "refusal_reason")
    public String refusalReason;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    @Version
    public long version;
}
