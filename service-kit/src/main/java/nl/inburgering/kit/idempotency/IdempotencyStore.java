package nl.inburgering.kit.idempotency;

import nl.inburgering.kit.persistence.PlanCacheBypass;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.inburgering.kit.problem.RuleViolationException;

/**
 * {@code Idempotency-Key} support for commands that partners retry (DESIGN §4): the first answer to a
 * key is stored in the same transaction as the command's effect; the same request with the same key
 * gets that answer again, a different request with the same key is refused.
 *
 * <p>Keys are scoped per caller: a key replays only its own caller's answer, so nobody can fetch someone
 * else's stored response by sending the same key and body. The caller is hashed to keep the scope short.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** The 409 of a key used before for a different request (the code is part of the API). */
    public static final String KEY_REUSED = "Idempotency-Key";


    public static final String HEADER = "Idempotency-Key";
    /** The column's width (idempotency_key.key varchar(200)). */
    public static final int MAX_KEY_LENGTH = 200;

    /** A key the table can hold and a log can show: visible ASCII, at most {@value #MAX_KEY_LENGTH} characters. */
    static boolean validKey(String key) {
        if (key.length() > MAX_KEY_LENGTH) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** What was answered the first time. */
    record StoredResponse(int status, String resourceId, String body) {
    }

    /**
     * A request as a key stands for it: the body together with the resource it is for (the participant, the
     * session), so the same body sent for another participant under the same key is another request (a 409).
     */
    public record Keyed(Object resource, Object body) {
    }

    /** The command's answer, to store and to return: built by the resource from the service's result. */
    public record Outcome<T>(int status, String resourceId, T body) {
    }

    @Inject
    ObjectMapper mapper;

    /**
     * The service's mapper with map entries in key order, made once: a copy per request starts with empty serializer
     * caches and introspected every request class again (10 % of exam-service's CPU under write load, JFR, issue 15).
     */
    private volatile ObjectMapper canonical;

    @Inject
    jakarta.enterprise.inject.Instance<nl.inburgering.kit.security.Caller> caller;

    /**
     * Runs {@code command} once per (scope, key), for a resource's POST: opens the transaction that the
     * service's own transaction joins, so the command's effect and its stored answer commit together. The
     * same key and request again gets the stored answer (the command does not run); the same key with a
     * different request is a 409. Without a key the command simply runs.
     *
     * @param bodyType the answer's body type, to read a stored answer back
     */
    public <T> Uni<Outcome<T>> once(String scope, String key, Object request, Class<T> bodyType,
            Supplier<Uni<Outcome<T>>> command) {
        if (key == null || key.isBlank()) {
            return command.get();
        }
        if (!validKey(key)) {
            return Uni.createFrom().failure(nl.inburgering.kit.problem.InvalidInputException.of(HEADER, "format",
                    "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters; a UUID is best"));
        }
        String hash = hash(request);
        String callerScope = scope + ":" + digest(caller.get().actor()).substring(0, 32);
        // to its end even when the client hangs up (RunToTheEnd): the command and its stored answer commit together
        return nl.inburgering.kit.persistence.RunToTheEnd.of(() -> Panache.withTransaction(() -> find(callerScope, key).chain(stored -> {
            if (stored.isPresent()) {
                if (!stored.get().hash.equals(hash)) {
                    return Uni.createFrom().failure(new RuleViolationException(KEY_REUSED,
                            "this Idempotency-Key was used before for a different request"));
                }
                StoredResponse r = stored.get().response;
                return Uni.createFrom().item(new Outcome<>(r.status(), r.resourceId(),
                        r.body() == null ? null : read(r.body(), bodyType)));
            }
            return command.get().call(outcome -> save(callerScope, key, hash, outcome));
        })));
    }

    private record Found(String hash, StoredResponse response) {
    }

    private Uni<Optional<Found>> find(String scope, String key) {
        return Panache.getSession().chain(s -> PlanCacheBypass.bind(s.createNativeQuery(
                        "select request_hash, status, resource_id, body from idempotency_record "
                                + "where scope = :scope and idempotency_key = :key and " + PlanCacheBypass.PREDICATE,
                        Object[].class))
                .setParameter("scope", scope)
                .setParameter("key", key)
                .getResultList())
                .map((List<Object[]> rows) -> rows.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new Found((String) rows.get(0)[0], new StoredResponse(
                                ((Number) rows.get(0)[1]).intValue(), (String) rows.get(0)[2],
                                (String) rows.get(0)[3]))));
    }

    private <T> Uni<Void> save(String scope, String key, String hash, Outcome<T> outcome) {
        String body;
        try {
            body = outcome.body() == null ? null : mapper.writeValueAsString(outcome.body());
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return Panache.getSession().chain(s -> s.createNativeQuery(
                        "insert into idempotency_record (scope, idempotency_key, request_hash, status, resource_id, body) "
                                + "values (:scope, :key, :hash, :status, :resourceId, :body)")
                .setParameter("scope", scope)
                .setParameter("key", key)
                .setParameter("hash", hash)
                .setParameter("status", outcome.status())
                .setParameter("resourceId", outcome.resourceId())
                .setParameter("body", body)
                .executeUpdate())
                .replaceWithVoid();
    }

    String hash(Object request) {
        try {
            ObjectMapper m = canonical;
            if (m == null) {
                m = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
                canonical = m;
            }
            return digest(m.writeValueAsString(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot hash request", e);
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String body, Class<T> type) {
        try {
            return mapper.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response is unreadable", e);
        }
    }
}
