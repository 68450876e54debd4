package nl.inburgering.duogateway.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Self-signed certificates made at test time with the JDK's keytool (nothing committed, nothing downloaded): the
 * gateway's server certificate, DUO's client certificate with DUO's OIN in its subject serialNumber as PKIoverheid
 * puts it, and a stranger's with another OIN. Stand-ins for PKIoverheid's, for the mutual TLS test only.
 */
public final class DevCertificates {

    public static final String PASSWORD = "changeit";
    public static final Path DIR = Path.of("target/dev-certificates");

    private DevCertificates() {
    }

    public static synchronized void make() {
        if (Files.exists(DIR.resolve("client-trust.p12"))) {
            return;
        }
        try {
            Files.createDirectories(DIR);
            pair("gateway", "CN=localhost, O=Gemeente, C=NL", "SAN=ip:127.0.0.1,dns:localhost");
            pair("duo", "CN=DUO M2M, SERIALNUMBER=00000099000000000001, O=DUO, C=NL", null);
            pair("stranger", "CN=Elsewhere, SERIALNUMBER=00000099000000000999, O=Elsewhere, C=NL", null);
            trust("duo-trust.p12", "duo", "stranger");
            trust("client-trust.p12", "gateway");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path store(String name) {
        return DIR.resolve(name).toAbsolutePath();
    }

    private static void pair(String name, String dname, String extension) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(keytool(), "-genkeypair", "-alias", name, "-keyalg", "RSA",
                "-keysize", "2048", "-dname", dname, "-validity", "2", "-storetype", "PKCS12", "-keystore",
                store(name + ".p12").toString(), "-storepass", PASSWORD, "-keypass", PASSWORD));
        if (extension != null) {
            cmd.addAll(List.of("-ext", extension));
        }
        run(cmd);
        run(List.of(keytool(), "-exportcert", "-alias", name, "-keystore", store(name + ".p12").toString(),
                "-storepass", PASSWORD, "-file", store(name + ".crt").toString()));
    }

    private static void trust(String store, String... names) throws IOException {
        for (String name : names) {
            run(List.of(keytool(), "-importcert", "-alias", name, "-file", store(name + ".crt").toString(),
                    "-keystore", store(store).toString(), "-storetype", "PKCS12", "-storepass", PASSWORD, "-noprompt"));
        }
    }

    private static void run(List<String> cmd) throws IOException {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }
}
