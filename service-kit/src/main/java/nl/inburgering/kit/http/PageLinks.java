package nl.inburgering.kit.http;

import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** RFC 8288 {@code Link} header for page-based lists (NL API pagination module: first, prev, next, last). */
public final class PageLinks {

    private PageLinks() {
    }

    public static String header(UriInfo uri, int page, int pageSize, long total) {
        int last = (int) Math.max(1, (total + pageSize - 1) / pageSize);
        List<String> links = new ArrayList<>();
        links.add(link(uri, 1, pageSize, "first"));
        if (page > 1) {
            links.add(link(uri, Math.min(page - 1, last), pageSize, "prev"));
        }
        if (page < last) {
            links.add(link(uri, page + 1, pageSize, "next"));
        }
        links.add(link(uri, last, pageSize, "last"));
        return String.join(", ", links);
    }

    private static String link(UriInfo uri, int page, int pageSize, String rel) {
        String target = uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("pageSize", pageSize)
                .build().toString();
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
