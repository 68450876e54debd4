package nl.inburgering.kit.participants;

import static nl.inburgering.kit.persistence.SqlValues.date;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jakarta.persistence.Tuple;
import java.util.stream.Collectors;
import nl.inburgering.contracts.events.ExemptionGranted;
import nl.inburgering.contracts.events.IntegrationCompleted;
import nl.inburgering.contracts.events.ParticipantMoved;
import nl.inburgering.contracts.events.ParticipantObligationEnded;
import nl.inburgering.contracts.events.ParticipantRegistered;
import nl.inburgering.contracts.events.ParticipantTargetGroupChanged;
import nl.inburgering.contracts.events.PlanDeleted;
import nl.inburgering.contracts.events.PlanEstablished;
import nl.inburgering.contracts.events.TermExtended;
import nl.inburgering.contracts.events.TermStarted;
import nl.inburgering.contracts.events.ZRouteCompleted;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExemptionScope;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.ObligationEndReason;
import nl.inburgering.contracts.vocabulary.RightsAfterChange;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.kit.persistence.PlanCacheBypass;

/**
 * Reads and maintains the participant replica. Each {@code apply} is an upsert whose SQL makes the
 * outcome independent of the order in which events arrive (and of duplicates):
 * registration fills only what no later fact has set, a move wins only if it is the latest move,
 * a target-group change only if it is the latest change, a plan only if its version is higher and it was not
 * deleted, a deletion only of the plan it names.
 * Runs inside the caller's transaction (the idempotent consumer's).
 */
@ApplicationScoped
public class ParticipantDirectory {

    /**
     * SQL that holds for a replica row {@code r} whose case is open on the day bound to {@code :today}: the same test
     * as {@link KnownParticipant#closedOn}, for lists that filter in the database (each closure counts from its own
     * date; an ended obligation without a date closes at once).
     */
    public static final String OPEN_ON_TODAY = "(r.completed_on is null or r.completed_on > :today) and "
            + "(r.fully_exempt_from is null or r.fully_exempt_from > :today) and (r.obligation_ended_reason is null "
            + "or (r.obligation_ended_on is not null and r.obligation_ended_on > :today))";

    /**
     * The replica row and its target-group changes in one statement: the changes come aggregated in a subselect as
     * {@code "2026-05-01 FAMILY_OR_OTHER_MIGRANT ASYLUM_RIGHTS_KEPT,…"} (effective date, group, rights; null when
     * there are none), parsed by {@link #changes}. The access checks of exam, map, pvt and deadline read it on every
     * request, so one round trip instead of two matters (issue 15).
     */
    static final String FIND = "select r.participant_id, r.registered, r.municipality_code, "
            + "r.previous_municipality_code, r.previous_municipality_until, r.target_group, r.initial_target_group, "
            + "r.date_of_birth, r.obligation_start_date, r.notification_date, r.obligation_ended_reason, "
            + "r.obligation_ended_on, r.completed_on, r.fully_exempt_from, r.plan_id, r.plan_version, r.plan_route, "
            + "r.plan_level, r.plan_a2_components, r.plan_required_levels, r.plan_date_of_issue, "
            + "r.initial_plan_date_of_issue, r.term_start, r.term_end_exclusive, r.zroute_completed_on, "
            + "(select string_agg(to_char(c.effective_date, 'YYYY-MM-DD') || ' ' || c.target_group || ' ' || c.rights, "
            + "',' order by c.effective_date) from participant_target_group_change_replica c "
            + "where c.participant_id = r.participant_id) as target_group_changes "
            + "from participant_replica r where r.participant_id = :id and " + PlanCacheBypass.PREDICATE;

    /** The participant as the replica knows them, or null; one statement, in the caller's session. */
    public Uni<KnownParticipant> find(UUID participantId) {
        return Panache.getSession().chain(s -> PlanCacheBypass.bind(s.createNativeQuery(FIND, Tuple.class))
                .setParameter("id", participantId)
                .getResultList()
                .map((List<Tuple> rows) -> rows.isEmpty() ? null : toKnown(rows.get(0))));
    }

