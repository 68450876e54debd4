package nl.inburgering.map.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.inburgering.contracts.events.MapCompleted;
import nl.inburgering.contracts.events.MapCompletionWithdrawn;
import nl.inburgering.contracts.events.MapPartCompleted;
import nl.inburgering.contracts.vocabulary.MapPart;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.participants.KnownParticipant;
import nl.inburgering.kit.problem.InvalidInputException;
import nl.inburgering.kit.problem.PreconditionFailedException;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import nl.inburgering.kit.rules.ModuleResultRules;
import nl.inburgering.kit.security.Caller;
import nl.inburgering.map.domain.MapCase;
import nl.inburgering.map.domain.MapEntry;
import nl.inburgering.map.domain.MapEntryRevision;
import nl.inburgering.map.domain.rules.MapApplicability;
import nl.inburgering.map.domain.rules.MapAssessment;
import nl.inburgering.map.domain.rules.MapCompletionPolicy;
import nl.inburgering.map.domain.rules.MapEntryFacts;
import nl.inburgering.map.domain.rules.MapPartKind;
import nl.inburgering.map.domain.rules.RuleCodes;
import nl.inburgering.map.repository.MapRepository;
import nl.inburgering.map.service.command.EntryCommand;

/**
 * A participant's MAP (issue 9): recording its parts, correcting and withdrawing entries with a reason, and the
 * events. Every change locks the participant's case row first, checks the rules on the entries as they then are,
 * and re-judges the MAP with {@link MapCompletionPolicy}: an event goes out (through the outbox, in the same
 * transaction) only when what was last published changes — map.part-completed when a part becomes done,
 * map.completed when the completing final interview appears or changes, map.completion-withdrawn when it goes.
 */
@ApplicationScoped
public class MapService {

    public static final String AUDIT_OBJECT = "map";
    public static final AuditAction READ = AuditAction.of("map.read", AUDIT_OBJECT);
    public static final AuditAction RECORD = AuditAction.of("map.entry.record", AUDIT_OBJECT);
    public static final AuditAction CORRECT = AuditAction.of("map.entry.correct", AUDIT_OBJECT);
    public static final AuditAction WITHDRAW = AuditAction.of("map.entry.withdraw", AUDIT_OBJECT);
    public static final AuditAction ASSIGN = AuditAction.of("map.provider.assign", AUDIT_OBJECT);
    public static final AuditAction UNASSIGN = AuditAction.of("map.provider.unassign", AUDIT_OBJECT);

    /** A participant's MAP as it stands. */
    public record Progress(KnownParticipant participant, List<MapEntry> entries, MapAssessment assessment,
            boolean applies) {
    }

    /** One entry with its earlier states. */
    public record EntryHistory(MapEntry entry, List<MapEntryRevision> revisions) {
    }

    @Inject
    MapRepository repository;

    @Inject
    MapAccess access;

    @Inject
    MapCompletionPolicy policy;

    @Inject
    ModuleResultRules finalInterviewRules;

    @Inject
    Outbox outbox;

    @Inject
    Audited audited;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    public Uni<Progress> progress(UUID participantId) {
        return audited.read(READ, participantId, () -> access.forRead(participantId)
                .chain(known -> repository.entriesOf(participantId).map(entries -> new Progress(known, entries,
                        policy.assess(facts(entries, null)),
                        known.plan() != null && MapApplicability.appliesTo(known.plan().route())))));
    }

    public Uni<EntryHistory> entry(UUID participantId, UUID entryId) {
        return audited.read(READ, participantId, () -> access.forRead(participantId)
                .chain(known -> found(participantId, entryId))
                .chain(entry -> repository.revisionsOf(entryId).map(revisions -> new EntryHistory(entry, revisions))));
    }

