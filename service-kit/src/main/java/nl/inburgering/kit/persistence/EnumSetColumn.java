package nl.inburgering.kit.persistence;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A set of enum values as one text column: comma separated, in declaration order, "" for none. */
public final class EnumSetColumn {

    private EnumSetColumn() {
    }

    public static <E extends Enum<E>> String join(Set<E> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(values).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> Set<E> parse(Class<E> type, String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Collections.unmodifiableSet(Arrays.stream(column.split(",")).map(String::trim)
                .map(name -> Enum.valueOf(type, name)).collect(Collectors.toCollection(() -> EnumSet.noneOf(type))));
    }
}
