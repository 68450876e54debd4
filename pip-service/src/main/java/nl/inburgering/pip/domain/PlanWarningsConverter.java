package nl.inburgering.pip.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;
import nl.inburgering.pip.domain.rules.PlanWarning;

/** The warnings of a PIP version as one JSON text column ("[]" for none), kept as they were given. */
@Converter
public class PlanWarningsConverter implements AttributeConverter<List<PlanWarning>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<PlanWarning>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<PlanWarning> warnings) {
        try {
            return JSON.writeValueAsString(warnings == null ? List.of() : warnings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a plan warning cannot be written as JSON", e);
        }
    }

    @Override
    public List<PlanWarning> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try {
            return List.copyOf(JSON.readValue(column, TYPE));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored plan warning is not valid JSON", e);
        }
    }
}
