package io.jdump.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * tcpdump's own regression captures (tests/ of its source: captures from real networks and from
 * fuzzers, and TESTLIST, the flags each is printed with), fetched once from Debian's archive
 * into target/ and checked against the checksum Debian's .dsc gives. Two releases: 4.99.3's
 * (667 captures, the release installed as the oracle) and 4.99.6's, whose 208 captures with
 * other contents (the bugs fixed since, found by fuzzers and users) the oracle must print as
 * well as its own. They are not committed: they are tcpdump's, and the test reads them where
 * Debian keeps them, as it runs Debian's tcpdump.
 *
 * <p>{@code -Djdump.tcpdumpSuite=DIR} (and {@code -Djdump.tcpdumpSuite.4.99.6=DIR}) point at a
 * tests/ directory already unpacked; {@code -Djdump.debianMirror=URL} at another Debian mirror.
 */
final class TcpdumpSuite {
  /** A release of tcpdump whose tests/ directory is read: its version and Debian tarball. */
  record Release(String version, DebianSource source, String property) {
    /** {@return its tests/ directory, downloaded and unpacked when missing} */
    Path directory() throws IOException, InterruptedException {
      String given = System.getProperty(property);
      if (given != null) return Path.of(given);
      Path target = Path.of("target").toAbsolutePath();
      String top = "tcpdump-" + version;
      return source.unpacked(target, top, top + "/tests").resolve("tests");
    }
  }

  /** The releases, the oracle's own first. */
  static final List<Release> RELEASES = List.of(
      new Release("4.99.3", new DebianSource("t/tcpdump", "tcpdump_4.99.3.orig.tar.gz",
          "ad75a6ed3dc0d9732945b2e5483cb41dc8b4b528a169315e499c6861952e73b3"),
          "jdump.tcpdumpSuite"),
      new Release("4.99.6", new DebianSource("t/tcpdump", "tcpdump_4.99.6.orig.tar.xz",
          "40a8cefd45f0d2a06827e6658efb830d484868c449ad80f7efb33516af44f3da"),
          "jdump.tcpdumpSuite.4.99.6"));

  /** One line of TESTLIST: the case's name, its capture and tcpdump's flags for it. */
  record Case(String name, String capture, List<String> flags) {}

  private TcpdumpSuite() {}

  /** {@return TESTLIST's cases: name, capture, expected output's file (unused), flags} */
  static List<Case> cases(Path tests) throws IOException {
    List<Case> out = new ArrayList<>();
    for (String line : Files.readAllLines(tests.resolve("TESTLIST"))) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) continue;
      List<String> words = shellWords(l);
      if (words.size() < 3) continue;
      out.add(new Case(words.get(0), words.get(1), List.copyOf(words.subList(3, words.size()))));
    }
    return out;
  }

  /**
   * {@return crypto.tests' cases (Perl hashes: name, input, args) that a tcpdump built with
   * OpenSSL runs}: those that ask for HAVE_LIBCRYPTO or nothing, not those that want it absent;
   * {@code @TESTDIR@} in their flags (the -E secrets files) becomes the suite's directory}
   */
  static List<Case> cryptoCases(Path tests) throws IOException {
    List<Case> out = new ArrayList<>();
    Path file = tests.resolve("crypto.tests");
    if (!Files.exists(file)) return out;
    String text = Files.readString(file);
    Matcher block = Pattern.compile("\\{([^{}]*)\\}").matcher(text);
    Pattern field = Pattern.compile("(\\w+)\\s*=>\\s*(?:'([^']*)'|\"([^\"]*)\")");
    while (block.find()) {
      Map<String, String> f = new HashMap<>();
      Matcher m = field.matcher(block.group(1));
      while (m.find()) f.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
      if (!f.containsKey("name") || !f.containsKey("input")) continue;
      if ("HAVE_LIBCRYPTO".equals(f.get("config_unset"))) continue;
      String args = f.getOrDefault("args", "").replace("@TESTDIR@", tests.toString());
      out.add(new Case(f.get("name"), f.get("input"), List.copyOf(shellWords(args))));
    }
    return out;
  }

  /** {@return the line's words as a POSIX shell splits them (quotes, no expansion)} */
  static List<String> shellWords(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        if (c == quote) quote = 0;
        else w.append(c);
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) words.add(w.toString());
        w.setLength(0);
        inWord = false;
      } else {
        w.append(c);
        inWord = true;
      }
    }
    if (inWord) words.add(w.toString());
    return words;
  }
}
