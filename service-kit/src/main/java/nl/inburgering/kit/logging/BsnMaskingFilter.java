package nl.inburgering.kit.logging;

import io.quarkus.logging.LoggingFilter;
import java.text.MessageFormat;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

/**
 * Last line of defence for "the BSN never appears in a log line" (DESIGN §1, §6): any run of exactly
 * nine digits in a formatted log message is masked. Code must not log BSNs in the first place; this
 * catches what slips through (e.g. a driver message quoting a value). UUIDs and longer numbers are
 * untouched.
 */
@LoggingFilter(name = "bsn-mask")
public final class BsnMaskingFilter implements Filter {

    static final Pattern NINE_DIGITS = Pattern.compile("(?<![0-9A-Za-z-])[0-9]{9}(?![0-9A-Za-z-])");

    @Override
    public boolean isLoggable(LogRecord record) {
        String message = record.getMessage();
        if (message == null) {
            return true;
        }
        Object[] params = record.getParameters();
        String formatted = message;
        if (params != null && params.length > 0) {
            try {
                formatted = record instanceof org.jboss.logmanager.ExtLogRecord ext
                        ? ext.getFormattedMessage()
                        : MessageFormat.format(message, params);
            } catch (RuntimeException e) {
                formatted = message;
            }
        }
        if (NINE_DIGITS.matcher(formatted).find()) {
            record.setMessage(mask(formatted));
            record.setParameters(null);
            if (record instanceof org.jboss.logmanager.ExtLogRecord ext) {
                ext.setMessage(mask(formatted), org.jboss.logmanager.ExtLogRecord.FormatStyle.NO_FORMAT);
            }
        }
        return true;
    }

    /**
     * A copy of {@code e} fit for a log: same types in the message, same stack, every nine-digit run in
     * the messages of the whole cause chain masked. Exception messages can quote data (SQL, values).
     */
    public static Throwable sanitize(Throwable e) {
        if (e == null) {
            return null;
        }
        String message = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + mask(e.getMessage()));
        Throwable copy = new SanitizedException(message, sanitize(e.getCause() == e ? null : e.getCause()));
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    /** Carries a masked message in place of the original exception in a log. */
    static final class SanitizedException extends RuntimeException {
        SanitizedException(String message, Throwable cause) {
            super(message, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    public static String mask(String text) {
        return NINE_DIGITS.matcher(text).replaceAll("*********");
    }
}
