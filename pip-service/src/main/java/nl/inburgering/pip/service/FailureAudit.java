package nl.inburgering.pip.service;

import nl.inburgering.kit.problem.PreconditionRequiredException;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import nl.inburgering.kit.audit.AuditLog;
import nl.inburgering.kit.problem.InvalidInputException;
import nl.inburgering.kit.problem.PreconditionFailedException;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import org.jboss.logging.Logger;

/**
 * Audit records for attempts that failed (DESIGN §6): a refused read or change of someone's data is worth an
 * audit line too. The service's own transaction rolled back with the failure, so the record is written in a
 * transaction of its own, after it. A failure to audit never hides the original failure.
 */
@ApplicationScoped
public class FailureAudit {

    private static final Logger LOG = Logger.getLogger(FailureAudit.class);

    @Inject
    AuditLog audit;

    /** {@code work}, with an audit record (DENIED or REJECTED) if it fails for a reason the caller caused. */
    public <T> Uni<T> around(String action, String objectType, Object objectId, Uni<T> work) {
        return work.onFailure().call(e -> {
            String result = resultOf(e);
            if (result == null) {
                return Uni.createFrom().voidItem();
            }
            return Panache.withTransaction(() -> audit.record(action, objectType, objectId, result))
                    .onFailure().invoke(auditFailure -> LOG.warnf("could not audit a failed %s: %s", action,
                            auditFailure.getClass().getSimpleName()))
                    .onFailure().recoverWithNull()
                    .replaceWithVoid();
        });
    }

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
