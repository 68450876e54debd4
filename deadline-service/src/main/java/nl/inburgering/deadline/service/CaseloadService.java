package nl.inburgering.deadline.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.deadline.domain.CaseloadList;
import nl.inburgering.deadline.domain.rules.ReminderSchedule;
import nl.inburgering.deadline.repository.CaseloadRepository;
import nl.inburgering.deadline.repository.CaseloadRepository.Query;
import nl.inburgering.deadline.repository.CaseloadRepository.Row;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.participants.ReplicaAccess;
import nl.inburgering.kit.problem.InvalidInputException;
import nl.inburgering.kit.problem.Problem.FieldError;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.security.Caller;

/**
 * The officer's caseload (issue 11 item 7): the lists of {@link CaseloadList} for the officer's own municipality,
 * paged for the screen and whole for the CSV export. Every read is audited, with the municipality as its object.
 */
@ApplicationScoped
public class CaseloadService {

    public static final AuditAction READ = AuditAction.of("caseload.read", "caseload");
    public static final AuditAction EXPORT = AuditAction.of("caseload.export", "caseload");
    /** The most rows one CSV export holds; a longer list is narrowed with its filters. */
    public static final int MAX_EXPORT_ROWS = 50_000;

    /** The filters and order of a list; {@code before} only for terms-ending (default: today + 2 months, N18). */
    public record Ask(CaseloadList list, LocalDate before, Route route, TargetGroup targetGroup, String sort) {
    }

    /** One page and the number of rows in the whole list. */
    public record Rows(List<Row> items, long total) {
    }

    @Inject
    CaseloadRepository repository;

    @Inject
    ReplicaAccess access;

    @Inject
    Audited audited;

    @Inject
    Caller caller;

    public Uni<Rows> page(Ask ask, int page, int pageSize) {
        String gm = municipality();
        Query q = query(ask, gm, (page - 1) * pageSize, pageSize);
        return audited.read(READ, gm, () -> repository.count(q)
                .chain(total -> repository.rows(q).map(rows -> new Rows(rows, total))));
    }

    public Uni<List<Row>> export(Ask ask) {
        String gm = municipality();
        Query q = query(ask, gm, 0, MAX_EXPORT_ROWS);
        return audited.read(EXPORT, gm, () -> repository.rows(q));
    }

    private Query query(Ask ask, String gm, int offset, int limit) {
        LocalDate today = access.today();
        return new Query(ask.list(), gm, today, ask.before() != null ? ask.before()
                : today.plus(ReminderSchedule.ENDING_SOON_BEFORE), ask.route() == null ? null : ask.route().name(),
                ask.targetGroup() == null ? null : ask.targetGroup().name(), order(ask.list(), ask.sort()), offset,
                limit);
    }

    /** {@code sort}: comma separated fields of the list, each with {@code -} for descending; every unknown one a 400. */
    static List<String> order(CaseloadList list, String sort) {
        String given = sort == null || sort.isBlank() ? list.defaultSort() : sort;
        List<String> order = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (String field : given.split(",")) {
            String name = field.strip();
            boolean descending = name.startsWith("-");
            String sql = list.sortable().get(descending ? name.substring(1) : name);
            if (sql == null) {
                errors.add(new FieldError("sort", "unknown", "cannot sort " + list.path() + " by '" + name
                        + "'; by " + String.join(", ", list.sortable().keySet().stream().sorted().toList())
                        + ", each with - for descending"));
            } else {
                order.add(sql + (descending ? " desc nulls last" : " asc nulls last"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        order.add("r.participant_id");
        if (list == CaseloadList.EXTENSION_REQUESTS) {
            order.add("e.id");
        }
        return order;
    }

    private String municipality() {
        return caller.municipality().orElseThrow(() -> new ResourceNotFoundException("No caseload for you: an "
                + "officer's token names the municipality."));
    }
}
