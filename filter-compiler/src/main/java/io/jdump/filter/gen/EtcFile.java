package io.jdump.filter.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a file in /etc's format as glibc's "files" sources read them (protocols,
 * services, hosts, ethers, networks): a '#' starts a comment anywhere on a line, fields are
 * separated by runs of blanks, blank lines are skipped. A file that is missing or unreadable
 * has no rows, as for glibc, which then finds no name in it.
 *
 * <pre>{@code
 * for (String[] row : EtcFile.rows(Path.of("/etc/protocols"))) { ... }   // {"tcp", "6", "TCP"}
 * }</pre>
 */
final class EtcFile {
  private EtcFile() {}

  static List<String[]> rows(Path file) {
    List<String> lines;
    try {
      // Bytes as they are: names are compared byte for byte, as strcmp does.
      lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    List<String[]> rows = new ArrayList<>();
    for (String line : lines) {
      int hash = line.indexOf('#');
      if (hash >= 0) line = line.substring(0, hash);
      // C's isspace: space, \t, \n, \v, \f, \r.
      String[] f = line.trim().split("[ \\t\\u000b\\f\\r]+");
      if (f.length > 0 && !f[0].isEmpty()) rows.add(f);
    }
    return rows;
  }

  /**
   * A number field as glibc's parsers take it: decimal digits up to the field's end (a line
   * whose number runs into other characters is skipped); -1 when it is not one.
   */
  static long number(String field) {
    if (field.isEmpty() || field.length() > 9) return -1;
    for (int i = 0; i < field.length(); i++) {
      if (field.charAt(i) < '0' || field.charAt(i) > '9') return -1;
    }
    return Long.parseLong(field);
  }
}