    /** Records a new entry; joins the transaction of an idempotent POST. */
    public Uni<MapEntry> record(UUID participantId, EntryCommand command) {
        return audited.transaction(RECORD, participantId, () -> access.forRecording(participantId, command.kind())
                .call(() -> repository.lockCase(participantId))
                .chain(known -> repository.entriesOf(participantId).chain(entries -> {
                    requireAllowed(known, command, facts(entries, null), null);
                    MapEntry entry = new MapEntry();
                    entry.id = UUID.randomUUID();
                    entry.participantId = participantId;
                    entry.recordedBy = caller.actor();
                    entry.recordedRole = caller.primaryRole();
                    entry.recordedAt = now();
                    apply(entry, command);
                    List<MapEntry> after = new ArrayList<>(entries);
                    after.add(entry);
                    return entry.<MapEntry>persist().call(() -> publishChanges(known, participantId, after));
                })));
    }

    /**
     * Corrects an entry to {@code command} (same kind), keeping its earlier state with who, when and why.
     *
     * @param expectedVersion the version the caller read (If-Match)
     */
    public Uni<MapEntry> correct(UUID participantId, UUID entryId, EntryCommand command, String reason,
            long expectedVersion) {
        return audited.transaction(CORRECT, participantId, () -> access.forOfficerChange(participantId)
                .call(() -> repository.lockCase(participantId))
                .chain(known -> found(participantId, entryId).chain(entry -> {
                    requireChangeable(entry, expectedVersion);
                    if (entry.kind != command.kind()) {
                        throw InvalidInputException.of("entryId", "kind", "entry " + entryId + " is a "
                                + entry.kind + ", not a " + command.kind() + "; correct it at its own path");
                    }
                    requireNotFixedByZRoute(known, entry);
                    return repository.entriesOf(participantId).chain(entries -> {
                        requireAllowed(known, command, facts(entries, entryId), entryId);
                        return revision(entry, MapEntryRevision.CORRECTED, reason)
                                .invoke(() -> apply(entry, command))
                                .chain(() -> repository.entriesOf(participantId))
                                .call(after -> publishChanges(known, participantId, after))
                                .call(Panache::flush)
                                .replaceWith(entry);
                    });
                })));
    }

    /** Withdraws an entry: kept, marked with who, when and why, and no longer counted. */
    public Uni<MapEntry> withdraw(UUID participantId, UUID entryId, String reason, long expectedVersion) {
        return audited.transaction(WITHDRAW, participantId, () -> access.forOfficerChange(participantId)
                .call(() -> repository.lockCase(participantId))
                .chain(known -> found(participantId, entryId).chain(entry -> {
                    requireOpenAndApplicable(known);
                    requireChangeable(entry, expectedVersion);
                    requireNotFixedByZRoute(known, entry);
                    return revision(entry, MapEntryRevision.WITHDRAWN, reason)
                            .invoke(() -> {
                                entry.withdrawnAt = now();
                                entry.withdrawnBy = caller.actor();
                                entry.withdrawalReason = reason;
                            })
                            .chain(() -> repository.entriesOf(participantId))
                            .call(after -> publishChanges(known, participantId, after))
                            .call(Panache::flush)
                            .replaceWith(entry);
                })));
    }

    public Uni<List<String>> providers(UUID participantId) {
        return audited.read(READ, participantId, () -> access.forRead(participantId)
                .chain(known -> repository.providersOf(participantId, known.municipalityCode())));
    }

    /** @return whether the assignment is new */
    public Uni<Boolean> assign(UUID participantId, String providerId) {
        return audited.transaction(ASSIGN, participantId, () -> access.forOfficerChange(participantId)
                .chain(known -> repository.assign(participantId, providerId, known.municipalityCode(), caller.actor(),
                        now())));
    }

    public Uni<Void> unassign(UUID participantId, String providerId) {
        return audited.transaction(UNASSIGN, participantId, () -> access.forOfficerChange(participantId)
                .chain(known -> repository.unassign(participantId, providerId))
                .invoke(existed -> {
                    if (!existed) {
                        throw new ResourceNotFoundException("Provider " + providerId + " is not assigned to this "
                                + "participant.");
                    }
                })
                .replaceWithVoid());
    }

