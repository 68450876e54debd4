package nl.inburgering.kit.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import java.util.Collection;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.inburgering.kit.persistence.RunToTheEnd;
import nl.inburgering.kit.problem.InvalidInputException;
import nl.inburgering.kit.problem.PreconditionFailedException;
import nl.inburgering.kit.problem.PreconditionRequiredException;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import org.jboss.logging.Logger;

/**
 * A service operation's transaction and its audit record, declared once (DESIGN §6): the work runs in a
 * transaction (joining one already open, e.g. the idempotent-POST transaction); on success a SUCCESS record
 * is written inside that transaction, so the change and its record commit together; when the caller caused
 * the failure (404, 400, 409, 412, 428) a DENIED or REJECTED record is written afterwards on a connection of
 * its own, so it survives the rollback even of an outer transaction. Our own failures (5xx) are not the
 * caller's doing and are logged, not audited as a refusal.
 */
@ApplicationScoped
public class Audited {

    private static final Logger LOG = Logger.getLogger(Audited.class);

    @Inject
    AuditLog audit;

    /** {@code work} in a transaction, audited against {@code objectId}. */
    public <T> Uni<T> transaction(AuditAction action, Object objectId, Supplier<Uni<T>> work) {
        return transaction(action, objectId, result -> objectId, work);
    }

    /**
     * As {@link #transaction(AuditAction, Object, Supplier)}, with why the operation ran ({@code reason}, kept in the
     * SUCCESS record): e.g. the purpose a BSN is disclosed for (issue 13).
     */
    public <T> Uni<T> transaction(AuditAction action, Object objectId, String reason, Supplier<Uni<T>> work) {
        return Panache.withTransaction(() -> work.get()
                        .call(result -> audit.record(action.name(), action.objectType(), objectId, AuditLog.SUCCESS,
                                reason)))
                .onFailure().call(e -> refusal(action, objectId, e));
    }

    /**
     * As {@link #transaction(AuditAction, Object, Supplier)}, for an operation whose object exists only once it
     * succeeded (a create): a refusal is recorded against {@code subjectId} (e.g. the participant), a success
     * against {@code createdId} of the result.
     */
    public <T> Uni<T> transaction(AuditAction action, Object subjectId, Function<? super T, Object> createdId,
            Supplier<Uni<T>> work) {
        // to its end even when the client hangs up: a cancelled transaction would roll back the audit record of work done
        return RunToTheEnd.of(() -> Panache.withTransaction(() -> work.get()
                        .call(result -> audit.record(action.name(), action.objectType(), createdId.apply(result),
                                AuditLog.SUCCESS)))
                .onFailure().call(e -> refusal(action, subjectId, e)));
    }

    /**
     * A read of personal data and its audit record: the reading runs in a session without a transaction (a read
     * changes nothing; PostgreSQL's READ COMMITTED gives each statement its snapshot either way), and the SUCCESS
     * record is written by group commit with those of other reads ({@link AuditGroupCommit}), durable before the
     * answer goes out: the same promise as a change's record, without a transaction per read (issue 15). Refusals as
     * for {@link #transaction}.
     */
    public <T> Uni<T> read(AuditAction action, Object objectId, Supplier<Uni<T>> work) {
        return read(action, objectId, result -> objectId, work);
    }

    /** As {@link #read(AuditAction, Object, Supplier)}, with the record's object taken from the result. */
    public <T> Uni<T> read(AuditAction action, Object subjectId, Function<? super T, Object> objectId,
            Supplier<Uni<T>> work) {
        // to its end when the client hangs up, as a transaction: the read was done, so its record is written
        return RunToTheEnd.of(() -> Panache.withSession(work::get)
                .call(result -> audit.recordGrouped(action.name(), action.objectType(), objectId.apply(result),
                        AuditLog.SUCCESS))
                .onFailure().call(e -> refusal(action, subjectId, e)));
    }

    /**
     * For an operation that runs its own transactions (e.g. a dead-letter replay): records the caller's refusal
     * ({@code e} a 404, 400, 409, 412 or 428) on a connection of its own; our own failures are not audited.
     */
    public Uni<Void> refusal(AuditAction action, Object objectId, Throwable e) {
        String result = resultOf(e);
        return result == null ? Uni.createFrom().voidItem() : refused(action, objectId, result);
    }

    /**
     * Records, inside the current transaction, that the operation succeeded with warnings: rules the caller may set
     * aside with reason (e.g. pip's N15), one record per rule with result {@code WARNING <rule>}, so an auditor
     * finds every PIP issued against one. One after another: a reactive session runs one statement at a time.
     */
    public Uni<Void> warnings(AuditAction action, Object objectId, Collection<String> rules) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String rule : rules) {
            chain = chain.chain(() -> audit.record(action.name(), action.objectType(), objectId,
                    AuditLog.WARNING_PREFIX + rule));
        }
        return chain;
    }

    private Uni<Void> refused(AuditAction action, Object objectId, String result) {
        return audit.recordOnOwnConnection(action.name(), action.objectType(), objectId, result)
                .onFailure().invoke(e -> LOG.warnf("could not audit a refused %s: %s", action.name(),
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
