package nl.inburgering.kit.participants;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.kit.problem.ReadOnlyAccessException;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.problem.RuleViolationException;
import nl.inburgering.kit.security.Caller;

/**
 * The object-level checks of DESIGN §6 (OWASP API1) for a service that knows participants from its replica (exam, map, pvt, deadline): an officer
 * sees the participants of their municipality (and, during the read period after a move, the previous municipality sees
 * them too: §11 E10), a participant only themself, DUO everyone. Whoever may not see a participant gets the
 * same 404 as for a participant that does not exist. Runs inside the caller's session.
 */
@ApplicationScoped
public class ReplicaAccess {

    /** A participant's own change before their registration reached this service: a 409, not a 404. */
    public static final String PARTICIPANT_NOT_YET_KNOWN = "PARTICIPANT-NOT-YET-KNOWN";

    /** One text for "unknown" and "not yours", so a 404 never tells them apart. */
    static final String NOT_FOUND = "No participant with this id that you may see. (A participant registered in "
            + "pip-service moments ago may not have reached this service yet.)";

    @Inject
    ParticipantDirectory directory;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The participant, if the caller may read their data here; 404 otherwise. */
    public Uni<KnownParticipant> readable(UUID participantId) {
        return directory.find(participantId).map(known -> {
            if (!isKnown(known) || !caller.mayRead(participantId, known.municipalitiesWithAccess(today()))) {
                throw new ResourceNotFoundException(NOT_FOUND);
            }
            return known;
        });
    }

    /**
     * The participant, if the caller may change their data here (register them for an exam, record hours): the
     * participant themself, or an officer of their current municipality. A participant whose own registration has not reached
     * this service yet gets a 409 that says so; anyone else a 404.
     */
    public Uni<KnownParticipant> changeable(UUID participantId) {
        return directory.find(participantId).map(known -> {
            if (!isKnown(known)) {
                if (caller.isParticipant(participantId)) {
                    throw new RuleViolationException(PARTICIPANT_NOT_YET_KNOWN,
                            "This service has not yet received your registration as a participant from pip-service. "
                                    + "Try again in a moment.");
                }
                throw new ResourceNotFoundException(NOT_FOUND);
            }
            if (caller.isParticipant(participantId) || caller.isOfficerOf(known.municipalityCode())) {
                return known;
            }
            String[] withAccess = known.municipalitiesWithAccess(today());
            if (withAccess.length > 1 && caller.isOfficerOf(known.previousMunicipalityCode())) {
                // E10: the previous municipality reads during its read period, and may be told it cannot change.
                throw ReadOnlyAccessException.previousMunicipality(known.municipalityCode(),
                        known.previousMunicipalityCode(), known.previousMunicipalityUntil());
            }
            throw new ResourceNotFoundException(NOT_FOUND);
        });
    }

    /**
     * The participant, without a check of the caller: for a role whose right to a participant the service decides
     * itself (e.g. map-service's contracted provider, assigned per participant). 404 when not known here.
     */
    public Uni<KnownParticipant> known(UUID participantId) {
        return directory.find(participantId).map(known -> {
            if (!isKnown(known)) {
                throw new ResourceNotFoundException(NOT_FOUND);
            }
            return known;
        });
    }

    /** Today in the service's zone (kit.zone), as every rule of a replica service judges it. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static boolean isKnown(KnownParticipant known) {
        return known != null && known.registered() && known.targetGroup() != null
                && known.municipalityCode() != null;
    }
}
