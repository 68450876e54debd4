package nl.inburgering.pip.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ObligationEndReason;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.pip.domain.rules.ProgressStatus;

/**
 * An inburgeringsplichtige. The BSN lives only here (DESIGN §1), protected ({@link #bsnHmac}, {@link #bsnEncrypted}):
 * every other service and every event knows the participant by {@link #id}.
 */
@Entity
@Table(name = "participant")
public class Participant extends PanacheEntityBase {

    @Id
    public UUID id;

    /**
     * HMAC-SHA256 of the BSN ({@code BsnProtection}): the unique key and what a search by BSN looks for. The BSN
     * itself is never stored in clear text (issue 14 item 5): not in a column, so not in a unique violation's
     * DETAIL in PostgreSQL's log either.
     */
    @Column(name = "bsn_hmac", nullable = false, updatable = false)
    public byte[] bsnHmac;

    /** The BSN, AES-GCM encrypted ({@code BsnProtection}), for the roles that may see it. Never in a URI, event or log. */
    @Column(name = "bsn_encrypted", nullable = false)
    public byte[] bsnEncrypted;

    @Column(nullable = false)
    public String name;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false)
    public TargetGroup targetGroup;

    /** DUO's detailed doelgroep code, optional. */
    @Column(name = "duo_target_group_code")
    public String duoTargetGroupCode;

    /** CBS code (GM + 4 digits) of the responsible municipality. */
    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    /** The municipality before the last move; it keeps read access until {@link #previousMunicipalityUntil} (§11 E10). */
    @Column(name = "previous_municipality_code")
    public String previousMunicipalityCode;

    @Column(name = "previous_municipality_until")
    public LocalDate previousMunicipalityUntil;

    @Column(name = "moved_on")
    public LocalDate movedOn;

    /** Start of the inburgeringsplicht (DUO). */
    @Column(name = "obligation_start_date", nullable = false)
    public LocalDate obligationStartDate;

    /** Date of DUO's kennisgeving: the 10-week PIP deadline runs from it (N5). */
    @Column(name = "notification_date", nullable = false)
    public LocalDate notificationDate;

    /** Registration in the municipality (BRP): a PIP's dagtekening may not precede it (§11 E10). */
    @Column(name = "municipality_registration_date", nullable = false)
    public LocalDate municipalityRegistrationDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "obligation_ended_reason")
    public ObligationEndReason obligationEndedReason;

    @Column(name = "obligation_ended_on")
    public LocalDate obligationEndedOn;

    /** Date of the Z-route final interview (eindgesprek), once recorded. */
    @Column(name = "zroute_completed_on")
    public LocalDate zrouteCompletedOn;

    /** The date on which the last requirement was met; set once (integration.completed is emitted once). */
    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "completed_plan_version")
    public Integer completedPlanVersion;

    /** The open requirements last published (integration.outstanding-changed), comma separated; null before. */
    @Column(name = "outstanding_published")
    public String outstandingPublished;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgressStatus status;

    @Version
    public long version;

    /** Officers of the previous municipality keep read access for a month after a move (§11 E10). */
    public String previousMunicipalityWithAccess(LocalDate today) {
        return previousMunicipalityUntil != null && !today.isAfter(previousMunicipalityUntil)
                ? previousMunicipalityCode
                : null;
    }

    public boolean obligationEnded() {
        return obligationEndedReason != null;
    }
}
