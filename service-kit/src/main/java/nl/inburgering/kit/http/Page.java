package nl.inburgering.kit.http;

import org.jboss.resteasy.reactive.RestResponse;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list (DESIGN §4, NL API pagination): the items, the page facts, and with {@link #ok} the
 * RFC 8288 {@code Link} header for navigation. For a participant's short histories (plan versions, moves,
 * target-group changes, hours) the whole history is read at once and cut here, in the order it was read.
 */
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "This page's number, from 1", example = "1") int page,
        @Schema(description = "Items per page", example = "20") int pageSize,
        @Schema(description = "Items on all pages together", example = "3") long total) {

    /** The default of a {@code pageSize} query parameter, as its annotation needs a constant text. */
    public static final String DEFAULT_PAGE_SIZE = "20";
    public static final int MAX_PAGE_SIZE = 100;
    /** The highest page number asked for; beyond it the offset would not fit (a 400, never a 500). */
    public static final int MAX_PAGE = 100_000;

    /** Page {@code page} (from 1) of {@code all}, each item mapped to its view. */
    public static <E, T> Page<T> of(List<E> all, int page, int pageSize, Function<? super E, T> view) {
        int from = (int) Math.min((long) (page - 1) * pageSize, all.size());
        int to = Math.min(from + pageSize, all.size());
        return new Page<>(all.subList(from, to).stream().<T>map(view).toList(), page, pageSize, all.size());
    }

    /**
     * 200 with this page and its {@code Link} header. Typed, so that the OpenAPI document names the page's item
     * schema from the resource method's return type ({@code Uni<RestResponse<Page<MoveView>>>}).
     */
    public RestResponse<Page<T>> ok(UriInfo uri) {
        return RestResponse.ResponseBuilder.ok(this)
                .header("Link", PageLinks.header(uri, page, pageSize, total)).build();
    }
}
