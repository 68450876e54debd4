package nl.inburgering.pip.service;

import java.util.UUID;
import java.util.function.Function;
import nl.inburgering.kit.problem.ResourceNotFoundException;

/** A participant's child record (a move, a change, an hours entry) read by id: it must belong to that participant. */
final class ChildRecords {

    private ChildRecords() {
    }

    /** The record, or a 404 when it does not exist or belongs to someone else (DESIGN §6: no hint either way). */
    static <T> T ownedBy(T child, UUID participantId, Function<T, UUID> owner, String what) {
        if (child == null || !participantId.equals(owner.apply(child))) {
            throw new ResourceNotFoundException("No " + what + " with this id.");
        }
        return child;
    }
}
