package nl.inburgering.pip.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.kit.problem.ReadOnlyAccessException;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.security.Caller;
import nl.inburgering.pip.domain.Participant;
import nl.inburgering.pip.repository.ParticipantRepository;

/**
 * The object-level checks of DESIGN §6 (OWASP API1) for every participant sub-resource, in one place: who may
 * read a participant (the participant themself, officers of the current municipality and, for a month after a
 * move, of the previous one, DUO) and who may change it. A failed check is a 404, as for a participant that
 * does not exist. Call these inside the service's transaction.
 */
@ApplicationScoped
public class ParticipantAccess {

    static final String NOT_FOUND = "No participant with this id.";

    @Inject
    ParticipantRepository participants;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** The participant, if the caller may read it. */
    public Uni<Participant> forRead(UUID id) {
        return participants.findById(id).map(p -> {
            if (p == null || !mayRead(p)) {
                throw new ResourceNotFoundException(NOT_FOUND);
            }
            return p;
        });
    }

    /** Whether the caller may read this participant (own municipality, the previous one during its read period, DUO, themself). */
    public boolean mayRead(Participant p) {
        return caller.mayRead(p.id, p.municipalityCode, p.previousMunicipalityWithAccess(today()));
    }

    /**
     * The participant, locked for the rest of the transaction (so that its events are appended in commit
     * order), if the caller is an officer of its current municipality. An officer of the previous municipality
     * during its read period gets a 403 saying so (E10, issue 8 item 11); anyone else a 404.
     */
    public Uni<Participant> forOfficerChange(UUID id) {
        return locked(id).map(p -> {
            String previous = p.previousMunicipalityWithAccess(today());
            if (previous != null && caller.isOfficerOf(previous)) {
                throw ReadOnlyAccessException.previousMunicipality(p.municipalityCode, previous,
                        p.previousMunicipalityUntil);
            }
            caller.requireOfficerOf(p.municipalityCode);
            return p;
        });
    }

    /** The participant, locked, for a change DUO reports (the role is checked on the resource). */
    public Uni<Participant> forDuoChange(UUID id) {
        return locked(id);
    }

    private Uni<Participant> locked(UUID id) {
        return participants.findById(id, LockModeType.PESSIMISTIC_WRITE).map(p -> {
            if (p == null) {
                throw new ResourceNotFoundException(NOT_FOUND);
            }
            return p;
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