    public Uni<Void> apply(ParticipantRegistered e) {
        return execute("insert into participant_replica (participant_id, registered, municipality_code, target_group, "
                        + "initial_target_group, target_group_as_of, date_of_birth, obligation_start_date, "
                        + "notification_date, municipality_registration_date) values (:id, true, :municipality, "
                        + ":targetGroup, :targetGroup, :asOf, :dob, :obligationStart, :notification, :registration) "
                        + "on conflict (participant_id) do update set registered = true, "
                        + "initial_target_group = excluded.initial_target_group, "
                        + "municipality_code = case when participant_replica.moved_on is null then excluded.municipality_code "
                        + "  else participant_replica.municipality_code end, "
                        + "target_group = coalesce(participant_replica.target_group, excluded.target_group), "
                        + "target_group_as_of = coalesce(participant_replica.target_group_as_of, excluded.target_group_as_of), "
                        + "date_of_birth = excluded.date_of_birth, obligation_start_date = excluded.obligation_start_date, "
                        + "notification_date = excluded.notification_date, "
                        + "municipality_registration_date = excluded.municipality_registration_date, updated_at = now()",
                new Object[][] {{"id", e.participantId()}, {"municipality", e.municipalityCode()},
                        {"targetGroup", e.targetGroup().name()}, {"asOf", e.obligationStartDate()},
                        {"dob", e.dateOfBirth()}, {"obligationStart", e.obligationStartDate()},
                        {"notification", e.notificationDate()}, {"registration", e.municipalityRegistrationDate()}});
    }

    /** Kept in the history (one change per effective date, the last report wins) and as the latest group. */
    public Uni<Void> apply(ParticipantTargetGroupChanged e) {
        return execute("insert into participant_target_group_change_replica (participant_id, effective_date, "
                        + "target_group, rights) values (:id, :asOf, :targetGroup, :rights) "
                        + "on conflict (participant_id, effective_date) do update set "
                        + "target_group = excluded.target_group, rights = excluded.rights",
                new Object[][] {{"id", e.participantId()}, {"asOf", e.effectiveDate()},
                        {"targetGroup", e.targetGroup().name()}, {"rights", e.rightsAfterChange().name()}})
                .chain(() -> execute("insert into participant_replica (participant_id, target_group, target_group_as_of) "
                        + "values (:id, :targetGroup, :asOf) on conflict (participant_id) do update set "
                        + "target_group = excluded.target_group, target_group_as_of = excluded.target_group_as_of, "
                        + "updated_at = now() where participant_replica.target_group_as_of is null "
                        + "or participant_replica.target_group_as_of <= excluded.target_group_as_of",
                new Object[][] {{"id", e.participantId()}, {"targetGroup", e.targetGroup().name()},
                        {"asOf", e.effectiveDate()}}));
    }

    public Uni<Void> apply(ParticipantMoved e) {
        return execute("insert into participant_replica (participant_id, municipality_code, previous_municipality_code, "
                        + "previous_municipality_until, moved_on) values (:id, :to, :from, :until, :movedOn) "
                        + "on conflict (participant_id) do update set municipality_code = excluded.municipality_code, "
                        + "previous_municipality_code = excluded.previous_municipality_code, "
                        + "previous_municipality_until = excluded.previous_municipality_until, "
                        + "moved_on = excluded.moved_on, updated_at = now() "
                        + "where participant_replica.moved_on is null or participant_replica.moved_on <= excluded.moved_on",
                new Object[][] {{"id", e.participantId()}, {"to", e.toMunicipalityCode()},
                        {"from", e.fromMunicipalityCode()},
                        // pip-service's read period (§11 E10), carried by the event: one source of truth.
                        {"until", e.previousMunicipalityReadableUntilOrDefault()},
                        {"movedOn", e.movedOn()}});
    }

