package io.jdump.cli;

import io.jdump.capture.file.IoErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The capture files to read, in order: -r's one name, or the names listed in -V's file, one a
 * line, read as tcpdump 4.99 reads them (fgets into a PATH_MAX buffer, one trailing newline
 * taken off, nothing else: a blank line names "", a carriage return stays in the name, a NUL
 * byte ends the name).
 *
 * <pre>{@code
 * InputNames names = InputNames.listedIn("files.txt", stdin);   // "Nothing in files.txt" if empty
 * for (String name = names.first(); name != null; name = names.next()) read(name);
 * }</pre>
 */
final class InputNames {
  /** fgets reads at most PATH_MAX - 1 bytes a call: a longer line gives two names. */
  private static final int LINE_LIMIT = 4096 - 1;

  private final List<String> names;
  private int at;

  private InputNames(List<String> names) {
    this.names = names;
  }

  /** {@return the names the settings give}: -V's list, or -r's name alone. */
  static InputNames of(Settings s, InputStream stdin) throws Failure {
    return s.fileList() != null ? listedIn(s.fileList(), stdin) : single(s.readFile());
  }

  /** {@return -r's name alone} */
  static InputNames single(String name) {
    return new InputNames(List.of(name));
  }

  /**
   * {@return the names listed in {@code file}} ({@code -} for standard input), refused in
   * tcpdump's words when the file cannot be opened or names nothing (a directory opens but
   * reads nothing, as with fopen and fgets).
   */
  static InputNames listedIn(String file, InputStream stdin) throws Failure {
    byte[] text;
    try {
      if (file.equals("-")) {
        text = stdin.readAllBytes();
      } else {
        Path path = Path.of(file);
        text = Files.isDirectory(path) ? new byte[0] : Files.readAllBytes(path);
      }
    } catch (IOException e) {
      throw new Failure("Unable to open file: " + IoErrors.reason(e), e);
    }
    List<String> names = lines(text);
    if (names.isEmpty()) throw new Failure("Nothing in " + file);
    return new InputNames(names);
  }

  /** Splits as repeated fgets calls do, then drops each piece's newline. */
  private static List<String> lines(byte[] text) {
    Charset charset = Charset.defaultCharset(); // file names are the platform's bytes
    List<String> out = new ArrayList<>();
    int start = 0;
    while (start < text.length) {
      int end = start;
      while (end < text.length && end - start < LINE_LIMIT && text[end++] != '\n') {
        // scan to the newline (kept in the piece) or the buffer's end
      }
      int length = end - start;
      if (text[end - 1] == '\n') length--;
      // the name is a C string: it ends at a NUL byte, and the rest of the line is lost
      for (int i = start; i < start + length; i++) {
        if (text[i] == 0) {
          length = i - start;
          break;
        }
      }
      out.add(new String(text, start, length, charset));
      start = end;
    }
    return out;
  }

  /** {@return the first name}; there always is one. */
  String first() {
    at = 1;
    return names.get(0);
  }

  /** {@return the name after the last one returned, or null when there is none} */
  String next() {
    return at < names.size() ? names.get(at++) : null;
  }

  /** {@return true when a name follows the last one returned} */
  boolean hasNext() {
    return at < names.size();
  }
}
