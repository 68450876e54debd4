package nl.inburgering.exam.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import nl.inburgering.kit.audit.AuditLog;
import nl.inburgering.kit.problem.PreconditionFailedException;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import org.jboss.logging.Logger;

/**
 * Audit records for refused reads and changes (DESIGN §6: the audit names the result, not only successes). A
 * refused request rolls its own transaction back, audit record included, so the refusal is recorded afterwards
 * in a transaction of its own. Successes are recorded by the services inside their transaction.
 */
@ApplicationScoped
public class FailureAudit {

    private static final Logger LOG = Logger.getLogger(FailureAudit.class);

    @Inject
    AuditLog audit;

    /** Runs {@code call}; a 404 is recorded as DENIED, a 409 or 412 as REJECTED, and the failure passes on. */
    public <T> Uni<T> audited(String action, String objectType, Object objectId, Supplier<Uni<T>> call) {
        return Uni.createFrom().<T>deferred(call::get)
                .onFailure(FailureAudit::isRefusal)
                .call(e -> record(action, objectType, objectId,
                        e instanceof ResourceNotFoundException ? AuditLog.DENIED : AuditLog.REJECTED));
    }

    private Uni<Void> record(String action, String objectType, Object objectId, String result) {
        return Panache.withTransaction(() -> audit.record(action, objectType, objectId, result))
                .onFailure().recoverWithUni(e -> {
                    LOG.warnf("could not write the audit record of a refused %s: %s", action,
                            e.getClass().getSimpleName());
                    return Uni.createFrom().voidItem();
                });
    }

    private static boolean isRefusal(Throwable e) {
        return e instanceof ResourceNotFoundException || e instanceof RuleViolationException
                || e instanceof PreconditionFailedException;
    }
}
