package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Command lines built over several inputs and run by tcpdump and by jdump, compared as a user
 * sees them.
 *
 * <pre>{@code
 * for (String[] a : SameAsTcpdump.commandLines(files, f -> List.of("-r", f.toString()), cases)) {
 *   SameAsTcpdump.assertSame(Tcpdump.run(a), Jdump.run(a), String.join(" ", a));
 * }
 * }</pre>
 */
final class SameAsTcpdump {
  private SameAsTcpdump() {}

  /** {@return for each file and each case: {@code head(file)}, then the case's words} */
  static List<String[]> commandLines(List<Path> files, Function<Path, List<String>> head,
      List<List<String>> cases) {
    var lines = new ArrayList<String[]>();
    for (Path file : files) {
      for (List<String> extra : cases) {
        var args = new ArrayList<>(head.apply(file));
        args.addAll(extra);
        lines.add(args.toArray(String[]::new));
      }
    }
    return lines;
  }

  /**
   * Same status, the same bytes on standard output, and the same standard error once each
   * program's name is taken off its lines.
   */
  static void assertSame(Outcome tcpdump, Outcome jdump, String what) {
    assertEquals(tcpdump.status(), jdump.status(), what);
    assertEquals(tcpdump.stderr().replaceAll("(?m)^tcpdump: ", ""),
        jdump.stderr().replaceAll("(?m)^jdump: ", ""), what);
    assertArrayEquals(tcpdump.stdout(), jdump.stdout(), what);
  }
}
