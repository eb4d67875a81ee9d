package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The live flags refused, or devices not found, in tcpdump's words and with its status: each
 * case runs jdump in-process and tcpdump on the same arguments, and compares their first error
 * line (without the program's name) and exit status. Also -D against tcpdump -D, alone and
 * with -r.
 */
class LiveFlagsTest {
  static List<List<String>> refusals() {
    return List.of(
        List.of("-B", "0"), List.of("-B", "x"), List.of("-B", "-5"),
        List.of("-C", "0"), List.of("-C", "-1"), List.of("-C", "1k"), List.of("-C", "1.5"),
        List.of("-C", ""), List.of("-G", "-1"), List.of("-W", "0"), List.of("-W", "-3"),
        List.of("-W", "x"), List.of("-Q", "foo"), List.of("-j", "foo"),
        List.of("-i", "nosuch0"), List.of("-i", "0"), List.of("-i", "9999"),
        List.of("-i", "jdump-nosuch", "-L"), List.of("-y", "NOSUCH", "-i", "lo"),
        List.of("-i", "lo", "-s", "-1"), List.of("-i", "lo", "-s", "300000"),
        List.of("-i", "lo", "tcp and"), List.of("-i", "lo", "-B"), List.of("-Xpi"));
  }

  @ParameterizedTest
  @MethodSource("refusals")
  void refusedInTcpdumpsWords(List<String> args) {
    String[] a = args.toArray(String[]::new);
    Outcome t = Tcpdump.run(a);
    Outcome j = Jdump.run(a);
    assertEquals(t.status(), j.status(), j.stderr());
    assertEquals(firstError(t, "tcpdump"), firstError(j, "jdump"));
  }

  /** -D lists and exits before a file is opened: with -r, even a missing one, it still lists. */
  @Test
  void listsInterfacesAsTcpdump() {
    for (String[] a : new String[][] {{"-D"}, {"-D", "-r", "jdump-no-such-file.pcap"},
        {"-n", "-r", "jdump-no-such-file.pcap", "-D", "-v"}}) {
      Outcome t = Tcpdump.run(a);
      Outcome j = Jdump.run(a);
      assertEquals(List.of(t.status(), t.out(), t.stderr()),
          List.of(j.status(), j.out(), j.stderr()), List.of(a)::toString);
    }
  }

  private static String firstError(Outcome o, String program) {
    return o.errLines().stream().filter(l -> l.startsWith(program + ": ")).findFirst()
        .map(l -> l.substring(program.length() + 2)).orElse("(no error line) " + o.stderr());
  }
}