    public Uni<Void> apply(ParticipantObligationEnded e) {
        return execute("insert into participant_replica (participant_id, obligation_ended_reason, obligation_ended_on) "
                        + "values (:id, :reason, :endedOn) on conflict (participant_id) do update set "
                        + "obligation_ended_reason = excluded.obligation_ended_reason, "
                        + "obligation_ended_on = excluded.obligation_ended_on, updated_at = now()",
                new Object[][] {{"id", e.participantId()}, {"reason", e.reason().name()}, {"endedOn", e.endedOn()}});
    }

    /** The first completion stands (pip publishes it once); a redelivery or a replay changes nothing. */
    public Uni<Void> apply(IntegrationCompleted e) {
        return execute("insert into participant_replica (participant_id, completed_on) values (:id, :completedOn) "
                        + "on conflict (participant_id) do update set completed_on = "
                        + "coalesce(participant_replica.completed_on, excluded.completed_on), updated_at = now()",
                new Object[][] {{"id", e.participantId()}, {"completedOn", e.completedOn()}});
    }

    /** A full exemption closes the case from its validFrom; the earliest counts. Other scopes change nothing here. */
    public Uni<Void> apply(ExemptionGranted e) {
        if (e.scope() != ExemptionScope.FULL) {
            return Uni.createFrom().voidItem();
        }
        return execute("insert into participant_replica (participant_id, fully_exempt_from) values (:id, :from) "
                        + "on conflict (participant_id) do update set fully_exempt_from = "
                        + "least(coalesce(participant_replica.fully_exempt_from, excluded.fully_exempt_from), "
                        + "excluded.fully_exempt_from), updated_at = now()",
                new Object[][] {{"id", e.participantId()}, {"from", e.validFrom()}});
    }

    /**
     * The term's start from the latest term.started (CloudEvent time; a replay of an older one changes nothing), its
     * end the latest end any term event named: an extension only moves the end later.
     */
    public Uni<Void> apply(TermStarted e, Instant recordedAt) {
        return execute("insert into participant_replica (participant_id, term_start, term_end_exclusive, term_started_at) "
                        + "values (:id, :start, :end, :at) on conflict (participant_id) do update set "
                        + "term_start = case when participant_replica.term_started_at is null "
                        + "  or participant_replica.term_started_at <= excluded.term_started_at "
                        + "  then excluded.term_start else participant_replica.term_start end, "
                        + "term_started_at = greatest(participant_replica.term_started_at, excluded.term_started_at), "
                        + "term_end_exclusive = greatest(participant_replica.term_end_exclusive, excluded.term_end_exclusive), "
                        + "updated_at = now()",
                new Object[][] {{"id", e.participantId()}, {"start", e.startDate()}, {"end", e.endDateExclusive()},
                        {"at", OffsetDateTime.ofInstant(recordedAt, ZoneOffset.UTC)}});
    }

    /** An extension moves the end later; it never shortens the term, whatever the order of arrival. */
    public Uni<Void> apply(TermExtended e) {
        return execute("insert into participant_replica (participant_id, term_end_exclusive) values (:id, :end) "
                        + "on conflict (participant_id) do update set term_end_exclusive = "
                        + "greatest(participant_replica.term_end_exclusive, excluded.term_end_exclusive), updated_at = now()",
                new Object[][] {{"id", e.participantId()}, {"end", e.endDateExclusive()}});
    }

    /** pip-service records the Z-route completion once (DUO-ZROUTE-3): the first date stands. */
    public Uni<Void> apply(ZRouteCompleted e) {
        return execute("insert into participant_replica (participant_id, zroute_completed_on) values (:id, :on) "
                        + "on conflict (participant_id) do update set zroute_completed_on = "
                        + "coalesce(participant_replica.zroute_completed_on, excluded.zroute_completed_on), "
                        + "updated_at = now()",
                new Object[][] {{"id", e.participantId()}, {"on", e.completedOn()}});
    }

