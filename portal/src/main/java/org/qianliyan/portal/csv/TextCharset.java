package org.qianliyan.portal.csv;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens an uploaded or imported text file in the charset it was written in. Chinese
 * offices save CSV from Excel in GBK, the platforms export UTF-8: a UTF-8 byte-order mark
 * decides; otherwise the first 64 KiB are decoded strictly as UTF-8 and then as GB18030
 * (a superset of GBK); input that is neither is refused. The reader is strict as well, so
 * a bad byte further on fails the read (a {@link CharacterCodingException}) instead of
 * becoming a replacement character in the data.
 */
final class TextCharset {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SNIFF_BYTES = 64 * 1024;
    /** The longest UTF-8 or GB18030 character minus one: a sample may cut one at its end. */
    private static final int CUT_CHARACTER = 3;

    private TextCharset() {
    }

    /**
     * @param fileName named in the refusal
     * @throws UndecodableTextException when the start of the file is neither UTF-8 nor GB18030 text
     */
    static Reader open(InputStream in, String fileName) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES);
        buffered.mark(SNIFF_BYTES);
        byte[] head = buffered.readNBytes(SNIFF_BYTES);
        buffered.reset();
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            buffered.skipNBytes(3);
            return strictReader(buffered, StandardCharsets.UTF_8);
        }
        int length = head.length == SNIFF_BYTES ? head.length - CUT_CHARACTER : head.length;
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, GB18030}) {
            if (decodes(head, length, charset)) {
                return strictReader(buffered, charset);
            }
        }
        throw new UndecodableTextException(fileName + " is neither UTF-8 nor GB18030/GBK text;"
                + " save it again as UTF-8 (or as Excel's CSV) and import that");
    }

    private static boolean decodes(byte[] head, int length, Charset charset) {
        try {
            strictDecoder(charset).decode(ByteBuffer.wrap(head, 0, Math.max(0, length)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static Reader strictReader(InputStream in, Charset charset) {
        return new InputStreamReader(in, strictDecoder(charset));
    }

    private static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
