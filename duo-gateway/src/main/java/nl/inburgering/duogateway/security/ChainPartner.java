package nl.inburgering.duogateway.security;

import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.security.auth.x500.X500Principal;

/**
 * Who sent a request over Digikoppeling (rules §10: REST/JSON, PKIoverheid private root certificates). A PKIoverheid
 * certificate carries the organisation's OIN in its subject's serialNumber (OID 2.5.4.5); mutual TLS has verified the
 * certificate against the trusted chain before the request gets here.
 */
public final class ChainPartner {

    private static final Pattern SERIAL_NUMBER = Pattern.compile("(?:^|,)\\s*SERIALNUMBER=([0-9]{20})(?:,|$)");

    private ChainPartner() {
    }

    /** The OIN in a verified client certificate chain, if its first certificate names one. */
    public static Optional<String> oin(Certificate[] chain) {
        if (chain == null || chain.length == 0 || !(chain[0] instanceof X509Certificate leaf)) {
            return Optional.empty();
        }
        return oinOf(leaf.getSubjectX500Principal().getName(X500Principal.RFC1779, Map.of("2.5.4.5", "SERIALNUMBER")));
    }

    /** The OIN of a subject as RFC 1779 text with serialNumber named SERIALNUMBER. */
    static Optional<String> oinOf(String subject) {
        Matcher m = SERIAL_NUMBER.matcher(subject);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
