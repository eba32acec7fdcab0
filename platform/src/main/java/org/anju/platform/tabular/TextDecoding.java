package org.anju.platform.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The character encoding of a text file as Chinese Excel saves it: "CSV UTF-8" (UTF-8 with a byte
 * order mark), "Unicode text" (UTF-16 with one), and plain "CSV (逗号分隔)", which is GBK without
 * any mark. Decided by the mark, else by strict decoding of the whole file as UTF-8, else as
 * GB18030 (a superset of GBK); a file that is neither is refused, so that no character is ever
 * replaced by U+FFFD and stored as garbage.
 */
public final class TextDecoding {

    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    /** The detected encoding and how many bytes of byte order mark precede the text. */
    public record Encoding(Charset charset, int bomLength) {

        /** A reader of the file's text, after its byte order mark. */
        public Reader open(Path file) throws IOException {
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(bomLength);
            return new java.io.InputStreamReader(in, strictDecoder(charset));
        }
    }

    private TextDecoding() {
    }

    public static Encoding detect(Path file) {
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(3);
            }
            if (startsWith(head, UTF8_BOM)) {
                requireDecodes(file, StandardCharsets.UTF_8, 3, "UTF-8");
                return new Encoding(StandardCharsets.UTF_8, 3);
            }
            if (startsWith(head, UTF16LE_BOM)) {
                requireDecodes(file, StandardCharsets.UTF_16LE, 2, "UTF-16");
                return new Encoding(StandardCharsets.UTF_16LE, 2);
            }
            if (startsWith(head, UTF16BE_BOM)) {
                requireDecodes(file, StandardCharsets.UTF_16BE, 2, "UTF-16");
                return new Encoding(StandardCharsets.UTF_16BE, 2);
            }
            if (decodes(file, StandardCharsets.UTF_8, 0)) {
                return new Encoding(StandardCharsets.UTF_8, 0);
            }
            if (decodes(file, GB18030, 0)) {
                return new Encoding(GB18030, 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new UnreadableFile("file.encoding");
    }

    private static void requireDecodes(Path file, Charset charset, int skip, String name) throws IOException {
        if (!decodes(file, charset, skip)) {
            throw new UnreadableFile("file.encoding-bom", name);
        }
    }

    /** Whether the whole file decodes in {@code charset} without a malformed or unmappable sequence, and holds no U+FFFD. */
    static boolean decodes(Path file, Charset charset, int skip) throws IOException {
        CharsetDecoder decoder = strictDecoder(charset);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            byte[] chunk = new byte[32 * 1024];
            int read;
            while ((read = in.read(chunk)) >= 0) {
                bytes.put(chunk, 0, read);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError() || containsReplacement(chars)) {
                    return false;
                }
                bytes.compact();
            }
            bytes.flip();
            if (decoder.decode(bytes, chars, true).isError() || decoder.flush(chars).isError() || containsReplacement(chars)) {
                return false;
            }
            return !bytes.hasRemaining();
        }
    }

    private static boolean containsReplacement(CharBuffer chars) {
        chars.flip();
        boolean replaced = false;
        while (chars.hasRemaining()) {
            if (chars.get() == '\uFFFD') {
                replaced = true;
            }
        }
        chars.clear();
        return replaced;
    }

    static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && Arrays.equals(Arrays.copyOf(head, prefix.length), prefix);
    }

    /** Decodes a whole small text strictly (tests and templates); a malformed byte is an error. */
    public static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return strictDecoder(charset).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
