package nl.inburgering.pip.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A list answer: items, and for paged lists the page facts (the Link header has the navigation). */
@Schema(name = "ParticipantList")
public record ListResponse<T>(List<T> items, Integer page, Integer pageSize, Long total) {

    public static <T> ListResponse<T> of(List<T> items) {
        return new ListResponse<>(items, null, null, null);
    }
}
