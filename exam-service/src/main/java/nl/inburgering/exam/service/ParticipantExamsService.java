package nl.inburgering.exam.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.contracts.vocabulary.ExamComponent;
import nl.inburgering.contracts.vocabulary.ExamOutcome;
import nl.inburgering.contracts.vocabulary.LanguageLevel;
import nl.inburgering.contracts.vocabulary.TargetGroup;
import nl.inburgering.exam.domain.ExamRegistration;
import nl.inburgering.exam.domain.rules.ExamPolicyConfig;
import nl.inburgering.exam.domain.rules.FreeAttemptPolicy;
import nl.inburgering.exam.domain.rules.PriorAttempt;
import nl.inburgering.exam.repository.ExamRegistrationRepository;
import nl.inburgering.kit.audit.AuditAction;
import nl.inburgering.kit.audit.Audited;
import nl.inburgering.kit.participants.ReplicaAccess;

/** A participant's exams as a whole: the overview and the free attempts left (DUO gratispogingen). */
@ApplicationScoped
public class ParticipantExamsService {

    static final String AUDIT_OBJECT = "participant";

    public static final AuditAction READ_FREE_ATTEMPTS = AuditAction.of("exam-free-attempts.read", AUDIT_OBJECT);
    public static final AuditAction READ_OVERVIEW = AuditAction.of("exam-overview.read", AUDIT_OBJECT);

    /** Free attempts left per component (in the catalogue's order), with the current target group. */
    public record FreeAttempts(UUID participantId, TargetGroup targetGroup, TargetGroup rightsOf, int perComponent,
            Map<ExamComponent, Integer> left) {
    }

    /**
     * Every registration (by exam date), per component the registration passed at the highest level, and the
     * free attempts left.
     */
    public record Overview(UUID participantId, TargetGroup targetGroup, List<ExamRegistration> registrations,
            List<ExamRegistration> passed, Map<ExamComponent, Integer> freeAttemptsLeft) {
    }

    @Inject
    ExamRegistrationRepository registrations;

    @Inject
    ReplicaAccess access;

    @Inject
    FreeAttemptPolicy freeAttempts;

    @Inject
    ExamPolicyConfig config;

    @Inject
    Audited audited;

    @Inject
    Clock clock;

    /**
     * Free attempts left per component (N7; DUO gratisPogingenTegoed), with the target group in force today and
     * whose rights apply today (issue 8 items 3, 4).
     */
    public Uni<FreeAttempts> freeAttempts(UUID participantId) {
        LocalDate today = today();
        return audited.read(READ_FREE_ATTEMPTS, participantId, () -> access.readable(participantId)
                .chain(known -> registrations.readByParticipant(participantId)
                        .map(all -> new FreeAttempts(participantId, known.targetGroupOn(today),
                                known.rightsOn(today), config.freeAttemptsPerComponent(),
                                left(known.rightsOn(today), all)))));
    }

    /** Every registration and result, the components passed, and the free attempts left. */
    public Uni<Overview> overview(UUID participantId) {
        LocalDate today = today();
        return audited.read(READ_OVERVIEW, participantId, () -> access.readable(participantId)
                .chain(known -> registrations.readByParticipant(participantId)
                        .map(all -> new Overview(participantId, known.targetGroupOn(today), all, passed(all),
                                left(known.rightsOn(today), all)))));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Map<ExamComponent, Integer> left(TargetGroup rightsOf, List<ExamRegistration> all) {
        List<PriorAttempt> prior = all.stream().map(ExamRegistration::toPriorAttempt).toList();
        return freeAttempts.freeAttemptsLeft(rightsOf, prior);
    }

    /** Per component the registration passed at the highest level; at equal levels the earliest exam. */
    static List<ExamRegistration> passed(List<ExamRegistration> all) {
        Comparator<ExamRegistration> better = Comparator
                .comparing((ExamRegistration r) -> r.level == null ? LanguageLevel.A1 : r.level)
                .thenComparing(r -> r.examDate, Comparator.reverseOrder());
        Map<ExamComponent, ExamRegistration> best = new EnumMap<>(ExamComponent.class);
        for (ExamRegistration r : all) {
            if (r.outcome == ExamOutcome.PASSED) {
                best.merge(r.component, r, (a, b) -> better.compare(a, b) >= 0 ? a : b);
            }
        }
        return List.copyOf(best.values());
    }
}
