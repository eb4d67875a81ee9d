package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
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
 * The project's own captures (samples/ and print/captures/: real daemons, everyday programs,
 * seeded generators) with bytes of their packets changed ({@link MutatedCopies}), run by the
 * jdump command and by tcpdump 4.99.3 with {@code -# -n -r} under {@code -vvv -e} and compared
 * as {@link TcpdumpSuiteTest} compares ({@link SideBySide}). The golden matrices print these
 * captures whole; changed, their packets reach the checks of lengths, versions and counts. A
 * case may differ only as much as mutated-gaps.txt says; the results go to
 * target/mutated-report.txt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MutatedCapturesTest {
  private static final Path GAPS = Path.of("src/test/resources/print/mutated-gaps.txt");
  private static final List<Path> DIRECTORIES =
      List.of(Path.of("../samples"), Path.of("src/test/resources/print/captures"));
  private static final List<String> FLAG_SETS = List.of("-vvv -e");
  private final GapsLedger ledger;

  MutatedCapturesTest() throws IOException {
    ledger = new GapsLedger(GAPS);
  }

  private record Run(String key, Path capture, List<String> flags) {}

  @TestFactory
  Stream<DynamicTest> printsWhatTcpdumpPrintsOnChangedPackets() throws Exception {
    List<Run> runs = new ArrayList<>();
    for (Path dir : DIRECTORIES) {
      List<Path> captures;
      try (Stream<Path> files = Files.list(dir)) {
        captures = files.filter(p -> p.toString().endsWith(".pcap")).sorted().toList();
      }
      for (Path capture : captures) {
        var changed = MutatedCopies.write(capture, Path.of("target/mutated").toAbsolutePath());
        if (changed.isEmpty()) continue;
        for (String flags : FLAG_SETS) {
          runs.add(new Run(capture.getFileName() + " " + flags, changed.get(),
              List.of(flags.split(" "))));
        }
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
    ledger.writeReport(Path.of("target/mutated-report.txt"),
        k -> k.substring(k.indexOf(' ') + 1));
  }
}
