package io.jdump.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * tcpdump 4.99.3's own regression captures (tests/ of its source, some 670 captures from real
 * networks and from fuzzers, and TESTLIST, the flags each is printed with), fetched once from
 * Debian's archive into target/ and checked against the checksum Debian's tcpdump_4.99.3-1.dsc
 * gives. They are not committed: they are tcpdump's, and the test reads them where Debian keeps
 * them, as it runs Debian's tcpdump.
 *
 * <p>{@code -Djdump.tcpdumpSuite=DIR} points at a tests/ directory already unpacked;
 * {@code -Djdump.debianMirror=URL} at another Debian mirror.
 */
final class TcpdumpSuite {
  static final String TARBALL = "tcpdump_4.99.3.orig.tar.gz";
  private static final String SHA256 =
      "ad75a6ed3dc0d9732945b2e5483cb41dc8b4b528a169315e499c6861952e73b3";

  /** One line of TESTLIST: the case's name, its capture and tcpdump's flags for it. */
  record Case(String name, String capture, List<String> flags) {}

  private TcpdumpSuite() {}

  /** {@return tests/ of tcpdump 4.99.3's source, downloaded and unpacked when missing} */
  static Path directory() throws IOException, InterruptedException {
    String given = System.getProperty("jdump.tcpdumpSuite");
    if (given != null) return Path.of(given);
    Path target = Path.of("target").toAbsolutePath();
    Path tests = target.resolve("tcpdump-4.99.3/tests");
    if (Files.exists(tests.resolve("TESTLIST"))) return tests;
    Files.createDirectories(target);
    Path tarball = target.resolve(TARBALL);
    if (!Files.exists(tarball) || !sha256(tarball).equals(SHA256)) download(tarball);
    Process tar = new ProcessBuilder("tar", "-xzf", tarball.toString(), "-C", target.toString(),
        "tcpdump-4.99.3/tests").inheritIO().start();
    if (tar.waitFor() != 0) throw new IOException("tar could not unpack " + tarball);
    return tests;
  }

  private static void download(Path tarball) throws IOException, InterruptedException {
    String mirror = System.getProperty("jdump.debianMirror", "http://deb.debian.org/debian");
    URI uri = URI.create(mirror + "/pool/main/t/tcpdump/" + TARBALL);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
    Path part = tarball.resolveSibling(TARBALL + ".part");
    HttpResponse<Path> r = client.send(HttpRequest.newBuilder(uri)
        .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofFile(part));
    if (r.statusCode() != 200) throw new IOException(uri + ": HTTP " + r.statusCode());
    String sum = sha256(part);
    if (!sum.equals(SHA256)) {
      throw new IOException(uri + ": SHA-256 " + sum + ", Debian's .dsc says " + SHA256);
    }
    Files.move(part, tarball, StandardCopyOption.REPLACE_EXISTING);
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

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
