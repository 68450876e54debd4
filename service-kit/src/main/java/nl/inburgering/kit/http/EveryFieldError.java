package nl.inburgering.kit.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import nl.inburgering.kit.problem.FieldErrors;
import nl.inburgering.kit.problem.InvalidFieldsException;
import nl.inburgering.kit.problem.Problem.FieldError;

/**
 * Every wrong field of a body in one 400 (DESIGN §4; issue 14 item 5), where Jackson alone stops at the first. Each
 * property's value is read by a wrapper that, when the value cannot be read, notes the field's error, skips the rest
 * of the value and goes on with null; an unknown field is noted and skipped the same way. The outermost object then
 * throws {@link InvalidFieldsException} with all of them. A body that is not JSON at all still fails at once.
 */
final class EveryFieldError {

    private static final Object KEY = EveryFieldError.class;

    private EveryFieldError() {
    }

    @SuppressWarnings("unchecked")
    private static List<FieldError> collected(DeserializationContext ctxt) {
        return (List<FieldError>) ctxt.getAttribute(KEY);
    }

    /** The JSON path of the parser's position: {@code plan.components[1]}; empty at the root. */
    static String path(JsonStreamContext context) {
        LinkedList<String> parts = new LinkedList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst("." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        String path = String.join("", parts);
        return path.startsWith(".") ? path.substring(1) : path;
    }

    /**
     * Wraps every deserializer the mapper makes (beans, enums, collections, maps, arrays, scalars): as the outermost
     * bean of a body it collects, inside one it notes its own failure and goes on.
     */
    static BeanDeserializerModifier modifier() {
        return new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                    JsonDeserializer<?> deserializer) {
                return new Collecting(deserializer);
            }

            @Override
            public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config,
                    com.fasterxml.jackson.databind.JavaType type, BeanDescription bean, JsonDeserializer<?> deserializer) {
                return new Collecting(deserializer);
            }

            @Override
            public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config,
                    com.fasterxml.jackson.databind.type.CollectionType type, BeanDescription bean,
                    JsonDeserializer<?> deserializer) {
                return new Collecting(deserializer);
            }

            @Override
            public JsonDeserializer<?> modifyMapDeserializer(DeserializationConfig config,
                    com.fasterxml.jackson.databind.type.MapType type, BeanDescription bean,
                    JsonDeserializer<?> deserializer) {
                return new Collecting(deserializer);
            }

            @Override
            public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config,
                    com.fasterxml.jackson.databind.type.ArrayType type, BeanDescription bean,
                    JsonDeserializer<?> deserializer) {
                return new Collecting(deserializer);
            }
        };
    }

    /** Notes an unknown field and skips its value, instead of stopping there. */
    static DeserializationProblemHandler unknownFields() {
        return new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> d,
                    Object bean, String name) throws IOException {
                List<FieldError> errors = collected(ctxt);
                if (errors == null) {
                    return false;
                }
                String at = path(p.getParsingContext());
                String field = at.endsWith(name) ? at : (at.isEmpty() ? name : at + "." + name);
                errors.add(FieldErrors.unknown(field));
                p.skipChildren();
                return true;
            }
        };
    }

    /**
     * One deserializer, collecting: the outermost bean of a body starts the collection and throws what it collected;
     * any value inside it that cannot be read is noted under its path, skipped, and read as null.
     */
    static final class Collecting extends DelegatingDeserializer {
        Collecting(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Collecting(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            List<FieldError> errors = collected(ctxt);
            if (errors == null) {
                return _delegatee instanceof com.fasterxml.jackson.databind.deser.BeanDeserializerBase
                        ? outermost(p, ctxt) : super.deserialize(p, ctxt);
            }
            JsonToken start = p.currentToken();
            JsonStreamContext entry = p.getParsingContext();
            JsonStreamContext parent = start == JsonToken.START_OBJECT || start == JsonToken.START_ARRAY
                    ? entry.getParent() : entry;
            String at = path(parent);
            try {
                return super.deserialize(p, ctxt);
            } catch (InvalidFieldsException nested) {
                throw nested;
            } catch (JsonMappingException e) {
                FieldError error = FieldErrors.of(e, at);
                // one error per place: a list's element noted already makes no second error for the list
                if (errors.stream().noneMatch(known -> known.field().startsWith(error.field()))) {
                    errors.add(error);
                }
                if (start == JsonToken.START_OBJECT || start == JsonToken.START_ARRAY) {
                    // skip what is left of this value, so that what follows is read where it starts
                    while (p.getParsingContext() != parent || p.currentToken() == null
                            || !p.currentToken().isStructEnd()) {
                        if (p.nextToken() == null) {
                            break;
                        }
                    }
                }
                return null;
            }
        }

        private Object outermost(JsonParser p, DeserializationContext ctxt) throws IOException {
            List<FieldError> errors = new ArrayList<>();
            ctxt.setAttribute(KEY, errors);
            Object value;
            try {
                value = super.deserialize(p, ctxt);
            } catch (JsonProcessingException | RuntimeException e) {
                if (errors.isEmpty() || e instanceof com.fasterxml.jackson.core.JsonParseException) {
                    throw e;
                }
                // a constructor refusing the nulls the errors left: the errors are the cause
                throw new InvalidFieldsException(p, errors);
            } finally {
                ctxt.setAttribute(KEY, null);
            }
            if (!errors.isEmpty()) {
                throw new InvalidFieldsException(p, errors);
            }
            return value;
        }
    }
}
