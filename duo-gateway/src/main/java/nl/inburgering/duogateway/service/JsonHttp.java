package nl.inburgering.duogateway.service;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/**
 * JSON over one Vert.x HTTP client, non-blocking. Deliberately thin: a caller gets the status and the body and
 * decides (FailureKind); an unanswered request fails the Uni. It logs nothing, because a URL to DUO holds a BSN.
 */
public final class JsonHttp {

    /** An answer: status and body (empty when there was none). */
    public record Answer(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final HttpClient client;
    private final Duration timeout;

    public JsonHttp(HttpClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    public Uni<Answer> send(HttpMethod method, String url, Map<String, String> headers, String body) {
        RequestOptions options = new RequestOptions().setMethod(method).setAbsoluteURI(url)
                .setTimeout(timeout.toMillis());
        headers.forEach(options::putHeader);
        if (body != null) {
            options.putHeader("Content-Type", "application/json");
        }
        options.putHeader("Accept", "application/json");
        return client.request(options)
                .chain(request -> body == null ? request.send() : request.send(Buffer.buffer(body)))
                .chain(response -> response.body().map(b -> new Answer(response.statusCode(), b.toString())));
    }

    public void close() {
        client.close().subscribe().with(done -> { }, failure -> { });
    }
}
