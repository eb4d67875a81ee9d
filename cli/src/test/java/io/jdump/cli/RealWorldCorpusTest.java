package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The printer against tcpdump 4.99.3 on captures nobody on this project picked: the 377 that
 * nDPI 4.2 and Wireshark 4.0.17 ship in their source packages ({@link RealWorldCorpus}). Each
 * capture under each flag set (and with bytes changed, {@link MutatedCopies}) is run by the jdump command (in-process) and by tcpdump with
 * {@code -# -n -r}, and compared as {@link TcpdumpSuiteTest} compares: standard output line for
 * line, exit status and error lines ({@link SideBySide}). A case may differ only as much as
 * real-world-gaps.txt says; every result is written to target/real-world-report.txt, in the
 * gaps file's form, with each flag set's counts at its end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealWorldCorpusTest {
  private static final Path GAPS = Path.of("src/test/resources/print/real-world-gaps.txt");
  /**
   * The everyday forms (none, -q, -e), the decoders' verbose paths (-v, -vv, -vvv), the dumps
   * (-X, -x, where a decoder that stops early shows in the bytes it leaves), and absolute time
   * at nanosecond precision from microsecond and nanosecond files. Then the sets a sweep of
   * 60 more flag sets found differences with (docs/testing.md): -q with -vv (what -q keeps
   * from being dumped) and -K (which checksums it skips), and -T's forced decoders on every
   * UDP datagram, RTCP and DNS.
   */
  private static final List<String> FLAG_SETS = List.of("", "-v", "-vv", "-e", "-q",
      "-vvv -X", "-e -vv -x", "-tttt --nano", "-q -vv -K", "-T rtcp", "-T domain -vv");
  /** Each pcap capture again with bytes of its packets changed ({@link MutatedCopies}). */
  private static final List<String> MUTATED_FLAGS = List.of("-vvv -e");
  /** This run's results, written out after every case has run (one instance: PER_CLASS). */
  private final GapsLedger ledger;

  RealWorldCorpusTest() throws IOException {
    ledger = new GapsLedger(GAPS);
  }

  /** A run to compare: its key in the gaps file, capture and flags. */
  private record Run(String key, Path capture, List<String> flags) {}

  @TestFactory
  Stream<DynamicTest> printsWhatTcpdumpPrintsOnOtherProjectsCaptures() throws Exception {
    List<Run> runs = new ArrayList<>();
    for (RealWorldCorpus.Capture c : RealWorldCorpus.captures()) {
      for (String flags : FLAG_SETS) {
        List<String> words = flags.isEmpty() ? List.of() : List.of(flags.split(" "));
        runs.add(new Run(c.name() + " " + (flags.isEmpty() ? "-" : flags), c.file(), words));
      }
      // the corpus's names are paths: the copy's name keeps them apart
      var changed = MutatedCopies.write(c.file(),
          Path.of("target/real-world-changed", c.name().replace('/', '_')).toAbsolutePath());
      for (String flags : changed.isPresent() ? MUTATED_FLAGS : List.<String>of()) {
        runs.add(new Run(c.name() + " changed " + flags, changed.get(),
            List.of(flags.split(" "))));
      }
    }
    return runs.stream().map(r -> DynamicTest.dynamicTest(r.key(),
        () -> assertTimeoutPreemptively(Duration.ofSeconds(120), () -> check(r))));
  }

  private void check(Run run) {
    List<String> args = new ArrayList<>(List.of("-#", "-n", "-r", run.capture().toString()));
    args.addAll(run.flags());
    ledger.check(run.key(), SideBySide.run(args.toArray(String[]::new)));
  }

  @AfterAll
  void writeReport() throws IOException {
    // Grouped by flag set: what follows the capture's name (which holds no space).
    ledger.writeReport(Path.of("target/real-world-report.txt"),
        k -> k.substring(k.indexOf(' ') + 1));
  }
}
