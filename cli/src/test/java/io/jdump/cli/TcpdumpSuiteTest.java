package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * tcpdump's own regression suites ({@link TcpdumpSuite#RELEASES}: 4.99.3's, and 4.99.6's
 * captures with new bytes) as the oracle's test: every case of its TESTLIST (capture and
 * flags) and of crypto.tests (ESP and IKEv2 decrypted with {@code -E}, also with {@code -v},
 * {@code -vv}, {@code -x} and {@code -e -X}), and every capture of it again with no flag, {@code -vv}, {@code -e},
 * {@code -X -vvv} and four sets with -q, -K and -T ({@link #EVERY_CAPTURE_FLAGS}), and every
 * pcap capture cut short ({@link CutCopies}) under {@code -vv} and {@code -X -vvv} and with
 * bytes changed ({@link MutatedCopies}) under {@code -vvv -e}, run by the
 * jdump command and by tcpdump 4.99 ({@code -# -n -r}), standard output line for line, exit
 * status and error messages. These captures were made by others, on networks and with fuzzers
 * this project never saw: the closest thing to a user's own files. A case may differ only as
 * much as tcpdump-suite-gaps.txt says, with its cause; the table of all results is written to
 * target/tcpdump-suite-report.txt (in the gaps file's form, to update it; each flag set's
 * counts at its end). Running, comparing and the gaps file are {@link SideBySide}'s and
 * {@link GapsLedger}'s, shared with {@link RealWorldCorpusTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TcpdumpSuiteTest {
  private static final Path GAPS = Path.of("src/test/resources/print/tcpdump-suite-gaps.txt");
  /**
   * Besides TESTLIST's: none, the decoders' verbose paths with link headers, and -X -vvv, where a
   * decoder that long-jumps on a cut field (tcpdump's GET macros) and one that returns (its
   * trunc labels) dump the frame from different bytes. Then the sets a sweep of 60 more flag
   * sets found differences with (docs/testing.md): -q -vv -K, and -T's forced VXLAN, CARP and
   * PGM decoders on every UDP datagram of these damaged captures.
   */
  private static final List<String> EVERY_CAPTURE_FLAGS = List.of("", "-vv", "-e", "-X -vvv",
      "-q -vv -K", "-T vxlan", "-T carp -vv", "-T pgm -vvv -X");
  /**
   * Every pcap capture again, each packet cut at 6 seeded lengths ({@link CutCopies}), with
   * these: a cut sweep found 25 causes in the decoders' cut paths on 2026-12-07.
   */
  private static final List<String> CUT_FLAGS = List.of("-vv", "-X -vvv");
  /**
   * Every pcap capture again with bytes of each packet changed ({@link MutatedCopies}), with
   * these: the changed copies of the project's and others' captures found 7 causes on
   * 2026-12-07.
   */
  private static final List<String> MUTATED_FLAGS = List.of("-vvv -e");
  /** crypto.tests' cases again with these flags besides their own. */
  private static final List<String> CRYPTO_FLAGS = List.of("-v", "-vv", "-x", "-e -X");
  /** This run's results, written out after every case has run (one instance: PER_CLASS). */
  private final GapsLedger ledger;

  TcpdumpSuiteTest() throws IOException {
    ledger = new GapsLedger(GAPS);
  }

  /** A run to compare: its key in the gaps file, the suite's directory, capture and flags. */
  private record Run(String key, Path dir, String capture, List<String> flags) {}

  @TestFactory
  Stream<DynamicTest> printsWhatTcpdumpPrintsOnItsOwnCaptures() throws Exception {
    List<Run> runs = new ArrayList<>();
    // A later release's captures count only where their bytes are new: most are the earlier
    // release's again. Its keys carry its version.
    Set<String> seen = new HashSet<>();
    for (TcpdumpSuite.Release release : TcpdumpSuite.RELEASES) {
      Path dir = release.directory();
      String prefix = release == TcpdumpSuite.RELEASES.get(0) ? "" : release.version() + "/";
      Set<String> fresh = new HashSet<>();
      try (Stream<Path> files = Files.list(dir)) {
        for (Path p : files.sorted().toList()) {
          String n = p.getFileName().toString();
          if ((n.endsWith(".pcap") || n.endsWith(".pcapng")) && seen.add(DebianSource.sha256(p))) {
            fresh.add(n);
          }
        }
      }
      addRuns(runs, release.version(), dir, prefix, fresh);
    }
    return runs.stream().map(r -> DynamicTest.dynamicTest(r.key(),
        () -> assertTimeoutPreemptively(Duration.ofSeconds(120), () -> check(r))));
  }

  /** The runs of one release's suite, of the captures in {@code fresh} only. */
  private static void addRuns(List<Run> runs, String version, Path dir, String prefix,
      Set<String> fresh) throws IOException {
    for (TcpdumpSuite.Case c : TcpdumpSuite.cases(dir)) {
      if (!fresh.contains(c.capture())) continue;
      runs.add(new Run(prefix + c.name(), dir, c.capture(), c.flags()));
    }
    // crypto.tests: ESP and IKEv2 decrypted with -E, with its flags and again with each of
    // CRYPTO_FLAGS (the secrets files are read from the suite's directory)
    for (TcpdumpSuite.Case c : TcpdumpSuite.cryptoCases(dir)) {
      if (!fresh.contains(c.capture())) continue;
      runs.add(new Run(prefix + c.name(), dir, c.capture(), c.flags()));
      for (String flags : CRYPTO_FLAGS) {
        List<String> words = new ArrayList<>(c.flags());
        words.addAll(List.of(flags.split(" ")));
        runs.add(new Run(prefix + c.name() + " " + flags, dir, c.capture(), words));
      }
    }
    for (String capture : fresh.stream().sorted().toList()) {
      for (String flags : EVERY_CAPTURE_FLAGS) {
        List<String> words = flags.isEmpty() ? List.of() : List.of(flags.split(" "));
        runs.add(new Run(prefix + capture + " " + (flags.isEmpty() ? "-" : flags), dir, capture,
            words));
      }
      var cut = CutCopies.write(dir.resolve(capture),
          Path.of("target/tcpdump-suite-cuts", version), 6);
      for (String flags : cut.isPresent() ? CUT_FLAGS : List.<String>of()) {
        runs.add(new Run(prefix + capture + " cut " + flags, dir,
            cut.get().toAbsolutePath().toString(), List.of(flags.split(" "))));
      }
      var changed = MutatedCopies.write(dir.resolve(capture),
          Path.of("target/tcpdump-suite-changed", version));
      for (String flags : changed.isPresent() ? MUTATED_FLAGS : List.<String>of()) {
        runs.add(new Run(prefix + capture + " changed " + flags, dir,
            changed.get().toAbsolutePath().toString(), List.of(flags.split(" "))));
      }
    }
  }

  private void check(Run run) {
    List<String> args = new ArrayList<>(List.of("-#", "-n", "-r",
        run.dir().resolve(run.capture()).toString()));
    args.addAll(run.flags());
    ledger.check(run.key(), SideBySide.run(args.toArray(String[]::new)));
  }

  @AfterAll
  void writeReport() throws IOException {
    // Grouped by flag set: TESTLIST's own cases (keys without a space) apart.
    ledger.writeReport(Path.of("target/tcpdump-suite-report.txt"),
        k -> !k.contains(" ") ? "TESTLIST"
            : k.contains(" cut ") ? k.substring(k.indexOf(" cut ") + 1)
            : k.contains(" changed ") ? k.substring(k.indexOf(" changed ") + 1)
            : k.substring(k.indexOf(' ') + 1));
  }
}