    public Uni<Void> apply(PlanEstablished e) {
        String a2 = e.a2PermittedComponents().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        // A newer version replaces the plan; the initial PIP's date is kept whichever arrives first.
        // A plan already deleted (plan.deleted replayed before its plan.established) is not brought back.
        String newer = "(participant_replica.plan_version is null or participant_replica.plan_version < excluded.plan_version)";
        return execute("insert into participant_replica (participant_id, plan_id, plan_version, plan_route, plan_level, "
                        + "plan_a2_components, plan_required_levels, plan_date_of_issue, initial_plan_date_of_issue) "
                        + "values (:id, :planId, :version, :route, :level, :a2, :required, :dateOfIssue, :initialDate) "
                        + "on conflict (participant_id) do update set "
                        + "plan_id = case when " + newer + " then excluded.plan_id else participant_replica.plan_id end, "
                        + "plan_route = case when " + newer + " then excluded.plan_route else participant_replica.plan_route end, "
                        + "plan_level = case when " + newer + " then excluded.plan_level else participant_replica.plan_level end, "
                        + "plan_a2_components = case when " + newer + " then excluded.plan_a2_components "
                        + "  else participant_replica.plan_a2_components end, "
                        + "plan_required_levels = case when " + newer + " then excluded.plan_required_levels "
                        + "  else participant_replica.plan_required_levels end, "
                        + "plan_date_of_issue = case when " + newer + " then excluded.plan_date_of_issue "
                        + "  else participant_replica.plan_date_of_issue end, "
                        + "plan_version = greatest(participant_replica.plan_version, excluded.plan_version), "
                        + "initial_plan_date_of_issue = coalesce(participant_replica.initial_plan_date_of_issue, "
                        + "  excluded.initial_plan_date_of_issue), updated_at = now() "
                        + "where participant_replica.deleted_plan_id is distinct from excluded.plan_id",
                new Object[][] {{"id", e.participantId()}, {"planId", e.planId()}, {"version", e.version()},
                        {"route", e.route().name()}, {"level", e.level() == null ? null : e.level().name()},
                        {"a2", a2}, {"required", levels(e.requiredLevels())}, {"dateOfIssue", e.dateOfIssue()},
                        {"initialDate", e.initial() ? e.dateOfIssue() : null}});
    }

    /**
     * The PIP was deleted before its term started: if it is the stored plan, every plan column is cleared,
     * the initial PIP's date included (a later PIP is the initial one again, with version 1). The deleted id is
     * kept so that a {@code plan.established} of this plan arriving later does not resurrect it.
     */
    public Uni<Void> apply(PlanDeleted e) {
        String same = "participant_replica.plan_id = excluded.deleted_plan_id";
        StringBuilder clear = new StringBuilder();
        for (String column : new String[] {"plan_id", "plan_version", "plan_route", "plan_level", "plan_a2_components",
                "plan_required_levels", "plan_date_of_issue", "initial_plan_date_of_issue"}) {
            clear.append(column).append(" = case when ").append(same).append(" then null else participant_replica.")
                    .append(column).append(" end, ");
        }
        return execute("insert into participant_replica (participant_id, deleted_plan_id) values (:id, :planId) "
                        + "on conflict (participant_id) do update set " + clear
                        + "deleted_plan_id = excluded.deleted_plan_id, updated_at = now()",
                new Object[][] {{"id", e.participantId()}, {"planId", e.planId()}});
    }

