package nl.inburgering.kit.http;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;
import nl.inburgering.kit.problem.InvalidJsonValueException;

/**
 * Reads request bodies strictly, once for every service (issue 14 item 5): what a client did not write is never
 * read into it. A duplicate key, trailing content after the document, a number where text, a date or an enum is
 * expected (no coercion: {@code "name":123} is not "123", {@code "dateOfBirth":123} not a day in 1970,
 * {@code "targetGroup":0} not the first value), a fraction for a whole number, a null inside a list, a NUL or other
 * control character in a text, and a date that is not a plain {@code yyyy-mm-dd} between {@value #FIRST_YEAR} and
 * {@value #LAST_YEAR} (no sign, no time, no spaces) are each a 400 that names the field.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Last, after Quarkus registers its modules: of two deserializers for one type the later module's wins. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    @SuppressWarnings("deprecation") // MapperFeature on a built mapper: Quarkus hands us one, not a builder
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.DateTime, LogicalType.Enum,
                LogicalType.Boolean}) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        mapper.registerModule(new SimpleModule("kit-strict-json")
                .addDeserializer(String.class, new PlainText())
                .addDeserializer(LocalDate.class, new PlainDate())
                .setDeserializerModifier(EveryFieldError.modifier()));
        mapper.addHandler(EveryFieldError.unknownFields());
    }

    /** Text without NUL or other control characters (tab, line feed and carriage return are text). */
    static final class PlainText extends StdScalarDeserializer<String> {

        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw new InvalidJsonValueException(p, "must be text (in quotes)", String.class);
            }
            String text = p.getText();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
                    throw new InvalidJsonValueException(p, "must not contain control characters (such as \\u0000)",
                            String.class);
                }
            }
            return text;
        }
    }

    /** A calendar day as {@code yyyy-mm-dd}, nothing more, in a year people and DUO's records can have. */
    static final class PlainDate extends StdScalarDeserializer<LocalDate> {

        PlainDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String message = "must be a date as yyyy-mm-dd between " + FIRST_YEAR + " and " + LAST_YEAR;
            if (!p.hasToken(JsonToken.VALUE_STRING) || !DATE.matcher(p.getText()).matches()) {
                throw new InvalidJsonValueException(p, message, LocalDate.class);
            }
            try {
                LocalDate day = LocalDate.parse(p.getText());
                if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
                    throw new InvalidJsonValueException(p, message, LocalDate.class);
                }
                return day;
            } catch (DateTimeException e) {
                throw new InvalidJsonValueException(p, "must be a date that exists (yyyy-mm-dd)", LocalDate.class);
            }
        }
    }
}