    /** The rules of one entry, judged against the other (not withdrawn) entries. */
    private void requireAllowed(KnownParticipant known, EntryCommand command, List<MapEntryFacts> others,
            UUID self) {
        requireOpenAndApplicable(known);
        LocalDate today = access.today();
        switch (command.kind()) {
            case START_INTERVIEW -> {
                requireNotInFuture(command.date(), today);
                MapCompletionPolicy.requireNotRecordedYet(others, MapPartKind.START_INTERVIEW, null);
            }
            case THEME -> {
                if (!policy.config().themes().contains(command.theme())) {
                    throw InvalidInputException.of("theme", "unknown", "not one of the themes "
                            + policy.config().themes());
                }
                requireNotInFuture(command.date(), today);
                MapCompletionPolicy.requireNotRecordedYet(others, MapPartKind.THEME, command.theme());
            }
            case WORK_EXPERIENCE -> {
                requireNotInFuture(command.date(), today);
                policy.requireHoursOnDay(others, command.date(), command.hours(), self == null ? new UUID(0, 0) : self);
            }
            case FINAL_INTERVIEW -> {
                finalInterviewRules.requireValid(new ModuleResultRules.Facts(command.date(), command.culpableDelay(),
                        today, known.plan() != null, known.term(), known.zrouteCompletedOn()));
                policy.requireFinalInterviewAllowed(others, command.date(), command.outcome());
            }
            default -> throw new IllegalStateException("unknown kind " + command.kind());
        }
    }

    /** §9 / E14: no steps in a completed or closed case; §5: none for the Onderwijsroute. */
    private void requireOpenAndApplicable(KnownParticipant known) {
        known.requireOpenOn(access.today(), "the MAP takes no further steps");
        MapApplicability.require(known.plan() == null ? null : known.plan().route());
    }

