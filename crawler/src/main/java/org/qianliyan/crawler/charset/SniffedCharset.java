package org.qianliyan.crawler.charset;

import java.nio.charset.Charset;

/**
 * The charset chosen for a body and why.
 *
 * @param charset   the charset to decode with
 * @param basis     how it was chosen
 * @param bomLength bytes of byte-order mark to skip
 */
public record SniffedCharset(Charset charset, Basis basis, int bomLength) {

    /** How a charset was chosen. */
    public enum Basis {
        /** A byte-order mark. */
        BOM,
        /** The Content-Type header, confirmed by the bytes. */
        HEADER,
        /** A {@code <meta>} tag or XML declaration, confirmed by the bytes. */
        META,
        /** Nothing declared: detected from the bytes. */
        DETECTED,
        /** A declaration contradicted by the bytes: detected instead. */
        DETECTED_OVER_DECLARATION
    }
}
