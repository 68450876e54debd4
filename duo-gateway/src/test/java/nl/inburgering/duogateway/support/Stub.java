package nl.inburgering.duogateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The DUO stub's operator endpoints (duo-stub README), for the gateway's tests. */
public final class Stub {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private Stub() {
    }

    public static String url() {
        return System.getProperty(GatewayTestResource.STUB_URL);
    }

    public static JsonNode call(String method, String path, String body) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(url() + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void reset() {
        call("POST", "/_stub/reset", null);
    }

    /** What DUO knows: the answer to a GET of {@code path}. */
    public static void duoKnows(String path, String json) {
        call("PUT", "/_stub/responses", "{\"method\":\"GET\",\"path\":\"" + path + "\",\"status\":200,\"body\":" + json + "}");
    }

    public static void brpKnows(String bsn, String name, String born, String registered, String municipality) {
        call("PUT", "/_stub/brp", "{\"bsn\":\"" + bsn + "\",\"naam\":\"" + name + "\",\"geboortedatum\":\"" + born
                + "\",\"datumInschrijvingInGemeente\":\"" + registered + "\",\"gemeentecode\":\"" + municipality + "\"}");
    }

    public static void failNext(String method, String pathPattern, int status, int times) {
        call("POST", "/_stub/failures", "{\"method\":\"" + method + "\",\"pathPattern\":\"" + pathPattern
                + "\",\"status\":" + status + ",\"times\":" + times + "}");
    }

    /** DUO notifies the gateway at {@code gatewayBase} (…/duo/v1); the exchange as the stub recorded it. */
    public static JsonNode notify(String gatewayBase, String orderJson) {
        JsonNode order;
        try {
            order = JSON.readTree(orderJson);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) order).put("target", gatewayBase);
        return call("POST", "/_stub/notificaties", order.toString());
    }

    public static JsonNode exchanges() {
        return call("GET", "/_stub/exchanges", null);
    }

    public static JsonNode violations() {
        return call("GET", "/_stub/violations", null);
    }
}
