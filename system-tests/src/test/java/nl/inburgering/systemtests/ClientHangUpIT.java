package nl.inburgering.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.inburgering.localstack.DevTokens;
import nl.inburgering.systemtests.fuzz.ApiDocument;
import nl.inburgering.systemtests.fuzz.Apis;
import nl.inburgering.systemtests.fuzz.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 5: clients that hang up mid-request. Every read of one participant at every service, sent over a raw
 * socket that closes (with a reset) 0 to 15 ms later, before the answer; and searches and registrations at pip whose
 * body is cut off halfway or sent whole before the reset. Quarkus REST then cancels the answer's Uni;
 * that used to cut the reactive transaction short: ERROR lines ("Live transaction detected while closing the
 * connection", "Session/EntityManager is closed"), and the audit record of the read rolled back. Now no service logs an
 * ERROR for it, and a read whose answer was served, with the client gone right after, keeps its audit record.
 */
class ClientHangUpIT {

    static final int ROUNDS = 12;

    @Test
    void aClientThatHangsUpLeavesNoErrorAndNoRolledBackAuditRecord_issue14item5() throws Exception {
        SystemUnderTest system = SystemUnderTest.get();
        List<ApiDocument> documents = Apis.documents();
        UUID participant = Apis.knownParticipant(documents);
        Map<String, Long> logMarks = new LinkedHashMap<>();
        for (String s : SystemUnderTest.SERVICES) {
            logMarks.put(s, Files.size(log(s)));
        }

        int sent = 0;
        for (ApiDocument d : documents) {
            for (ApiDocument.Operation op : d.operations()) {
                if (!op.method().equals("GET") || !op.path().contains("{participantId}") || op.in("path").size() != 1
                        || !op.roles().contains(DevTokens.ROLE_MUNICIPALITY_OFFICER)) {
                    continue;
                }
                String path = op.path().replace("{participantId}", participant.toString());
                for (int i = 0; i < ROUNDS; i++) {
                    hangUp(SystemUnderTest.port(d.service()), path, DevTokens.officer(Tokens.MUNICIPALITY), i % 16);
                    sent++;
                }
            }
        }
        // requests with a body: cut off halfway through the body, or sent whole and reset at once (a search by BSN,
        // a registration: the role check and the body's reading meet the hang-up too)
        for (int i = 0; i < 40; i++) {
            boolean search = i % 2 == 0;
            String body = search ? "{\"bsn\":\"" + nl.inburgering.localstack.testing.TestBsns.random() + "\"}"
                    : "{\"bsn\":\"" + nl.inburgering.localstack.testing.TestBsns.random() + "\",\"name\":\"H. Up\","
                    + "\"dateOfBirth\":\"1990-04-12\",\"targetGroup\":\"ASYLUM_PERMIT_HOLDER\","
                    + "\"municipalityCode\":\"GM0363\",\"obligationStartDate\":\"2026-01-15\","
                    + "\"notificationDate\":\"2026-01-20\",\"municipalityRegistrationDate\":\"2026-01-10\"}";
            hangUpWithBody(SystemUnderTest.port("pip"), search ? "/v1/participants/_search" : "/v1/participants",
                    DevTokens.duo(), body, i % 4 < 2, i % 8);
            sent++;
        }
        // pip's participant read: the answer served in full, then a reset; each such read keeps its audit record
        List<String> servedActors = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String actor = "hang-up-" + UUID.randomUUID();
            String token = DevTokens.mint(DevTokens.ROLE_MUNICIPALITY_OFFICER, Tokens.MUNICIPALITY, actor,
                    DevTokens.DEFAULT_TTL);
            assertThat(readThenReset(SystemUnderTest.port("pip"), "/v1/participants/" + participant, token))
                    .startsWith("HTTP/1.1 200");
            servedActors.add(actor);
        }
        Thread.sleep(3000); // the work the hang-ups left behind finishes, or fails and logs

        List<String> errors = new ArrayList<>();
        for (String s : SystemUnderTest.SERVICES) {
            byte[] all = Files.readAllBytes(log(s));
            String appended = new String(all, (int) (long) logMarks.get(s), all.length - (int) (long) logMarks.get(s),
                    StandardCharsets.UTF_8);
            appended.lines().filter(l -> l.contains(" ERROR ")).forEach(l -> errors.add(s + ": " + l));
        }
        System.out.println("ClientHangUpIT: " + sent + " requests hung up, " + servedActors.size()
                + " served then reset; ERROR lines: " + errors.size());
        errors.stream().limit(20).forEach(System.out::println);
        assertThat(errors).as("ERROR lines after %d hung-up requests", sent).isEmpty();

        String url = "jdbc:postgresql://" + system.stack().pgHost() + ":" + system.stack().pgPort() + "/pip_test";
        try (Connection c = DriverManager.getConnection(url, "pip", "pip");
             PreparedStatement q = c.prepareStatement("select count(*) from audit_record where actor = ? "
                     + "and result = 'SUCCESS'")) {
            for (String actor : servedActors) {
                q.setString(1, actor);
                try (ResultSet r = q.executeQuery()) {
                    r.next();
                    assertThat(r.getInt(1)).as("audit records of the served read by %s", actor).isEqualTo(1);
                }
            }
        }
    }

    private static Path log(String service) {
        return Path.of(System.getProperty("systemtests.root", "..")).toAbsolutePath().normalize()
                .resolve("system-tests/target/service-logs/" + service + "-service.log");
    }

    /** Sends the request and closes with a reset (SO_LINGER 0) after {@code millis}, without reading the answer. */
    private static void hangUp(int port, String path, String token, int millis) throws IOException,
            InterruptedException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoLinger(true, 0);
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            Thread.sleep(millis);
        }
    }

    /** A POST whose body is cut off halfway ({@code half}) or sent whole, then a reset after {@code millis}. */
    private static void hangUpWithBody(int port, String path, String token, String body, boolean half, int millis)
            throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoLinger(true, 0);
            OutputStream out = s.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, 0, half ? bytes.length / 2 : bytes.length);
            out.flush();
            Thread.sleep(millis);
        }
    }

    /** Sends the request, reads the answer's head and body, then closes with a reset; returns the status line. */
    private static String readThenReset(int port, String path, String token) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoLinger(true, 0);
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.append((char) b);
            }
            String lengthLine = head.toString().lines().filter(l -> l.toLowerCase().startsWith("content-length:"))
                    .findFirst().orElse("content-length: 0");
            in.readNBytes(Integer.parseInt(lengthLine.substring(lengthLine.indexOf(':') + 1).trim()));
            return head.toString();
        }
    }
}
