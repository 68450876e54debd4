package nl.inburgering.pvt.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import nl.inburgering.kit.participants.KnownParticipant;
import nl.inburgering.kit.participants.ReplicaAccess;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.security.Caller;
import nl.inburgering.kit.security.Roles;
import nl.inburgering.pvt.domain.PvtSession;
import nl.inburgering.pvt.repository.PvtRepository;

/**
 * Who may do what with the PVT (DESIGN §6, issue 10 item 6). A participant's PVT: read as the kit's
 * {@link ReplicaAccess} (officer of the municipality, the participant, DUO); changed by an officer of the current
 * municipality. A session: planned, enrolled and read by officers of the municipality that planned it; its attendance
 * recorded by those officers and by the pvt-provider that runs it, who cannot sign; DUO reads. Whoever may not gets
 * the same 404 as for something that does not exist.
 */
@ApplicationScoped
public class PvtAccess {

    static final String NO_SESSION = "No PVT session with this id that you may see.";

    @Inject
    ReplicaAccess replica;

    @Inject
    PvtRepository repository;

    @Inject
    Caller caller;

    public Uni<KnownParticipant> forRead(UUID participantId) {
        return replica.readable(participantId);
    }

    /** An officer of the participant's current municipality (the previous one during its read month gets a 403). */
    public Uni<KnownParticipant> forOfficerChange(UUID participantId) {
        if (!caller.hasRole(Roles.MUNICIPALITY_OFFICER)) {
            return Uni.createFrom().failure(new ResourceNotFoundException("No participant with this id that you "
                    + "may change."));
        }
        return replica.changeable(participantId);
    }

    /** The participant, when known here, without a check of the caller: the session decides (bulk requests). */
    public Uni<KnownParticipant> known(UUID participantId) {
        return replica.known(participantId).onFailure(ResourceNotFoundException.class).recoverWithNull();
    }

    /** A session the caller may read: its municipality's officers, the provider that runs it, DUO. */
    public Uni<PvtSession> sessionForRead(UUID sessionId) {
        return repository.session(sessionId).map(s -> {
            if (s == null || !(caller.isOfficerOf(s.municipalityCode) || runs(s) || caller.hasRole(Roles.DUO))) {
                throw new ResourceNotFoundException(NO_SESSION);
            }
            return s;
        });
    }

    /** A session, locked, whose enrolments the caller may change: an officer of its municipality. */
    public Uni<PvtSession> sessionForEnrolment(UUID sessionId) {
        return repository.lockSession(sessionId).map(s -> {
            if (s == null || !caller.isOfficerOf(s.municipalityCode)) {
                throw new ResourceNotFoundException(NO_SESSION);
            }
            return s;
        });
    }

    /** A session, locked, whose attendance the caller may record: an officer of its municipality or its provider. */
    public Uni<PvtSession> sessionForAttendance(UUID sessionId) {
        return repository.lockSession(sessionId).map(s -> {
            if (s == null || !(caller.isOfficerOf(s.municipalityCode) || runs(s))) {
                throw new ResourceNotFoundException(NO_SESSION);
            }
            return s;
        });
    }

    /** Which sessions a list shows: an officer its municipality's, a provider its own, DUO all. */
    public SessionScope sessionScope(String providerFilter) {
        if (caller.hasRole(Roles.PVT_PROVIDER)) {
            return new SessionScope(null, caller.actor());
        }
        if (caller.hasRole(Roles.MUNICIPALITY_OFFICER)) {
            return new SessionScope(caller.municipality().orElse("-"), providerFilter);
        }
        return new SessionScope(null, providerFilter);
    }

    /** The filters a caller's list is held to. */
    public record SessionScope(String municipality, String provider) {
    }

    /** The officer's municipality, where they plan sessions. */
    public String plannerMunicipality() {
        return caller.municipality().orElseThrow(() -> new ResourceNotFoundException("An officer's token names "
                + "a municipality; this one does not."));
    }

    private boolean runs(PvtSession s) {
        return caller.hasRole(Roles.PVT_PROVIDER) && s.providerId != null && s.providerId.equals(caller.actor());
    }

    /** Today in the service's zone (kit.zone). */
    public LocalDate today() {
        return replica.today();
    }
}
