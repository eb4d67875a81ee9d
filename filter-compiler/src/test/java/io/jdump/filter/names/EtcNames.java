package io.jdump.filter.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The names a file of /etc holds, for tests that try every one: the name column and the alias
 * columns, each once, in file order. Names a filter expression cannot spell (with characters
 * the lexer stops at) are left out. A missing file has no names.
 *
 * <pre>{@code
 * List<String> services = EtcNames.names("/etc/services", 0, 2);   // name, aliases from col 2
 * }</pre>
 */
final class EtcNames {
  private EtcNames() {}

  /**
   * @param name    the column of the name
   * @param aliases the first column of aliases
   */
  static List<String> names(String file, int name, int aliases) {
    List<String> lines;
    try {
      lines = Files.readAllLines(Path.of(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      return new ArrayList<>();
    }
    Set<String> out = new LinkedHashSet<>();
    for (String line : lines) {
      int hash = line.indexOf('#');
      String[] f = (hash < 0 ? line : line.substring(0, hash)).trim().split("\\s+");
      if (f.length <= name || f[0].isEmpty()) continue;
      add(out, f[name]);
      for (int i = Math.max(aliases, name + 1); i < f.length; i++) add(out, f[i]);
    }
    return new ArrayList<>(out);
  }

  private static void add(Set<String> out, String n) {
    // What pcap-filter's lexer reads as one name: letters, digits and -_. inside.
    if (n.matches("[A-Za-z0-9][-_.A-Za-z0-9]*")) out.add(n);
  }
}
