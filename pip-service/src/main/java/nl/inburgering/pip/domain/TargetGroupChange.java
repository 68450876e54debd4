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
import nl.inburgering.contracts.vocabulary.RightsAfterChange;
import nl.inburgering.contracts.vocabulary.TargetGroup;

/** A change of doelgroep after DUO's notice SS124 (asylum → family/other) or SS125 (the reverse); E11. */
@Entity
@Table(name = "target_group_change")
public class TargetGroupChange extends PanacheEntityBase {

    public static final String SS124 = "SS124";
    public static final String SS125 = "SS125";

    @Id
    public UUID id;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_group", nullable = false)
    public TargetGroup fromGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_group", nullable = false)
    public TargetGroup toGroup;

    @Column(name = "duo_event_code", nullable = false)
    public String duoEventCode;

    @Column(name = "duo_target_group_code")
    public String duoTargetGroupCode;

    /** DUO AsielrechtenWijzigingVerblijfsdoel: whose rights apply after the change (E11). */
    @Enumerated(EnumType.STRING)
    @Column(name = "rights_after_change", nullable = false)
    public RightsAfterChange rightsAfterChange;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** SS124 when an asylum permit holder becomes a family or other migrant, SS125 the other way round. */
    public static String duoEventCode(TargetGroup from, TargetGroup to) {
        return from == TargetGroup.ASYLUM_PERMIT_HOLDER && to == TargetGroup.FAMILY_OR_OTHER_MIGRANT ? SS124 : SS125;
    }
}
