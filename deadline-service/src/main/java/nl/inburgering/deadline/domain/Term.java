package nl.inburgering.deadline.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A participant's inburgeringstermijn: started by the initial PIP, never moved by a revision. */
@Entity
@Table(name = "term")
public class Term extends PanacheEntityBase {

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    @Column(name = "initial_plan_id", nullable = false)
    public UUID initialPlanId;

    @Column(name = "initial_date_of_issue", nullable = false)
    public LocalDate initialDateOfIssue;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date_exclusive", nullable = false)
    public LocalDate endDateExclusive;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "started_by_event", nullable = false)
    public UUID startedByEvent;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** The day the initial PIP was deleted before the term started (DUO-PIP-7); null while the term stands. */
    @Column(name = "voided_on")
    public LocalDate voidedOn;

    @Column(name = "voided_by_event")
    public UUID voidedByEvent;

    @jakarta.persistence.Version
    public long version;

    public boolean standing() {
        return voidedOn == null;
    }
}
