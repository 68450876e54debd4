package nl.inburgering.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import nl.inburgering.kit.problem.ResourceNotFoundException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, and the object-level checks of DESIGN §6 (OWASP API1) in one place: an officer
 * sees only their municipality's participants, a participant only their own records. A failed check
 * is a 404 so that nobody learns that someone else's record exists.
 */
@RequestScoped
public class Caller {

    public static final String MUNICIPALITY_CLAIM = "municipality";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The subject for audit records (never a BSN: subjects are officer ids or participant UUIDs). */
    public String actor() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public String primaryRole() {
        for (String r : new String[] {Roles.DUO_GATEWAY, Roles.DUO, Roles.MUNICIPALITY_OFFICER, Roles.PARTICIPANT, Roles.EXAM_PROVIDER,
                Roles.MAP_PROVIDER, Roles.PVT_PROVIDER, Roles.OPERATOR}) {
            if (identity.hasRole(r)) {
                return r;
            }
        }
        return null;
    }

    /** The officer's municipality (CBS code), if the token carries one. */
    public Optional<String> municipality() {
        Object claim = jwt.getClaim(MUNICIPALITY_CLAIM);
        return claim == null ? Optional.empty() : Optional.of(claim.toString().replace("\"", ""));
    }

    /** The participant's own id, for the participant role. */
    public Optional<UUID> participantId() {
        if (!identity.hasRole(Roles.PARTICIPANT) || jwt.getSubject() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(jwt.getSubject()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** An officer may act only for participants of their own municipality. */
    public boolean isOfficerOf(String municipalityCode) {
        return identity.hasRole(Roles.MUNICIPALITY_OFFICER)
                && municipality().map(m -> m.equals(municipalityCode)).orElse(false);
    }

    public boolean isParticipant(UUID participantId) {
        return participantId().map(id -> id.equals(participantId)).orElse(false);
    }

    /**
     * Read access to a participant's data: the participant themself, an officer of one of the given
     * municipalities (current, or a previous one still within its grace period), or DUO.
     */
    public boolean mayRead(UUID participantId, String... municipalityCodes) {
        if (identity.hasRole(Roles.DUO) || isParticipant(participantId)) {
            return true;
        }
        for (String code : municipalityCodes) {
            if (code != null && isOfficerOf(code)) {
                return true;
            }
        }
        return false;
    }

    /** Throws a 404 unless the caller is an officer of this municipality. */
    public void requireOfficerOf(String municipalityCode) {
        if (!isOfficerOf(municipalityCode)) {
            throw new ResourceNotFoundException("No participant with this id.");
        }
    }
}
