package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without -w, packets are printed as tcpdump prints them: the command passes every printing
 * flag through, so that {@code jdump -n -r F FLAGS} and {@code tcpdump -n -r F FLAGS} agree line
 * for line on the shared workload.
 */
class PrintingTest {
  @TempDir
  Path dir;

  private static final List<List<String>> FLAGS = List.of(
      List.of(), List.of("-t"), List.of("-tt"), List.of("-ttt"), List.of("-tttt"), List.of("-ttttt"),
      List.of("-e"), List.of("-q"), List.of("-v"), List.of("-vv"), List.of("-x"), List.of("-xx"),
      List.of("-X"), List.of("-XX"), List.of("-A"), List.of("-#"), List.of("--number"), List.of("-S"),
      List.of("-K", "-v"), List.of("-l"), List.of("--nano"), List.of("-tt", "--nano"),
      List.of("-c", "25", "-e", "-X"), List.of("-qte"));

  @Test
  void everyPrintingFlagPrintsAsTcpdumpDoes() {
    Path in = GenPcap.write(dir, 400, 11, 0);
    Path snapped = GenPcap.write(dir, 400, 12, 80);
    for (Path file : List.of(in, snapped)) {
      for (List<String> flags : FLAGS) {
        var args = new ArrayList<>(List.of("-n", "-r", file.toString()));
        args.addAll(flags);
        String[] a = args.toArray(String[]::new);
        Outcome jdump = Jdump.run(a);
        Outcome tcpdump = Tcpdump.run(a);
        assertEquals(tcpdump.status(), jdump.status(), args::toString);
        assertEquals(tcpdump.errLines(), jdump.errLines(), args::toString);
        List<String> theirs = tcpdump.out().lines().toList();
        List<String> ours = jdump.out().lines().toList();
        assertEquals(theirs.size(), ours.size(), args::toString);
        for (int i = 0; i < theirs.size(); i++) {
          int line = i;
          assertEquals(theirs.get(i), ours.get(i), () -> args + " line " + (line + 1));
        }
      }
    }
  }
}
