package nl.inburgering.kit.http;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A short, complete list that is not paged (a fixed, small set such as exam components, or a search's hits). */
public record Items<T>(@Schema(description = "All items") List<T> items) {

    public static <T> Items<T> of(List<T> items) {
        return new Items<>(items);
    }
}
