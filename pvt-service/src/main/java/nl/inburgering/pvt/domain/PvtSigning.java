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
import nl.inburgering.kit.rules.ModuleResultRules.Culpability;

/**
 * The signing of the participation statement, with the text and version as signed, so the statement printed later is
 * the one signed even after the configured text changed. A withdrawal marks it; a new signing is a new row.
 */
@Entity
@Table(name = "pvt_signing")
public class PvtSigning extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    /** Datum ondertekening PVT (DUO datumOndertekeningPvt). */
    @Column(name = "signed_on", nullable = false)
    public LocalDate signedOn;

    /** DUO verwijtbaar; null when not given. */
    @Enumerated(EnumType.STRING)
    @Column(name = "culpable_delay")
    public Culpability culpableDelay;

    /** The name the participant signed with, printed on the statement. */
    @Column(name = "participant_name", nullable = false)
    public String participantName;

    /** The municipality where it was signed (CBS code). */
    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    @Column(name = "statement_version", nullable = false)
    public String statementVersion;

    @Column(name = "statement_text", nullable = false)
    public String statementText;

    /** The hours attended by the day of the signing. */
    @Column(name = "hours_attended", nullable = false)
    public BigDecimal hoursAttended;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

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
}
