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
import nl.inburgering.pvt.domain.rules.AttendanceFacts;

/**
 * Hours a participant attended: of a group session ({@link #sessionId}), or of a one-to-one meeting (no session).
 * Never deleted: a withdrawal marks it with who, when and why, and it counts no more.
 */
@Entity
@Table(name = "pvt_attendance")
public class PvtAttendance extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    /** The group session; null for a one-to-one meeting. */
    @Column(name = "session_id")
    public UUID sessionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PvtSessionKind kind;

    public String topic;

    @Column(name = "attended_on", nullable = false)
    public LocalDate date;

    @Column(nullable = false)
    public BigDecimal hours;

    public String notes;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_role")
    public String recordedRole;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

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

    public AttendanceFacts toFacts() {
        return new AttendanceFacts(kind, topic, date, hours);
    }
}
