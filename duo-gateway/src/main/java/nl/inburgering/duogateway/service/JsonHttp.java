package nl.inburgering.duogateway.service;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * JSON over one Vert.x HTTP client, non-blocking. Deliberately thin: a caller gets the status and the body and
 * decides (FailureKind); an unanswered request fails the Uni. Each exchange has a total deadline (not only an idle
 * timeout: a peer that trickles bytes cannot hold a task) and a cap on the answer's size. It logs nothing, because a
 * URL to DUO holds a BSN.
 */
public final class JsonHttp {

    /** The largest answer read: DUO's and our answers are small documents; anything bigger is refused unread. */
    public static final int MAX_BODY = 1024 * 1024;

    /** An answer: status and body (empty when there was none). */
    public record Answer(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** An answer larger than the cap. */
    public static final class TooLarge extends RuntimeException {
        TooLarge(int cap) {
            super("an answer larger than " + cap + " bytes, not read", null, false, false);
        }
    }

    private final HttpClient client;
    private final Duration deadline;
    private final int maxBody;

    /** {@code deadline}: the whole exchange, from connecting to the last byte of the answer. */
    public JsonHttp(HttpClient client, Duration deadline, int maxBody) {
        this.client = client;
        this.deadline = deadline;
        this.maxBody = maxBody;
    }

    public Uni<Answer> send(HttpMethod method, String url, Map<String, String> headers, String body) {
        RequestOptions options = new RequestOptions().setMethod(method).setAbsoluteURI(url)
                .setIdleTimeout(deadline.toMillis());
        headers.forEach(options::putHeader);
        if (body != null) {
            options.putHeader("Content-Type", "application/json");
        }
        options.putHeader("Accept", "application/json");
        return client.request(options)
                .chain(request -> body == null ? request.send() : request.send(Buffer.buffer(body)))
                .chain(response -> {
                    String length = response.getHeader("Content-Length");
                    if (length != null && length.matches("[0-9]{1,18}") && Long.parseLong(length) > maxBody) {
                        response.request().reset();
                        return Uni.createFrom().failure(new TooLarge(maxBody));
                    }
                    return response.toMulti().collect().in(Buffer::buffer, (all, part) -> {
                        if (all.length() + part.length() > maxBody) {
                            response.request().reset();
                            throw new TooLarge(maxBody);
                        }
                        all.appendBuffer(part);
                    }).map(b -> new Answer(response.statusCode(), b.toString()));
                })
                .ifNoItem().after(deadline).failWith(() -> new TimeoutException("no whole answer within " + deadline));
    }

    public void close() {
        client.close().subscribe().with(done -> { }, failure -> { });
    }
}
