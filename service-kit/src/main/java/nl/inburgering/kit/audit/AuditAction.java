package nl.inburgering.kit.audit;

import java.util.Objects;

/**
 * One audited operation (DESIGN §6): its action name and the type of object it reads or changes. Declared once,
 * as a constant beside the service method that performs it, and used for its SUCCESS record as for its
 * DENIED and REJECTED records, so the three can never disagree.
 *
 * @param name       e.g. {@code intake.put}
 * @param objectType e.g. {@code intake}
 */
public record AuditAction(String name, String objectType) {

    public AuditAction {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(objectType, "objectType");
    }

    public static AuditAction of(String name, String objectType) {
        return new AuditAction(name, objectType);
    }
}
