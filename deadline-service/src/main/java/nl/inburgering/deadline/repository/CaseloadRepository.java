package nl.inburgering.deadline.repository;

import static nl.inburgering.kit.persistence.SqlValues.date;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.deadline.domain.CaseloadList;
import nl.inburgering.kit.participants.ParticipantDirectory;

/**
 * The caseload lists in the database: one municipality (the replica's current municipality), open cases only (the
 * replica's {@link ParticipantDirectory#OPEN_ON_TODAY}; not for extension requests, which are open until decided),
 * filtered, sorted by whitelisted fields, paged.
 */
@ApplicationScoped
public class CaseloadRepository {

    /** What a list is asked for. {@code sort}: SQL order expressions, already whitelisted. */
    public record Query(CaseloadList list, String municipality, LocalDate today, LocalDate before, String route,
            String targetGroup, List<String> sort, int offset, int limit) {
    }

    /** One row: the participant and what the list is about. Fields a list does not have are null. */
    public record Row(UUID participantId, String municipalityCode, String route, String targetGroup,
            LocalDate startDate, LocalDate endDateExclusive, LocalDate notificationDate, LocalDate planDeadline,
            LocalDate initialPlanDateOfIssue, UUID requestId, String ground, LocalDate requestedOn) {
    }

    private static final String COLUMNS = "r.participant_id, r.municipality_code, r.plan_route, r.target_group, "
            + "t.start_date, t.end_date_exclusive, r.notification_date, %s, r.initial_plan_date_of_issue, %s, %s, %s";

    public Uni<List<Row>> rows(Query q) {
        Map<String, Object> params = new HashMap<>();
        String sql = "select " + columns(q.list()) + from(q, params) + " order by " + String.join(", ", q.sort())
                + " limit " + q.limit() + " offset " + q.offset();
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql, Object[].class);
            params.forEach(query::setParameter);
            return query.getResultList();
        }).map(rows -> rows.stream().map(CaseloadRepository::row).toList());
    }

    public Uni<Long> count(Query q) {
        Map<String, Object> params = new HashMap<>();
        String sql = "select count(*) " + from(q, params);
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql, Long.class);
            params.forEach(query::setParameter);
            return query.getSingleResult();
        });
    }

    private static String columns(CaseloadList list) {
        return switch (list) {
            case PLAN_DEADLINES_MISSED -> COLUMNS.formatted("s.signal_key", "null", "null", "null");
            case EXTENSION_REQUESTS -> COLUMNS.formatted("null", "e.id", "e.ground", "e.requested_on");
            default -> COLUMNS.formatted("null", "null", "null", "null");
        };
    }

    private static String from(Query q, Map<String, Object> params) {
        params.put("gm", q.municipality());
        StringBuilder sql = new StringBuilder();
        switch (q.list()) {
            case TERMS_ENDING, TERMS_EXCEEDED -> sql.append(" from term t join participant_replica r on "
                    + "r.participant_id = t.participant_id where t.voided_on is null");
            case PLAN_DEADLINES_MISSED -> sql.append(" from term_signal s join participant_replica r on "
                    + "r.participant_id = s.participant_id left join term t on t.participant_id = s.participant_id "
                    + "and t.voided_on is null where s.kind = 'PLAN_DEADLINE'");
            case EXTENSION_REQUESTS -> sql.append(" from term_extension e join participant_replica r on "
                    + "r.participant_id = e.participant_id left join term t on t.participant_id = e.participant_id "
                    + "and t.voided_on is null where e.status = 'REQUESTED'");
        }
        sql.append(" and r.municipality_code = :gm");
        if (q.list() != CaseloadList.EXTENSION_REQUESTS) {
            sql.append(" and ").append(ParticipantDirectory.OPEN_ON_TODAY);
            params.put("today", q.today());
        }
        if (q.list() == CaseloadList.TERMS_ENDING) {
            sql.append(" and t.end_date_exclusive > :today and t.end_date_exclusive <= :before");
            params.put("before", q.before());
        }
        if (q.list() == CaseloadList.TERMS_EXCEEDED) {
            sql.append(" and t.end_date_exclusive <= :today");
        }
        if (q.route() != null) {
            sql.append(" and r.plan_route = :route");
            params.put("route", q.route());
        }
        if (q.targetGroup() != null) {
            sql.append(" and r.target_group = :group");
            params.put("group", q.targetGroup());
        }
        return sql.toString();
    }

    private static Row row(Object[] c) {
        return new Row((UUID) c[0], (String) c[1], (String) c[2], (String) c[3], date(c[4]), date(c[5]), date(c[6]),
                date(c[7]), date(c[8]), (UUID) c[9], (String) c[10], date(c[11]));
    }

}
