package nl.inburgering.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.inburgering.kit.problem.InvalidInputException;
import nl.inburgering.kit.problem.PreconditionFailedException;
import nl.inburgering.kit.problem.PreconditionRequiredException;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import org.junit.jupiter.api.Test;

/** DESIGN §6: refusals are audited with their result; our own failures (5xx) are not the caller's doing. */
class AuditedTest {

    @Test
    void aRefusedLookupIsDenied() {
        assertThat(Audited.resultOf(new ResourceNotFoundException("x"))).isEqualTo(AuditLog.DENIED);
    }

    @Test
    void inputAndRuleRefusalsAreRejected() {
        for (RuntimeException e : List.of(new RuleViolationException("N7", "x"),
                InvalidInputException.of("bsn", "bsn.elfproef", "x"), new PreconditionFailedException("x"),
                new PreconditionRequiredException("x"))) {
            assertThat(Audited.resultOf(e)).as(e.getClass().getSimpleName()).isEqualTo(AuditLog.REJECTED);
        }
    }

    @Test
    void unexpectedFailuresAreNotAuditedAsRefusals() {
        assertThat(Audited.resultOf(new IllegalStateException("x"))).isNull();
    }
}
