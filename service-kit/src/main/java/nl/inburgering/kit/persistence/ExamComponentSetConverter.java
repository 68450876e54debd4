package nl.inburgering.kit.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Set;
import nl.inburgering.contracts.vocabulary.ExamComponent;

/** A set of exam components as one column ({@link EnumSetColumn}). */
@Converter
public class ExamComponentSetConverter implements AttributeConverter<Set<ExamComponent>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ExamComponent> components) {
        return EnumSetColumn.join(components);
    }

    @Override
    public Set<ExamComponent> convertToEntityAttribute(String column) {
        return parse(column);
    }

    public static Set<ExamComponent> parse(String column) {
        return EnumSetColumn.parse(ExamComponent.class, column);
    }
}
