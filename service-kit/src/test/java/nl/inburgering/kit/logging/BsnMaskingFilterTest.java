package nl.inburgering.kit.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** DESIGN §1/§6: a BSN never appears in a log line, even when code or a driver slips one into a message. */
class BsnMaskingFilterTest {

    @Test
    void nineDigitRunsAreMasked() {
        assertThat(BsnMaskingFilter.mask("bsn = '999990019' rejected")).isEqualTo("bsn = '*********' rejected");
    }

    @Test
    void uuidsLongerNumbersAndShortNumbersAreKept() {
        String text = "id 7d0f4a53-5e65-4c4b-9b39-123456789012 order 1234567890 port 5433";
        assertThat(BsnMaskingFilter.mask(text)).isEqualTo(text);
    }

    @Test
    void formattedParametersAreMaskedToo() {
        LogRecord record = new LogRecord(Level.INFO, "looking up {0}");
        record.setParameters(new Object[] {"999990019"});
        new BsnMaskingFilter().isLoggable(record);
        assertThat(record.getMessage()).isEqualTo("looking up *********");
        assertThat(record.getParameters()).isNull();
    }

    @Test
    void sanitizedExceptionsKeepTheTypeAndStackButNotTheNumber() {
        IllegalStateException original = new IllegalStateException("duplicate key (bsn)=(999990019)",
                new RuntimeException("value 999990019"));
        Throwable clean = BsnMaskingFilter.sanitize(original);
        assertThat(clean.getMessage()).contains("IllegalStateException").doesNotContain("999990019");
        assertThat(clean.getCause().getMessage()).doesNotContain("999990019");
        assertThat(clean.getStackTrace()).isEqualTo(original.getStackTrace());
    }
}