    private Uni<Void> execute(String sql, Object[][] params) {
        return Panache.getSession().chain(s -> {
            var query = s.createNativeQuery(sql);
            for (Object[] p : params) {
                query.setParameter((String) p[0], p[1]);
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }

    /** Maps a row by column name (the select above lists them; the order does not matter). */
    private static KnownParticipant toKnown(Tuple r) {
        UUID planId = r.get("plan_id", UUID.class);
        KnownParticipant.CurrentPlan plan = null;
        if (planId != null) {
            Route route = Route.valueOf(r.get("plan_route", String.class));
            LanguageLevel level = enumOrNull(LanguageLevel.class, r.get("plan_level", String.class));
            Set<ExamComponent> a2 = components(r.get("plan_a2_components", String.class));
            String required = r.get("plan_required_levels", String.class);
            plan = new KnownParticipant.CurrentPlan(planId, r.get("plan_version", Number.class).intValue(), route,
                    level, a2, required == null ? PlanEstablished.deriveRequiredLevels(route, level, a2)
                            : levels(required),
                    date(r.get("plan_date_of_issue")), date(r.get("initial_plan_date_of_issue")));
        }
        TargetGroup latest = enumOrNull(TargetGroup.class, r.get("target_group", String.class));
        TargetGroup initial = enumOrNull(TargetGroup.class, r.get("initial_target_group", String.class));
        // Rows from before the history was kept have no initial group: the latest is all that is known.
        TargetGroupHistory history = latest == null ? null : new TargetGroupHistory(initial == null ? latest : initial,
                changes(r.get("target_group_changes", String.class)));
        return new KnownParticipant(r.get("participant_id", UUID.class), r.get("registered", Boolean.class),
                r.get("municipality_code", String.class), r.get("previous_municipality_code", String.class),
                date(r.get("previous_municipality_until")), latest, history, date(r.get("date_of_birth")),
                date(r.get("obligation_start_date")), date(r.get("notification_date")),
                enumOrNull(ObligationEndReason.class, r.get("obligation_ended_reason", String.class)),
                date(r.get("obligation_ended_on")), date(r.get("completed_on")), date(r.get("fully_exempt_from")), plan,
                term(date(r.get("term_start")), date(r.get("term_end_exclusive"))), date(r.get("zroute_completed_on")));
    }

    /** The changes {@link #FIND} aggregates ("date group rights", comma-separated); none for null. */
    static List<TargetGroupHistory.Change> changes(String aggregated) {
        if (aggregated == null || aggregated.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(aggregated.split(",")).map(change -> {
            String[] parts = change.split(" ", 3);
            return new TargetGroupHistory.Change(LocalDate.parse(parts[0]), TargetGroup.valueOf(parts[1]),
                    RightsAfterChange.valueOf(parts[2]));
        }).toList();
    }

    /** A term is known once term.started gave its start; an extension alone brings only an end. */
    private static KnownParticipant.Term term(LocalDate start, LocalDate endExclusive) {
        return start == null || endExclusive == null ? null : new KnownParticipant.Term(start, endExclusive);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    static Set<ExamComponent> components(String csv) {
        if (csv == null || csv.isBlank()) {
            return EnumSet.noneOf(ExamComponent.class);
        }
        return Arrays.stream(csv.split(",")).map(ExamComponent::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ExamComponent.class)));
    }

    /** "READING:B1,LISTENING:B1" (declaration order), the replica's form of plan.established's requiredLevels. */
    static String levels(Map<ExamComponent, LanguageLevel> levels) {
        return levels.entrySet().stream().map(e -> e.getKey().name() + ":" + e.getValue().name())
                .collect(Collectors.joining(","));
    }

    static Map<ExamComponent, LanguageLevel> levels(String stored) {
        EnumMap<ExamComponent, LanguageLevel> levels = new EnumMap<>(ExamComponent.class);
        if (!stored.isBlank()) {
            for (String pair : stored.split(",")) {
                String[] kv = pair.split(":", 2);
                levels.put(ExamComponent.valueOf(kv[0]), LanguageLevel.valueOf(kv[1]));
            }
        }
        return Collections.unmodifiableMap(levels);
    }

}
