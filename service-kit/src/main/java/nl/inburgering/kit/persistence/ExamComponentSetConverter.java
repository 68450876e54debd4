package nl.inburgering.kit.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.inburgering.contracts.vocabulary.ExamComponent;

/** A set of exam components as one column, comma separated in declaration order ("" for none). */
@Converter
public class ExamComponentSetConverter implements AttributeConverter<Set<ExamComponent>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ExamComponent> components) {
        if (components == null || components.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(components).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<ExamComponent> convertToEntityAttribute(String column) {
        return parse(column);
    }

    public static Set<ExamComponent> parse(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(Arrays.stream(column.split(","))
                .map(String::trim)
                .map(ExamComponent::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ExamComponent.class))));
    }
}
