package nl.inburgering.kit.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.function.Supplier;
import nl.inburgering.kit.problem.InvalidInputException;
import nl.inburgering.kit.problem.PreconditionFailedException;
import nl.inburgering.kit.problem.PreconditionRequiredException;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import org.jboss.logging.Logger;

/**
 * Audit records for refused reads and changes (DESIGN §6: the audit names the result, not only successes).
 * Successes are recorded by the services inside their own transaction; a refused request rolls that
 * transaction back, audit record included, so the refusal is recorded afterwards in a transaction of its
 * own. A failure to audit never hides the original failure.
 */
@ApplicationScoped
public class FailureAudit {

    private static final Logger LOG = Logger.getLogger(FailureAudit.class);

    @Inject
    AuditLog audit;

    /** {@code work}, with a DENIED (404) or REJECTED (400, 409, 412, 428) record if the caller caused it to fail. */
    public <T> Uni<T> around(String action, String objectType, Object objectId, Uni<T> work) {
        return work.onFailure().call(e -> {
            String result = resultOf(e);
            return result == null ? Uni.createFrom().voidItem() : record(action, objectType, objectId, result);
        });
    }

    /** As {@link #around}, for work that is built only when subscribed. */
    public <T> Uni<T> audited(String action, String objectType, Object objectId, Supplier<Uni<T>> work) {
        return around(action, objectType, objectId, Uni.createFrom().<T>deferred(work::get));
    }

    private Uni<Void> record(String action, String objectType, Object objectId, String result) {
        return Panache.withTransaction(() -> audit.record(action, objectType, objectId, result))
                .onFailure().invoke(e -> LOG.warnf("could not audit a refused %s: %s", action,
                        e.getClass().getSimpleName()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** DENIED for "not yours / not there", REJECTED for input and rule refusals, null for our own failures. */
    static String resultOf(Throwable e) {
        if (e instanceof ResourceNotFoundException) {
            return AuditLog.DENIED;
        }
        if (e instanceof RuleViolationException || e instanceof InvalidInputException
                || e instanceof PreconditionFailedException || e instanceof PreconditionRequiredException
                || e instanceof OptimisticLockException || e instanceof ConstraintViolationException) {
            return AuditLog.REJECTED;
        }
        return null;
    }
}
