package nl.inburgering.map.domain;

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
import nl.inburgering.kit.rules.ModuleResultRules.Culpability;
import nl.inburgering.map.domain.rules.FinalInterviewOutcome;
import nl.inburgering.map.domain.rules.MapEntryFacts;
import nl.inburgering.map.domain.rules.MapPartKind;

/**
 * One recorded step of a participant's MAP: a start interview, a theme done, work experience, or a final interview.
 * Never deleted: a correction changes it (the earlier state goes to {@link MapEntryRevision}), a withdrawal marks it.
 */
@Entity
@Table(name = "map_entry")
public class MapEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MapPartKind kind;

    /** The day it happened: the interview, the theme done, the work experience. */
    @Column(name = "entry_date", nullable = false)
    public LocalDate date;

    public String theme;

    @Enumerated(EnumType.STRING)
    @Column(name = "experience_kind")
    public WorkExperienceKind experienceKind;

    public String organisation;

    public BigDecimal hours;

    public String description;

    public String notes;

    @Enumerated(EnumType.STRING)
    public FinalInterviewOutcome outcome;

    @Column(name = "desired_work")
    public String desiredWork;

    @Column(name = "support_agreed")
    public String supportAgreed;

    @Enumerated(EnumType.STRING)
    @Column(name = "culpable_delay")
    public Culpability culpableDelay;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_role")
    public String recordedRole;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** Optimistic concurrency: the ETag; a correction or withdrawal raises it. */
    @Version
    public long version;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    public boolean withdrawn() {
        return withdrawnAt != null;
    }

    public MapEntryFacts toFacts() {
        return new MapEntryFacts(id, kind, date, theme, hours, outcome, culpableDelay);
    }
}
