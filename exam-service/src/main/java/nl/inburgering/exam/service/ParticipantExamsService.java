package nl.inburgering.exam.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
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
import nl.inburgering.exam.rest.FreeAttemptsView;
import nl.inburgering.exam.rest.ParticipantExamsView;
import nl.inburgering.kit.audit.AuditLog;

/** A participant's exams as a whole: the overview and the free attempts left (DUO gratispogingen). */
@ApplicationScoped
public class ParticipantExamsService {

    static final String AUDIT_OBJECT = "participant";

    @Inject
    ExamRegistrationRepository registrations;

    @Inject
    ExamRegistrationService registrationService;

    @Inject
    ParticipantAccess access;

    @Inject
    FreeAttemptPolicy freeAttempts;

    @Inject
    ExamPolicyConfig config;

    @Inject
    AuditLog audit;

    /** Free attempts left per component, with the current target group (N7; DUO gratisPogingenTegoed). */
    @WithTransaction
    public Uni<FreeAttemptsView> freeAttempts(UUID participantId) {
        return access.readable(participantId)
                .chain(known -> registrations.listByParticipant(participantId)
                        .map(all -> new FreeAttemptsView(participantId, known.targetGroup(),
                                config.freeAttemptsPerComponent(), items(known.targetGroup(), all))))
                .call(v -> audit.record("exam-free-attempts.read", AUDIT_OBJECT, participantId, AuditLog.SUCCESS));
    }

    /** Every registration and result, the components passed, and the free attempts left. */
    @WithTransaction
    public Uni<ParticipantExamsView> overview(UUID participantId) {
        return access.readable(participantId)
                .chain(known -> registrations.listByParticipant(participantId)
                        .map(all -> new ParticipantExamsView(participantId, known.targetGroup(),
                                all.stream().map(registrationService::view).toList(), passed(all),
                                items(known.targetGroup(), all))))
                .call(v -> audit.record("exam-overview.read", AUDIT_OBJECT, participantId, AuditLog.SUCCESS));
    }

    private List<FreeAttemptsView.Item> items(TargetGroup targetGroup, List<ExamRegistration> all) {
        List<PriorAttempt> prior = all.stream().map(ExamRegistration::toPriorAttempt).toList();
        List<FreeAttemptsView.Item> items = new ArrayList<>();
        freeAttempts.freeAttemptsLeft(targetGroup, prior).forEach((component, left) ->
                items.add(new FreeAttemptsView.Item(component, component.duoCode(), left)));
        return items;
    }

    /** Per component the highest level passed; at equal levels the earliest exam. */
    static List<ParticipantExamsView.PassedComponent> passed(List<ExamRegistration> all) {
        Comparator<ExamRegistration> better = Comparator
                .comparing((ExamRegistration r) -> r.level == null ? LanguageLevel.A1 : r.level)
                .thenComparing(r -> r.examDate, Comparator.reverseOrder());
        Map<ExamComponent, ExamRegistration> best = new EnumMap<>(ExamComponent.class);
        for (ExamRegistration r : all) {
            if (r.outcome == ExamOutcome.PASSED) {
                best.merge(r.component, r, (a, b) -> better.compare(a, b) >= 0 ? a : b);
            }
        }
        return best.values().stream().map(r -> new ParticipantExamsView.PassedComponent(r.component,
                r.component.duoCode(), r.level, r.examDate, r.resultDate, r.id)).toList();
    }
}