    private static void requireNotInFuture(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new RuleViolationException(RuleCodes.NOT_IN_FUTURE, "a part of the MAP is recorded on the day it "
                    + "happened, which lies after today");
        }
    }

    /** E17: once the Z-route is completed, the final interview it rests on stands. */
    private static void requireNotFixedByZRoute(KnownParticipant known, MapEntry entry) {
        if (entry.kind == MapPartKind.FINAL_INTERVIEW && known.zrouteCompletedOn() != null) {
            throw new RuleViolationException(RuleCodes.FIXED_BY_ZROUTE_COMPLETION, "the Z-route was completed on "
                    + known.zrouteCompletedOn() + ", so the final interview is neither corrected nor withdrawn (the "
                    + "MAP date may not lie after the Z-route completion)");
        }
    }

    private static void requireChangeable(MapEntry entry, long expectedVersion) {
        if (entry.withdrawn()) {
            throw new RuleViolationException(RuleCodes.WITHDRAWN, "this entry was withdrawn on "
                    + entry.withdrawnAt + "; it is kept as it was. Record a new one instead");
        }
        if (entry.version != expectedVersion) {
            throw new PreconditionFailedException("The entry was changed since you read it (its version is "
                    + entry.version + ", If-Match said " + expectedVersion + "). Read it again and retry.");
        }
    }

    private Uni<MapEntry> found(UUID participantId, UUID entryId) {
        return repository.entry(participantId, entryId).map(entry -> {
            if (entry == null) {
                throw new ResourceNotFoundException("No MAP entry " + entryId + " for this participant.");
            }
            return entry;
        });
    }

    private Uni<Void> revision(MapEntry entry, String change, String reason) {
        MapEntryRevision r = new MapEntryRevision();
        r.id = UUID.randomUUID();
        r.entryId = entry.id;
        r.version = entry.version;
        r.change = change;
        r.snapshot = snapshot(entry);
        r.changedBy = caller.actor();
        r.changedAt = now();
        r.reason = Objects.requireNonNull(reason, "reason");
        return r.persist().replaceWithVoid();
    }

    private String snapshot(MapEntry e) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("kind", e.kind);
        fields.put("date", e.date == null ? null : e.date.toString());
        fields.put("theme", e.theme);
        fields.put("experienceKind", e.experienceKind);
        fields.put("organisation", e.organisation);
        fields.put("hours", e.hours);
        fields.put("description", e.description);
        fields.put("notes", e.notes);
        fields.put("outcome", e.outcome);
        fields.put("desiredWork", e.desiredWork);
        fields.put("supportAgreed", e.supportAgreed);
        fields.put("culpableDelay", e.culpableDelay);
        fields.put("recordedBy", e.recordedBy);
        fields.put("recordedAt", e.recordedAt == null ? null : e.recordedAt.toString());
        try {
            return json.writeValueAsString(fields);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("a MAP entry cannot be written as JSON", ex);
        }
    }

    private static void apply(MapEntry entry, EntryCommand c) {
        entry.kind = c.kind();
        entry.date = c.date();
        entry.theme = c.theme();
        entry.experienceKind = c.experienceKind();
        entry.organisation = c.organisation();
        entry.hours = c.hours();
        entry.description = c.description();
        entry.notes = c.notes();
        entry.outcome = c.outcome();
        entry.desiredWork = c.desiredWork();
        entry.supportAgreed = c.supportAgreed();
        entry.culpableDelay = c.culpableDelay();
    }

    /** The not withdrawn entries as the rules see them, without {@code except}. */
    static List<MapEntryFacts> facts(List<MapEntry> entries, UUID except) {
        return entries.stream().filter(e -> !e.withdrawn() && !e.id.equals(except)).map(MapEntry::toFacts).toList();
    }

    /** Publishes what changed since the last publication, and remembers it. */
    private Uni<Void> publishChanges(KnownParticipant known, UUID participantId, List<MapEntry> entries) {
        MapAssessment now = policy.assess(facts(entries, null));
        return repository.findCase(participantId).chain(c -> {
            if (known.zrouteCompletedOn() != null && c.completedOn != null
                    && !c.completedOn.equals(now.completedOn())) {
                // E17: the Z-route completion rests on this MAP date; no change to a part may undo or move it.
                throw new RuleViolationException(RuleCodes.FIXED_BY_ZROUTE_COMPLETION, "the Z-route was completed "
                        + "on " + known.zrouteCompletedOn() + " on the MAP completed on " + c.completedOn
                        + "; this change would " + (now.completedOn() == null ? "undo" : "move") + " that completion");
            }
            List<nl.inburgering.contracts.events.EventPayload> events = new ArrayList<>();
            c.startInterviewPublishedOn = part(events, participantId, MapPart.START_INTERVIEW,
                    c.startInterviewPublishedOn, now.startInterviewOn());
            c.educationPublishedOn = part(events, participantId, MapPart.LABOUR_MARKET_EDUCATION,
                    c.educationPublishedOn, now.educationCompletedOn());
            c.workExperiencePublishedOn = part(events, participantId, MapPart.WORK_EXPERIENCE,
                    c.workExperiencePublishedOn, now.workExperienceCompletedOn());
            Boolean culpable = now.culpability() == null ? null : now.culpability().culpable();
            if (now.completedOn() != null) {
                if (c.completedOn == null) {
                    events.add(new MapPartCompleted(participantId, MapPart.FINAL_INTERVIEW, now.completedOn()));
                }
                if (!now.completedOn().equals(c.completedOn) || !Objects.equals(culpable, c.culpableDelay)) {
                    events.add(new MapCompleted(participantId, now.completedOn(), culpable));
                }
            } else if (c.completedOn != null) {
                events.add(new MapCompletionWithdrawn(participantId, c.completedOn, access.today()));
            }
            c.completedOn = now.completedOn();
            c.culpableDelay = culpable;
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (var e : events) {
                chain = chain.chain(() -> outbox.append(e)).replaceWithVoid();
            }
            return chain;
        });
    }

    /** A part's map.part-completed, once when it becomes done (again, after a withdrawal undid it). */
    private static LocalDate part(List<nl.inburgering.contracts.events.EventPayload> events, UUID participantId,
            MapPart part, LocalDate published, LocalDate done) {
        if (done != null && published == null) {
            events.add(new MapPartCompleted(participantId, part, done));
        }
        return done;
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
