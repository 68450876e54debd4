package nl.inburgering.deadline.service;

import static nl.inburgering.kit.persistence.SqlValues.date;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import nl.inburgering.contracts.events.EventPayload;
import nl.inburgering.contracts.events.PlanDeadlineMissed;
import nl.inburgering.contracts.events.TermClosed;
import nl.inburgering.contracts.events.TermEndingSoon;
import nl.inburgering.contracts.events.TermExceeded;
import nl.inburgering.deadline.domain.Term;
import nl.inburgering.deadline.domain.rules.PlanDeadline;
import nl.inburgering.deadline.domain.rules.ReminderSchedule;
import nl.inburgering.deadline.domain.rules.ReminderSchedule.Closure;
import nl.inburgering.deadline.domain.rules.ReminderSchedule.Kind;
import nl.inburgering.deadline.domain.rules.ReminderSchedule.Signal;
import nl.inburgering.deadline.repository.OutstandingRepository;
import nl.inburgering.kit.outbox.Outbox;
import nl.inburgering.kit.participants.KnownParticipant;
import nl.inburgering.kit.participants.ParticipantDirectory;
import org.jboss.logging.Logger;

/**
 * The daily run of {@link ReminderSchedule} (issue 11 item 5), also on demand (operator endpoint). It reads "today"
 * from the kit clock, so a test or a local run moves time. Safe with any number of instances and runs: each signal's
 * row in {@code term_signal} is its claim, inserted in the transaction that appends the event, so a signal goes out
 * once per (participant, kind, key); the run that loses the insert sends nothing.
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);
    static final int BATCH = 200;

    /** What one run did. */
    public record Run(LocalDate day, int termsLooked, int signalsSent) {
    }

    @Inject
    ParticipantDirectory directory;

    @Inject
    Outbox outbox;

    @Inject
    PlanDeadline planDeadline;

    @Inject
    OutstandingRepository outstanding;

    @Inject
    Clock clock;

    @Scheduled(cron = "{deadline.scheduler.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "term-signals", timeZone = "Europe/Amsterdam")
    Uni<Void> daily() {
        return run().invoke(r -> LOG.infof("term signals of %s: %d terms looked at, %d signals sent", r.day(),
                r.termsLooked(), r.signalsSent())).replaceWithVoid();
    }

    /** One run for today: the PIP deadlines, then the terms, in batches of {@value #BATCH}, one transaction each. */
    public Uni<Run> run() {
        LocalDate today = LocalDate.now(clock);
        return planDeadlines(today, new UUID(0L, 0L), new Run(today, 0, 0))
                .chain(run -> batch(today, new UUID(0L, 0L), run));
    }

    /**
     * N5: participants whose PIP deadline passed without an initial PIP dated by it get plan-deadline.missed, once
     * (key: the last day). Closed cases are left out; a PIP established late does not undo the signal.
     */
    private Uni<Run> planDeadlines(LocalDate today, UUID after, Run sofar) {
        return Panache.withTransaction(() -> Panache.getSession().chain(s -> s.createNativeQuery(
                                "select r.participant_id, r.notification_date, r.municipality_registration_date, "
                                        + "r.initial_plan_date_of_issue from participant_replica r where r.registered "
                                        + "and r.notification_date is not null and r.participant_id > :after "
                                        + "and r.notification_date < :earliest and " + ParticipantDirectory.OPEN_ON_TODAY
                                        + " and not exists (select 1 from term t where t.participant_id = "
                                        + "r.participant_id and t.initial_plan_id is null and t.voided_on is null) "
                                        + "and not exists "
                                        + "(select 1 from term_signal s where s.participant_id = r.participant_id and "
                                        + "s.kind = 'PLAN_DEADLINE') order by r.participant_id limit " + BATCH,
                                Object[].class)
                        .setParameter("after", after)
                        .setParameter("earliest", today.minusWeeks(1))
                        .setParameter("today", today)
                        .getResultList())
                .chain(rows -> {
                    Uni<Integer> sent = Uni.createFrom().item(0);
                    for (Object[] row : rows) {
                        UUID id = (UUID) row[0];
                        LocalDate lastDay = planDeadline.lastDay(date(row[1]), date(row[2]));
                        if (planDeadline.missedOn(lastDay, date(row[3]), today)) {
                            sent = sent.chain(n -> claim(id, "PLAN_DEADLINE", lastDay)
                                    .chain(ok -> ok ? outbox.append(new PlanDeadlineMissed(id, date(row[1]), lastDay))
                                            .replaceWith(n + 1) : Uni.createFrom().item(n)));
                        }
                    }
                    UUID last = rows.isEmpty() ? null : (UUID) rows.get(rows.size() - 1)[0];
                    return sent.map(n -> new Object[] {rows.size(), n, last});
                }))
                .chain(r -> {
                    Run run = new Run(today, sofar.termsLooked(), sofar.signalsSent() + (Integer) r[1]);
                    return (Integer) r[0] < BATCH ? Uni.createFrom().item(run) : planDeadlines(today, (UUID) r[2], run);
                });
    }


    private Uni<Run> batch(LocalDate today, UUID after, Run sofar) {
        return Panache.withTransaction(() -> candidates(today, after).chain(terms -> {
            Uni<Integer> sent = Uni.createFrom().item(0);
            for (Term t : terms) {
                sent = sent.chain(n -> signalsOf(t, today).map(m -> n + m));
            }
            return sent.map(n -> new Batch(terms, n));
        })).chain(b -> {
            Run run = new Run(today, sofar.termsLooked() + b.terms().size(), sofar.signalsSent() + b.sent());
            return b.terms().size() < BATCH ? Uni.createFrom().item(run)
                    : batch(today, b.terms().get(b.terms().size() - 1).participantId, run);
        });
    }

    private record Batch(List<Term> terms, int sent) {
    }

    /**
     * Terms that may be due: ending within 2 months or closed, and not closed-signalled yet. The filter only narrows
     * the scan; {@link ReminderSchedule} decides.
     */
    private Uni<List<Term>> candidates(LocalDate today, UUID after) {
        return Panache.getSession().chain(s -> s.createNativeQuery("select t.* from term t left join "
                                + "participant_replica r on r.participant_id = t.participant_id where t.voided_on is null "
                                + "and t.participant_id > :after and (t.end_date_exclusive <= :soon or r.completed_on is "
                                + "not null or r.fully_exempt_from is not null or r.obligation_ended_reason is not null) "
                                + "and not exists (select 1 from term_signal s where s.participant_id = t.participant_id "
                                + "and s.kind = 'CLOSED') order by t.participant_id limit " + BATCH, Term.class)
                .setParameter("after", after)
                .setParameter("soon", today.plus(ReminderSchedule.ENDING_SOON_BEFORE))
                .getResultList());
    }

    private Uni<Integer> signalsOf(Term term, LocalDate today) {
        return directory.find(term.participantId).chain(known -> {
            List<Signal> due = ReminderSchedule.due(term.startDate, term.endDateExclusive, closure(known, today), today);
            Uni<Integer> sent = Uni.createFrom().item(0);
            for (Signal signal : due) {
                sent = sent.chain(n -> send(term.participantId, signal).map(ok -> ok ? n + 1 : n));
            }
            return sent;
        });
    }

    /** Claims the signal; only the claimant appends its event. */
    private Uni<Boolean> send(UUID participantId, Signal signal) {
        if (signal.kind() == Kind.EXCEEDED) {
            return exceeded(participantId, signal);
        }
        return claim(participantId, signal.kind().name(), signal.key())
                .chain(claimed -> !claimed ? Uni.createFrom().item(false)
                        : outbox.append(event(participantId, signal)).replaceWith(true));
    }

    /**
     * term.exceeded names the requirements still open, as pip-service's completion check last published them. Until
     * one is known here nothing is claimed, so a later run sends it (never an exceeded without what is missing).
     */
    private Uni<Boolean> exceeded(UUID participantId, Signal signal) {
        return outstanding.of(participantId).chain(open -> {
            if (open.isEmpty()) {
                LOG.warnf("term of %s exceeded on %s, but no outstanding requirements are known yet; tried again on "
                        + "the next run", participantId, signal.on());
                return Uni.createFrom().item(false);
            }
            return claim(participantId, signal.kind().name(), signal.key()).chain(claimed -> !claimed
                    ? Uni.createFrom().item(false)
                    : outbox.append(new TermExceeded(participantId, signal.on(), open)).replaceWith(true));
        });
    }

    /** The signal's row: inserted by exactly one run, whatever the number of runs at once. */
    private Uni<Boolean> claim(UUID participantId, String kind, LocalDate key) {
        return Panache.getSession().chain(s -> s.createNativeQuery("insert into term_signal (participant_id, kind, "
                                + "signal_key, sent_at) values (:p, :kind, :key, :at) on conflict do nothing")
                        .setParameter("p", participantId).setParameter("kind", kind)
                        .setParameter("key", key)
                        .setParameter("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                        .executeUpdate())
                .map(n -> n > 0);
    }

    private static EventPayload event(UUID participantId, Signal signal) {
        return signal.kind() == Kind.ENDING_SOON ? new TermEndingSoon(participantId, signal.on())
                : new TermClosed(participantId, signal.outcome(), signal.on());
    }

    private static Closure closure(KnownParticipant known, LocalDate today) {
        if (known == null) {
            return null;
        }
        LocalDate ended = known.obligationEnded()
                ? (known.obligationEndedOn() == null ? today : known.obligationEndedOn()) : null;
        return new Closure(known.completedOn(), known.fullyExemptFrom(), ended);
    }
}
