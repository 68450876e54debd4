package nl.inburgering.systemtests.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.localstack.testing.TestBsns;
import nl.inburgering.systemtests.Journeys;
import nl.inburgering.systemtests.SystemUnderTest;

/** The five running services' documents, and participants registered at pip that every service knows. */
public final class Apis {

    private Apis() {
    }

    public static List<ApiDocument> documents() throws IOException, InterruptedException {
        List<ApiDocument> documents = new ArrayList<>();
        for (String s : SystemUnderTest.SERVICES) {
            documents.add(ApiDocument.fetch(s, SystemUnderTest.url(s)));
        }
        return documents;
    }

    /** A participant of GM0363, registered by DUO and known to every service's replica once this returns. */
    public static UUID knownParticipant(List<ApiDocument> documents) throws IOException, InterruptedException {
        UUID id = UUID.fromString(Journeys.register(TestBsns.random(), Tokens.MUNICIPALITY, "ASYLUM_PERMIT_HOLDER"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String officer = DevTokens.officer(Tokens.MUNICIPALITY);
        for (ApiDocument d : documents) {
            // the first read of one participant that an officer may do: it answers 404 until pip.events got there
            ApiDocument.Operation read = d.operations().stream().filter(o -> o.method().equals("GET")
                            && o.path().contains("{participantId}") && o.in("path").size() == 1
                            && o.roles().contains(DevTokens.ROLE_MUNICIPALITY_OFFICER))
                    .min(java.util.Comparator.comparing(o -> o.path().length())).orElse(null);
            if (read == null) {
                continue;
            }
            Instant until = Instant.now().plus(Duration.ofSeconds(90));
            int status;
            do {
                status = http.send(HttpRequest.newBuilder(URI.create(d.baseUrl() + read.path()
                                .replace("{participantId}", id.toString())))
                        .header("Authorization", "Bearer " + officer).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode();
                if (status == 404) {
                    Thread.sleep(300);
                }
            } while (status == 404 && Instant.now().isBefore(until));
            if (status == 404) {
                throw new IllegalStateException(d.service() + " never learnt participant " + id);
            }
        }
        return id;
    }
}
