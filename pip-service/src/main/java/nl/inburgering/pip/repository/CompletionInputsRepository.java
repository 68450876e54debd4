package nl.inburgering.pip.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.kit.persistence.PlanCacheBypass;
import nl.inburgering.pip.domain.DatedFact;
import nl.inburgering.pip.domain.rules.ExamPass;
import nl.inburgering.pip.domain.rules.Exemption;
import nl.inburgering.pip.domain.rules.RecordedPlan;

/**
 * Everything the completion check reads of one participant besides the participant row, in ONE statement: the PIP
 * versions, the exam passes, the MAP and PVT dates, the exemptions, whether the intake started, and the term. It is read
 * on every completion check, every progress read and every PIP write; as six Hibernate queries it was most of the cost
 * of those requests (issue 15, bench/RESULTS.md). The rows and their order are those the entities' repositories give
 * ({@link PlanRepository#versionsOf}, {@link DatedFactRepository#factsOf}, {@link ExemptionRepository#exemptionsOf}); exam passes oldest exam first.
 * {@code CompletionInputsRepositoryTest} holds the two side by side.
 *
 * <p>Runs in the caller's session (and transaction), after flushing it, so that a change the caller made is seen.
 */
@ApplicationScoped
public class CompletionInputsRepository {

    /** What the completion check knows of a participant; lists in their rules' order, never null. */
    public record StoredFacts(List<RecordedPlan> plans, List<ExamPass> passes, Map<DatedFact, LocalDate> dated,
            List<Exemption> exemptions, boolean intakeStarted, Term term) {
    }

    /** The term as deadline-service published it. */
    public record Term(LocalDate startDate, LocalDate endDateExclusive) {
    }

    // Column names are the rule records' component names, so Jackson builds the records through their own
    // constructors (and their checks). A component set is stored as "A,B" text (EnumSetColumn), here a JSON array.
    static final String SQL = "select "
            + "(select coalesce(json_agg(json_build_object('version', v.plan_version, 'initial', v.initial, "
            + "  'routeSwitch', v.route_switch, 'dateOfIssue', v.date_of_issue, 'route', v.route, 'level', v.level, "
            + "  'a2PermittedComponents', to_json(string_to_array(v.a2_permitted_components, ','))) "
            + "  order by v.plan_version), '[]')::text from plan v where v.participant_id = :id) as plans, "
            + "(select coalesce(json_agg(json_build_object('component', e.component, 'level', e.level, "
            + "  'examDate', e.exam_date, 'resultDate', e.result_date) order by e.exam_date, e.registration_id), "
            + "  '[]')::text from exam_pass e where e.participant_id = :id) as passes, "
            + "(select coalesce(json_object_agg(f.kind, f.fact_date), '{}')::text "
            + "  from completion_fact f where f.participant_id = :id and not f.withdrawn) as dated, "
            + "(select coalesce(json_agg(json_build_object('kind', x.kind, 'scope', x.scope, "
            + "  'components', to_json(string_to_array(x.components, ',')), 'level', x.level, "
            + "  'validFrom', x.valid_from, 'validUntil', x.valid_until, "
            + "  'participationHoursCap', x.participation_hours_cap) order by x.valid_from, x.id), '[]')::text "
            + "  from exemption x where x.participant_id = :id) as exemptions, "
            + "exists (select 1 from intake i where i.participant_id = :id) as intake_started, "
            + "(select json_build_object('startDate', t.start_date, 'endDateExclusive', t.end_date_exclusive)::text "
            + "  from term t where t.participant_id = :id) as term where " + PlanCacheBypass.PREDICATE;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public Uni<StoredFacts> load(UUID participantId) {
        return Panache.getSession().chain(s -> s.flush().chain(() -> PlanCacheBypass.bind(s.createNativeQuery(SQL, Tuple.class))
                .setParameter("id", participantId)
                .getSingleResult()))
                .map(CompletionInputsRepository::toFacts);
    }

    static StoredFacts toFacts(Tuple row) {
        try {
            Map<DatedFact, LocalDate> dated = new EnumMap<>(DatedFact.class);
            dated.putAll(JSON.readValue(row.get("dated", String.class),
                    new TypeReference<Map<DatedFact, LocalDate>>() { }));
            String term = row.get("term", String.class);
            return new StoredFacts(
                    List.of(JSON.readValue(row.get("plans", String.class), RecordedPlan[].class)),
                    List.of(JSON.readValue(row.get("passes", String.class), ExamPass[].class)),
                    dated,
                    List.of(JSON.readValue(row.get("exemptions", String.class), Exemption[].class)),
                    row.get("intake_started", Boolean.class),
                    term == null ? null : JSON.readValue(term, Term.class));
        } catch (JsonProcessingException e) {
            // the statement builds this JSON from the schema's own columns: a failure is a defect, not bad input
            throw new IllegalStateException("completion inputs could not be read", e);
        }
    }
}
