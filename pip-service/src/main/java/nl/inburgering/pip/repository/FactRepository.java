package nl.inburgering.pip.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExemptionKind;
import nl.inburgering.contracts.vocabulary.ExemptionScope;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.pip.domain.ExamComponentSetConverter;
import nl.inburgering.pip.domain.rules.ExamPass;
import nl.inburgering.pip.domain.rules.Exemption;

/**
 * The facts the completion check learns from other services' events (DESIGN §2, §5), keyed by participantId
 * without a foreign key: they may arrive before the participant or the PIP. Every write is an idempotent
 * upsert whose result does not depend on arrival order: an exam pass is kept once per registration, a MAP or
 * PVT date and the term are replaced only by a fact recorded later (CloudEvent {@code time}).
 */
@ApplicationScoped
public class FactRepository {

    /** Kinds of single-dated facts in {@code completion_fact}. */
    public enum DatedFact { MAP_COMPLETED, PVT_SIGNED }

    public Uni<Void> storeExamPass(UUID participantId, UUID registrationId, ExamComponent component,
            LanguageLevel level, LocalDate examDate, LocalDate resultDate, String eventId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into exam_pass (registration_id, participant_id, component, level, exam_date, "
                                + "result_date, event_id) values (:registration, :participant, :component, :level, "
                                + ":examDate, :resultDate, :eventId) on conflict (registration_id) do nothing")
                .setParameter("registration", registrationId)
                .setParameter("participant", participantId)
                .setParameter("component", component.name())
                .setParameter("level", level == null ? null : level.name())
                .setParameter("examDate", examDate)
                .setParameter("resultDate", resultDate)
                .setParameter("eventId", eventId)
                .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<Void> storeDatedFact(UUID participantId, DatedFact kind, LocalDate date, Instant recordedAt,
            String eventId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into completion_fact (participant_id, kind, fact_date, recorded_at, event_id) "
                                + "values (:participant, :kind, :date, :recordedAt, :eventId) "
                                + "on conflict (participant_id, kind) do update set fact_date = excluded.fact_date, "
                                + "recorded_at = excluded.recorded_at, event_id = excluded.event_id "
                                + "where completion_fact.recorded_at < excluded.recorded_at")
                .setParameter("participant", participantId)
                .setParameter("kind", kind.name())
                .setParameter("date", date)
                .setParameter("recordedAt", utc(recordedAt))
                .setParameter("eventId", eventId)
                .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<Void> storeExemption(UUID id, UUID participantId, ExemptionKind kind, String ground,
            ExemptionScope scope, String components, LocalDate validFrom, LocalDate validUntil, String eventId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into exemption (id, participant_id, kind, ground, scope, components, valid_from, "
                                + "valid_until, event_id) values (:id, :participant, :kind, :ground, :scope, "
                                + ":components, :validFrom, :validUntil, :eventId) on conflict (id) do nothing")
                .setParameter("id", id)
                .setParameter("participant", participantId)
                .setParameter("kind", kind.name())
                .setParameter("ground", ground)
                .setParameter("scope", scope.name())
                .setParameter("components", components)
                .setParameter("validFrom", validFrom)
                .setParameter("validUntil", validUntil)
                .setParameter("eventId", eventId)
                .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<Void> storeTerm(UUID participantId, LocalDate startDate, LocalDate endDateExclusive,
            Instant recordedAt) {
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into term (participant_id, start_date, end_date_exclusive, recorded_at) "
                                + "values (:participant, :start, :end, :recordedAt) "
                                + "on conflict (participant_id) do update set start_date = excluded.start_date, "
                                + "end_date_exclusive = excluded.end_date_exclusive, recorded_at = excluded.recorded_at "
                                + "where term.recorded_at < excluded.recorded_at")
                .setParameter("participant", participantId)
                .setParameter("start", startDate)
                .setParameter("end", endDateExclusive)
                .setParameter("recordedAt", utc(recordedAt))
                .executeUpdate())
                .replaceWithVoid();
    }

    /** Forgets the term of a PIP that was deleted before it started (rules §2.4: deletion only before the term). */
    public Uni<Void> deleteTerm(UUID participantId) {
        return Panache.getSession().chain(s -> s.createNativeQuery("delete from term where participant_id = :p")
                .setParameter("p", participantId)
                .executeUpdate())
                .replaceWithVoid();
    }

    public Uni<List<ExamPass>> examPasses(UUID participantId) {
        return rows("select component, level, to_char(exam_date, 'YYYY-MM-DD'), to_char(result_date, 'YYYY-MM-DD') "
                + "from exam_pass where participant_id = :p order by exam_date, registration_id", participantId)
                .map(rows -> rows.stream().map(r -> new ExamPass(
                        ExamComponent.valueOf((String) r[0]),
                        r[1] == null ? null : LanguageLevel.valueOf((String) r[1]),
                        LocalDate.parse((String) r[2]),
                        LocalDate.parse((String) r[3]))).toList());
    }

    public Uni<Map<DatedFact, LocalDate>> datedFacts(UUID participantId) {
        return rows("select kind, to_char(fact_date, 'YYYY-MM-DD') from completion_fact where participant_id = :p",
                participantId)
                .map(rows -> {
                    Map<DatedFact, LocalDate> facts = new EnumMap<>(DatedFact.class);
                    for (Object[] r : rows) {
                        facts.put(DatedFact.valueOf((String) r[0]), LocalDate.parse((String) r[1]));
                    }
                    return facts;
                });
    }

    public Uni<List<Exemption>> exemptions(UUID participantId) {
        return rows("select kind, scope, components, to_char(valid_from, 'YYYY-MM-DD'), "
                + "to_char(valid_until, 'YYYY-MM-DD') from exemption where participant_id = :p order by valid_from, id",
                participantId)
                .map(rows -> rows.stream().map(r -> new Exemption(
                        ExemptionKind.valueOf((String) r[0]),
                        ExemptionScope.valueOf((String) r[1]),
                        ExamComponentSetConverter.parse((String) r[2]),
                        null,
                        LocalDate.parse((String) r[3]),
                        r[4] == null ? null : LocalDate.parse((String) r[4]))).toList());
    }

    /** The start of the term as deadline-service set it; null when no term.started arrived. */
    public Uni<LocalDate> termStart(UUID participantId) {
        return rows("select to_char(start_date, 'YYYY-MM-DD'), to_char(end_date_exclusive, 'YYYY-MM-DD') "
                + "from term where participant_id = :p", participantId)
                .map(rows -> rows.isEmpty() ? null : LocalDate.parse((String) rows.get(0)[0]));
    }

    private Uni<List<Object[]>> rows(String sql, UUID participantId) {
        return Panache.getSession().chain(s -> s.createNativeQuery(sql, Object[].class)
                .setParameter("p", participantId)
                .getResultList());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
