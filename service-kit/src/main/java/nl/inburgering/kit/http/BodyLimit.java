package nl.inburgering.kit.http;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;

/**
 * What the kit holds every request body to while it is read. Its size: {@link ApiConventionsFilter} refuses a declared
 * length over the limit before anything is read, but a chunked body's size is known only while it is read, and the
 * HTTP layer's own limit ({@code quarkus.http.limits.max-body-size}, 10 MiB) answers an empty 413 and then fails the
 * read with an ERROR line; counting here, below that limit, lets the kit answer a 413 problem instead. Its encoding:
 * JSON between systems is UTF-8 (RFC 8259 §8.1), but Jackson detects UTF-16 and UTF-32 by their zero bytes and reads
 * them; such a body is a 400 here.
 */
@Provider
public class BodyLimit implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        PushbackInputStream in = new PushbackInputStream(new Counting(context.getInputStream()), 4);
        byte[] start = in.readNBytes(4);
        if (notUtf8(start)) {
            throw new NotUtf8Exception();
        }
        in.unread(start);
        context.setInputStream(in);
        return context.proceed();
    }

    /** A UTF-16 byte-order mark, or a zero byte among the first four: UTF-16 or UTF-32 (JSON text has no NUL). */
    static boolean notUtf8(byte[] start) {
        if (start.length >= 2 && ((start[0] == (byte) 0xFE && start[1] == (byte) 0xFF)
                || (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE))) {
            return true;
        }
        for (byte b : start) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** A body in UTF-16 or UTF-32; a 400 problem. */
    public static final class NotUtf8Exception extends IOException {
        NotUtf8Exception() {
            super("request body not in UTF-8");
        }
    }

    /** Thrown while reading a body longer than {@link ApiConventionsFilter#MAX_BODY_BYTES}; a 413 problem. */
    public static final class TooLargeException extends IOException {
        TooLargeException() {
            super("request body over " + ApiConventionsFilter.MAX_BODY_BYTES + " bytes");
        }
    }

    private static final class Counting extends FilterInputStream {
        private long read;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLargeException {
            read += n;
            if (read > ApiConventionsFilter.MAX_BODY_BYTES) {
                throw new TooLargeException();
            }
        }
    }
}
