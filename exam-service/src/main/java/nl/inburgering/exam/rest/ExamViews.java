package nl.inburgering.exam.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.inburgering.exam.domain.ExamRegistration;
import nl.inburgering.exam.domain.rules.AttemptCounter;
import nl.inburgering.exam.domain.rules.CancellationPolicy;
import nl.inburgering.exam.service.ParticipantExamsService;

/**
 * Builds the views of registrations from what the services return: the attempt and the last day to keep it are
 * the rules' answers ({@link AttemptCounter}, {@link CancellationPolicy}), so the views need them.
 */
@ApplicationScoped
public class ExamViews {

    @Inject
    AttemptCounter counter;

    @Inject
    CancellationPolicy cancellation;

    public ExamRegistrationView registration(ExamRegistration r) {
        return ExamRegistrationView.of(r, counter, cancellation);
    }

    public CancellationView cancellation(ExamRegistration r) {
        return CancellationView.of(r, cancellation);
    }

    public ParticipantExamsView overview(ParticipantExamsService.Overview overview) {
        return ParticipantExamsView.of(overview, this::registration);
    }
}
