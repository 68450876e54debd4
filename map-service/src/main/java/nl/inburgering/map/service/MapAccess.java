package nl.inburgering.map.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import nl.inburgering.kit.participants.KnownParticipant;
import nl.inburgering.kit.participants.ReplicaAccess;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import nl.inburgering.kit.security.Caller;
import nl.inburgering.kit.security.Roles;
import nl.inburgering.map.domain.rules.MapPartKind;
import nl.inburgering.map.repository.MapRepository;

/**
 * Who may do what with a participant's MAP (DESIGN §6, issue 9 item 6): reads as the kit's {@link ReplicaAccess}
 * (officer of the municipality, the participant, DUO); changes by an officer of the current municipality; a
 * map-provider only records themes and work experience of participants an officer assigned to it. Whoever may not
 * gets the same 404 as for an unknown participant.
 */
@ApplicationScoped
public class MapAccess {

    @Inject
    ReplicaAccess replica;

    @Inject
    MapRepository repository;

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

    /** Recording an entry of {@code kind}: officers, and for themes and work experience an assigned provider. */
    public Uni<KnownParticipant> forRecording(UUID participantId, MapPartKind kind) {
        if (!caller.hasRole(Roles.MAP_PROVIDER)) {
            return forOfficerChange(participantId);
        }
        if (kind != MapPartKind.THEME && kind != MapPartKind.WORK_EXPERIENCE) {
            return Uni.createFrom().failure(new ResourceNotFoundException("No participant with this id that you "
                    + "may change."));
        }
        return replica.known(participantId).call(known -> repository.isAssigned(participantId, caller.actor(),
                        known.municipalityCode())
                .invoke(assigned -> {
                    if (!assigned) {
                        throw new ResourceNotFoundException("No participant with this id that you may change.");
                    }
                }));
    }

    /** Today in the service's zone (kit.zone). */
    public java.time.LocalDate today() {
        return replica.today();
    }

    /** The provider this caller is (its token's subject), or null for an officer. */
    public String providerOrNull() {
        return caller.hasRole(Roles.MAP_PROVIDER) ? caller.actor() : null;
    }
}
