package nl.inburgering.contracts.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a payload field that may be {@code null} (and is then left out of the JSON).
 * Every field without it is required: producers cannot build the record without it, and
 * {@code CloudEvents.payload} rejects data that lacks it. The JSON Schema's {@code required}
 * list is tested to equal the fields without this mark.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OptionalField {
}
