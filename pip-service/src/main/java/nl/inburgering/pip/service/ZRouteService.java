package nl.inburgering.pip.service;

import nl.inburgering.contracts.events.ZRouteHoursRecorded;
import nl.inburgering.contracts.vocabulary.FollowedHoursKind;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.events.ZRouteCompleted;
import nl.inburgering.contracts.vocabulary.Route;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import java.time.LocalDate;
import nl.inburgering.pip.domain.rules.ZRouteHoursAssessment;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.problem.RuleViolationException;
import nl.inburgering.pip.domain.Participant;
import nl.inburgering.pip.domain.PlanVersion;
import nl.inburgering.pip.domain.ZRouteHoursEntry;
import nl.inburgering.pip.domain.rules.PlanTimeline;
import nl.inburgering.pip.domain.rules.Exemption;
import nl.inburgering.pip.domain.rules.RecordedPlan;
import nl.inburgering.pip.domain.rules.RuleCodes;
import nl.inburgering.pip.domain.rules.ZRouteCompletionFacts;
import nl.inburgering.pip.domain.rules.ZRouteCompletionPolicy;
import nl.inburgering.pip.domain.rules.ZRouteHours;
import nl.inburgering.pip.repository.DatedFactRepository;
import nl.inburgering.pip.repository.ExemptionRepository;
import nl.inburgering.pip.repository.TargetGroupChangeRepository;
import nl.inburgering.pip.repository.TermRepository;
import nl.inburgering.pip.domain.DatedFact;
import nl.inburgering.pip.repository.PlanRepository;
import nl.inburgering.pip.repository.ZRouteHoursRepository;
import nl.inburgering.pip.service.command.HoursEntryRequest;
import nl.inburgering.pip.service.command.ZRouteCompletionRequest;

/**
 * Z-route progress (issue item 4): hours as dated entries, counted by {@link ZRouteHours} against the configured
 * thresholds, and the Z-route completion (final interview) judged by {@link ZRouteCompletionPolicy}, which
 * publishes {@code zroute.completed} and re-evaluates completion.
 */
@ApplicationScoped
public class ZRouteService {

    public static final AuditAction HOURS_ADD = AuditAction.of("zroute.hours.add", "zroute");
    public static final AuditAction HOURS_READ = AuditAction.of("zroute.hours.read", "zroute");
    public static final AuditAction READ = AuditAction.of("zroute.read", "zroute");
    public static final AuditAction COMPLETE = AuditAction.of("zroute.complete", "zroute");

    /** Z-route progress: the current route, the hours judged against the hours required, the completion date. */
    public record Progress(UUID participantId, Route currentRoute, TargetGroup targetGroup,
            ZRouteHoursAssessment hours, LocalDate completedOn) {
    }

    /** The result of a completion request: whether it recorded the date now, and the progress after it. */
    public record Completed(boolean created, Progress progress) {
    }

    @Inject
    ParticipantAccess access;

    @Inject
    ZRouteHoursRepository hours;

    @Inject
    PlanRepository plans;

    @Inject
    DatedFactRepository datedFacts;

    @Inject
    TermRepository terms;

    @Inject
    ZRouteHours zRouteHours;

    @Inject
    ZRouteCompletionPolicy completionPolicy;

    @Inject
    Outbox outbox;

    @Inject
    Audited audited;

    @Inject
    CompletionService completion;

    @Inject
    TargetGroupChangeRepository targetGroups;

    @Inject
    ExemptionRepository exemptions;

    @Inject
    Clock clock;

    /**
     * Registers hours. Allowed whatever the current route: hours followed before a switch count after it
     * (rules §3.3, §3.4), and brede-intake lessons are registered before any PIP.
     */
    public Uni<ZRouteHoursEntry> addHours(UUID participantId, HoursEntryRequest request) {
        return audited.transaction(HOURS_ADD, participantId, () -> access.forOfficerChange(participantId)
                .call(completion::requireOpen).chain(p -> {
            ZRouteHoursEntry entry = new ZRouteHoursEntry();
            entry.id = UUID.randomUUID();
            entry.participantId = p.id;
            entry.kind = request.kind();
            entry.date = request.date();
            entry.hours = request.hours();
            entry.description = request.description();
            entry.recordedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            // The new total of the kind goes out with it: DUO's GevolgdeUren takes totals (issue 13).
            return hours.persistAndFlush(entry).call(() -> hours.entriesOf(p.id).chain(all -> outbox.append(
                    new ZRouteHoursRecorded(p.id, FollowedHoursKind.valueOf(entry.kind.name()),
                            java.math.BigDecimal.valueOf(all.stream().filter(e -> e.kind == entry.kind)
                                    .mapToLong(e -> e.hours).sum()), access.today()))));
        }));
    }

