package nl.inburgering.pip.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.inburgering.kit.http.PageLinks;

/**
 * Paging of a participant's short histories (PIP versions, changes, moves, hours): the whole history is small,
 * so it is read at once and cut here, in a stable order, with the RFC 8288 Link header (DESIGN §4).
 */
final class Paging {

    static final String DEFAULT_PAGE_SIZE = "20";
    static final int MAX_PAGE_SIZE = 100;

    private Paging() {
    }

    static <T> List<T> slice(List<T> all, int page, int pageSize) {
        int from = (int) Math.min((long) (page - 1) * pageSize, all.size());
        int to = Math.min(from + pageSize, all.size());
        return all.subList(from, to);
    }

    static Response ok(Object body, UriInfo uri, int page, int pageSize, long total) {
        return Response.ok(body).header("Link", PageLinks.header(uri, page, pageSize, total)).build();
    }
}
