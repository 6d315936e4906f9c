package org.qianliyan.crawler.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/** Undoes gzip/deflate Content-Encoding under the same size cap (a small gzip can inflate to gigabytes). */
final class ContentDecoding {

    private ContentDecoding() {
    }

    /**
     * @return the decoded bytes, or null when the decoded body exceeds the cap
     * @throws IOException when the body is not valid gzip/deflate
     */
    static byte[] decode(byte[] body, String contentEncoding, long cap) throws IOException {
        if (contentEncoding == null || body.length == 0) {
            return body;
        }
        String encoding = contentEncoding.trim().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "gzip", "x-gzip" -> readCapped(new GZIPInputStream(new ByteArrayInputStream(body)), cap);
            case "deflate" -> inflate(body, cap);
            default -> body;
        };
    }

    private static byte[] inflate(byte[] body, long cap) throws IOException {
        boolean zlibHeader = body.length > 1 && (body[0] & 0x0f) == 8 && ((body[0] & 0xff) << 8 | (body[1] & 0xff)) % 31 == 0;
        return readCapped(new InflaterInputStream(new ByteArrayInputStream(body), new Inflater(!zlibHeader)), cap);
    }

    private static byte[] readCapped(InputStream in, long cap) throws IOException {
        try (in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            byte[] chunk = new byte[16 * 1024];
            int n;
            while ((n = in.read(chunk)) != -1) {
                if (out.size() + (long) n > cap) {
                    return null;
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        }
    }
}