    /** Every entry, newest date first. */
    public Uni<List<ZRouteHoursEntry>> entries(UUID participantId) {
        return audited.read(HOURS_READ, participantId,
                () -> access.forRead(participantId).chain(p -> hours.entriesOf(p.id)));
    }

    public Uni<ZRouteHoursEntry> entry(UUID participantId, UUID entryId) {
        return audited.read(HOURS_READ, participantId, () -> access.forRead(participantId)
                .chain(p -> hours.findById(entryId))
                .map(e -> ChildRecords.ownedBy(e, participantId, x -> x.participantId, "hours entry")));
    }

    /** Hours counted against the hours required, and the completion date once recorded. */
    public Uni<Progress> progress(UUID participantId) {
        return audited.read(READ, participantId, () -> access.forRead(participantId).chain(this::view));
    }

    /**
     * Records the final interview (datumAfrondingZroute). Recorded once: the same date again answers the same,
     * another date is refused ({@link RuleCodes#ZROUTE_COMPLETED_ONCE}).
     */
    public Uni<Completed> complete(UUID participantId, ZRouteCompletionRequest request) {
        return audited.transaction(COMPLETE, participantId, () -> access.forOfficerChange(participantId).chain(p -> {
            if (p.zrouteCompletedOn != null) {
                if (p.zrouteCompletedOn.equals(request.finalInterviewDate())) {
                    return view(p).map(v -> new Completed(false, v));
                }
                throw new RuleViolationException(RuleCodes.ZROUTE_COMPLETED_ONCE,
                        "the Z-route completion is recorded already, with another date");
            }
            return completion.requireOpen(p).chain(() -> plans.versionsOf(p.id)).chain(versions -> terms.startOf(p.id).chain(termStart -> hours
                    .entriesOf(p.id).chain(entries -> datedFacts.factsOf(p.id).chain(dated -> targetGroups
                    .historyOf(p).chain(groups -> exemptions.exemptionsOf(p.id).chain(granted -> {
                        PlanTimeline timeline = timeline(versions);
                        RecordedPlan current = timeline.current();
                        // The hours required are those of the rights that apply on the day of the final interview
                        // (E11: a change counts from its effective date; "Behoud asielrechten" keeps the asylum hours).
                        ZRouteCompletionFacts zFacts = new ZRouteCompletionFacts(
                                current == null ? null : current.route(),
                                groups.rightsOn(request.finalInterviewDate()),
                                entries.stream().map(ZRouteHoursEntry::toRule).toList(),
                                Exemption.participationHoursCapOn(granted, request.finalInterviewDate()),
                                timeline.history(termStart).termStart(),
                                dated.get(DatedFact.MAP_COMPLETED), dated.get(DatedFact.PVT_SIGNED));
                        completionPolicy.requireCompletable(zFacts, request.finalInterviewDate(), access.today());
                        p.zrouteCompletedOn = request.finalInterviewDate();
                        return outbox.append(new ZRouteCompleted(p.id, p.zrouteCompletedOn))
                                .call(() -> completion.evaluate(p.id))
                                .chain(() -> view(p))
                                .map(v -> new Completed(true, v));
                    }))))));
        }));
    }

    /**
     * Hours assessed by the rights and the participation-hours cap that apply today (or on the completion day, once
     * completed).
     */
    private Uni<Progress> view(Participant p) {
        return plans.versionsOf(p.id).chain(versions -> hours.entriesOf(p.id).chain(entries -> targetGroups
                .historyOf(p).chain(groups -> exemptions.exemptionsOf(p.id).map(granted -> {
            RecordedPlan current = timeline(versions).current();
            Route route = current == null ? null : current.route();
            LocalDate day = p.zrouteCompletedOn != null ? p.zrouteCompletedOn : access.today();
            return new Progress(p.id, route, groups.on(day),
                    zRouteHours.assess(entries.stream().map(ZRouteHoursEntry::toRule).toList(), groups.rightsOn(day),
                            Exemption.participationHoursCapOn(granted, day), null),
                    p.zrouteCompletedOn);
        }))));
    }

    private static PlanTimeline timeline(List<PlanVersion> versions) {
        return new PlanTimeline(versions.stream().map(PlanVersion::toRecord).toList());
    }
}
