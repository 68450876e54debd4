package nl.inburgering.kit.testing;

import java.util.List;
import java.util.Map;

/** The audit records of one object (DESIGN §6), read from the service's audit_record table. */
public final class AuditTrail {

    private AuditTrail() {
    }

    /** "action RESULT" of every record about {@code objectId}, oldest first. */
    public static List<String> of(Object objectId) {
        return Db.texts("select action || ' ' || result from audit_record where object_id = :id order by at, id",
                Map.of("id", objectId.toString()));
    }

    /** The reasons of the records of {@code action} about {@code objectId}, oldest first (null where none). */
    public static List<String> reasons(String action, Object objectId) {
        return Db.texts("select coalesce(reason, '') from audit_record where action = :action and object_id = :id "
                + "order by at, id", Map.of("action", action, "id", objectId.toString()));
    }

    /** How many records of {@code action} with {@code result} name {@code objectId}. */
    public static long count(String action, Object objectId, String result) {
        return Db.number("select count(*) from audit_record where action = :action and object_id = :id "
                + "and result = :result", Map.of("action", action, "id", objectId.toString(), "result", result));
    }
}
