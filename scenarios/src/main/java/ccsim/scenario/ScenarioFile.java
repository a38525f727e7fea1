package ccsim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A scenario file's text: UTF-8, of a size a scenario can have. A binary file, a Latin-1 file or a
 * device that never ends (/dev/zero) is refused with the line where it stops being a scenario, not read
 * into memory whole or shown as a MalformedInputException.
 */
final class ScenarioFile {
    /** The largest scenario file: the largest sample is a few KB, a busy day's forecasts a few tens. */
    static final int MAX_BYTES = 1 << 20;

    private ScenarioFile() {
    }

    static String read(Path file) {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            throw refused(file, 0, "no such file");
        } catch (AccessDeniedException e) {
            throw refused(file, 0, "cannot read it: access denied");
        } catch (IOException e) {
            throw refused(file, 0, "cannot read it: " + (Files.isDirectory(file) ? "it is a folder"
                    : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        if (bytes.length > MAX_BYTES) {
            throw refused(file, 0, String.format(Locale.ROOT, "larger than %,d bytes, which no scenario is; is it the "
                    + "right file?", MAX_BYTES));
        }
        return decode(file, bytes);
    }

    /** The bytes as UTF-8; the line of the first byte that is not, in the error. */
    private static String decode(Path file, byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = utf8.decode(in, out, true);
        if (r.isError()) {
            int at = in.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw refused(file, line, String.format(Locale.ROOT, "not UTF-8 text: byte 0x%02X at line %d is not; "
                    + "save the scenario as UTF-8 (a binary file is no scenario)", bytes[at] & 0xff, line));
        }
        utf8.flush(out);
        String text = out.flip().toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            int line = (int) text.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
            throw refused(file, line, "a NUL character at line " + line + ": a binary file is no scenario");
        }
        return text;
    }

    private static ScenarioException refused(Path file, int line, String message) {
        return new ScenarioException(List.of(new ScenarioError(file, line, line > 0 ? 1 : 0, "", message)));
    }
}
