package io.jdump.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Captures other projects keep for their own tests, taken from their source packages in
 * Debian bookworm: nDPI 4.2's (tests/pcap and example/: 258 captures of applications' traffic,
 * many of them long, some fuzzed), Wireshark 4.0.17's (test/captures: 119 captures of
 * protocols it dissects, 802.11 and pcapng with several interfaces among them), and the
 * smaller suites of ladvd (108), gopacket (55), tcpflow (28), dnscap (13) and arp-scan (11).
 * Nobody on this
 * project chose or made them. They are fetched once into target/real-world, each tarball
 * checked against the SHA-256 of bookworm's Sources index (that of its .dsc), and are not
 * committed: they are those projects' files.
 *
 * <p>{@code -Djdump.realWorldCorpus=DIR} points at a directory in which the tarballs are
 * already unpacked ({@code DIR/nDPI-4.2}, {@code DIR/wireshark-v4.0.17}, ...), their gzipped
 * captures gunzipped or not; {@code -Djdump.debianMirror=URL} at another Debian mirror.
 */
final class RealWorldCorpus {
  /**
   * A capture: its name (its path in the tarball, {@code .gz} taken off, so that a gzipped
   * capture and its gunzipped copy are the same case) and a file libpcap can read.
   */
  record Capture(String name, Path file) {}

  /** A source package: its tarball, top directory, directories of captures and their count. */
  private record Corpus(DebianSource source, String top, List<String> dirs, int captures) {}

  private static final List<Corpus> CORPORA = List.of(
      new Corpus(new DebianSource("n/ndpi", "ndpi_4.2.orig.tar.gz",
          "e54ce8fe13adc5d747be7553513657fae78f796e0bd459e122c280cc06ce4daf"),
          "nDPI-4.2", List.of("tests/pcap", "example"), 258),
      new Corpus(new DebianSource("w/wireshark", "wireshark_4.0.17.orig.tar.bz2",
          "62fd1491b6211d1651a16a45ead15808970b3a6a9ebde2537f96722af47aaaa5"),
          "wireshark-v4.0.17", List.of("test/captures"), 119),
      // smaller suites: LLDP/CDP/EDP/FDP frames, broken ones too; pcapng in both byte orders;
      // TCP flows; DNS; ARP scans
      new Corpus(new DebianSource("l/ladvd", "ladvd_1.1.2.orig.tar.xz",
          "7f976c81fc07d59d6580de992c534e7c35873ca40d5af9f8cb6daa5c69176e37"),
          "ladvd-1.1.2", List.of("tests/proto"), 108),
      new Corpus(new DebianSource("g/gopacket", "gopacket_1.1.19.orig.tar.gz",
          "31efa87cc9d2b41e5e66c7daa8839d841d2a43cc477bf595c9e8c24ef6903830"),
          "gopacket-1.1.19", List.of("pcap", "pcapgo/tests"), 55),
      new Corpus(new DebianSource("t/tcpflow", "tcpflow_1.6.1.orig.tar.gz",
          "c1c88513473e12011c0c00bba88dd02013ea3b813b08088f250cbf82b8f42358"),
          "tcpflow-tcpflow-1.6.1", List.of("tests", "samplePcaps"), 28),
      new Corpus(new DebianSource("d/dnscap", "dnscap_2.1.1.orig.tar.xz",
          "808040a5388c8b3281e905cba3ec4a17d6451ac1aa369b58e06da4e2c65a8acd"),
          "dnscap-2.1.1", List.of("src/test"), 13),
      new Corpus(new DebianSource("a/arp-scan", "arp-scan_1.10.0.orig.tar.gz",
          "204b13487158b8e46bf6dd207757a52621148fdd1d2467ebd104de17493bab25"),
          "arp-scan-1.10.0", List.of("."), 11));

  /**
   * What a capture's name ends with. Not Wireshark's many_interfaces.pcapng.1 to .3 (pieces of
   * one capture for its merge tests), its .cbordiag and text files, nor nDPI's expected results.
   */
  private static final Pattern CAPTURE = Pattern.compile(".*\\.(pcap|pcapng|cap)(\\.gz)?");

  private RealWorldCorpus() {}

  /** {@return every capture of every corpus, sorted by name; downloaded when missing} */
  static List<Capture> captures() throws IOException, InterruptedException {
    String given = System.getProperty("jdump.realWorldCorpus");
    Path target = Path.of("target").toAbsolutePath();
    Path root = given != null ? Path.of(given) : target.resolve("real-world");
    // libpcap reads no gzip: gzipped captures are read from copies here, never beside DIR's.
    Path gunzipped = target.resolve("real-world-gunzipped");
    List<Capture> out = new ArrayList<>();
    for (Corpus c : CORPORA) {
      Path top = given != null ? root.resolve(c.top())
          : c.source().unpacked(root, c.top(), members(c));
      List<Capture> found = new ArrayList<>();
      for (String dir : c.dirs()) {
        try (Stream<Path> files = Files.walk(top.resolve(dir).normalize())) {
          for (Path f : files.filter(Files::isRegularFile)
              .filter(f -> CAPTURE.matcher(f.getFileName().toString()).matches()).toList()) {
            String name = c.top() + "/" + top.relativize(f).toString().replace('\\', '/');
            if (!name.endsWith(".gz")) {
              found.add(new Capture(name, f));
              continue;
            }
            name = name.substring(0, name.length() - ".gz".length());
            found.add(new Capture(name, gunzip(f, gunzipped.resolve(name))));
          }
        }
      }
      if (found.size() != c.captures()) {
        throw new IllegalStateException(top + " holds " + found.size() + " captures, "
            + c.source().tarball() + " " + c.captures());
      }
      out.addAll(found);
    }
    out.sort((a, b) -> a.name().compareTo(b.name()));
    return List.copyOf(out);
  }

  private static String[] members(Corpus c) {
    return c.dirs().stream().map(d -> d.equals(".") ? c.top() : c.top() + "/" + d)
        .toArray(String[]::new);
  }

  /** {@return {@code to}, a gunzipped copy of {@code from} (remade each run: a few MB)} */
  private static Path gunzip(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try (InputStream in = new GZIPInputStream(Files.newInputStream(from))) {
      Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
    }
    return to;
  }
}
