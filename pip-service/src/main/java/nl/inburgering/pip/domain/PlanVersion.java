package nl.inburgering.pip.domain;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.inburgering.kit.persistence.ExamComponentSetConverter;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.pip.domain.rules.LiteracyIndicator;
import nl.inburgering.pip.domain.rules.PlanWarning;
import nl.inburgering.pip.domain.rules.RecordedPlan;

/**
 * One version of a participant's PIP (persoonlijk plan inburgering en participatie). Versions are never
 * changed: a revision is a new row, so the history stays complete. {@link #planId} is the PIP and stays the
 * same across its versions.
 */
@Entity
@Table(name = "plan")
public class PlanVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "participant_id", nullable = false)
    public UUID participantId;

    @Column(name = "plan_version", nullable = false)
    public int version;

    @Column(nullable = false)
    public boolean initial;

    @Column(name = "route_switch", nullable = false)
    public boolean routeSwitch;

    /** Dagtekening. */
    @Column(name = "date_of_issue", nullable = false)
    public LocalDate dateOfIssue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Route route;

    @Enumerated(EnumType.STRING)
    public LanguageLevel level;

    @Column(name = "estimated_intensity")
    public Integer estimatedB1Intensity;

    @Enumerated(EnumType.STRING)
    @Column(name = "literacy_indicator")
    public LiteracyIndicator literacyIndicator;

    @Column(name = "may_finish_current_course", nullable = false)
    public boolean mayFinishCurrentCourse;

    @Column(name = "map_arrangement")
    public String mapArrangement;

    @Column(name = "pvt_arrangement")
    public String pvtArrangement;

    @Convert(converter = ExamComponentSetConverter.class)
    @Column(name = "a2_permitted_components", nullable = false)
    public Set<ExamComponent> a2PermittedComponents = Set.of();

    /** Rules set aside by the municipality when it issued this version (N15), as they were given. */
    @Convert(converter = PlanWarningsConverter.class)
    @Column(nullable = false)
    public List<PlanWarning> warnings = List.of();

    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public RecordedPlan toRecord() {
        return new RecordedPlan(version, initial, routeSwitch, dateOfIssue, route, level, a2PermittedComponents);
    }
}
