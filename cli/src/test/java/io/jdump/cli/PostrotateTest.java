package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * -C with -r and -w, and -z's command on each file a rotation closes, beside tcpdump on the same
 * files: the same series of files byte for byte, the same names handed to the command (tcpdump
 * does not wait for it, nor hand it the last file), the same standard error and status.
 */
class PostrotateTest {
  @TempDir
  Path dir;

  @Test
  void rotatedFilesAndTheCommandsArgumentsAreTcpdumps() throws Exception {
    Path small = GenPcap.write(dir, 9000, 31, 0);
    Path large = GenPcap.write(dir, 20000, 32, 0);
    assertTrue(Files.size(large) > 3_000_000, "a few -C 1 files: " + Files.size(large));
    List<List<String>> cases = List.of(
        List.of("-r", large.toString(), "-C", "1"),
        List.of("-r", large.toString(), "-C", "1", "-W", "2"),
        List.of("-r", large.toString(), "-C", "1", "-W", "11"),
        List.of("-r", large.toString(), "-C", "2", "tcp or udp"),
        List.of("-r", large.toString(), "-C", "1", "-c", "9000"),
        List.of("-r", small.toString(), "-C", "1"),
        List.of("-r", small.toString(), "-C", "5"));
    int n = 0;
    for (List<String> c : cases) {
      Path t = Files.createDirectories(dir.resolve("t" + n));
      Path j = Files.createDirectories(dir.resolve("j" + n));
      n++;
      Outcome tcpdump = Tcpdump.run(args(c, t, false));
      Outcome jdump = Jdump.run(args(c, j, false));
      assertEquals(tcpdump.status(), jdump.status(), c::toString);
      assertEquals(sorted(tcpdump.errorsWithoutName("tcpdump")), sorted(jdump.errorsWithoutName("jdump")),
          c::toString);
      List<String> tNames = handedOver(t, null);
      List<String> jNames = handedOver(j, tNames.size());
      assertEquals(tNames, jNames, c::toString);
      assertTrue(tNames.size() > 0 || c.contains("5"), c + ": nothing rotated");
      List<Path> tFiles = outputs(t);
      List<Path> jFiles = outputs(j);
      assertEquals(tFiles.stream().map(p -> p.getFileName().toString()).toList(),
          jFiles.stream().map(p -> p.getFileName().toString()).toList(), c::toString);
      for (int i = 0; i < tFiles.size(); i++) {
        assertArrayEquals(Files.readAllBytes(tFiles.get(i)), Files.readAllBytes(jFiles.get(i)),
            c + " " + tFiles.get(i).getFileName());
      }
    }
  }

  /**
   * A command that cannot run: tcpdump's child says so on standard error, one line per file.
   * (Past that line tcpdump's run is no oracle: the child's exit flushes the parent's read
   * buffer through their shared file offset, and tcpdump then reads garbage.)
   */
  @Test
  void aCommandThatCannotRunIsReportedInTcpdumpsWords() throws Exception {
    Path large = GenPcap.write(dir, 20000, 33, 0);
    for (String command : List.of("no-such-command-here", dir.resolve("nothing").toString(),
        dir.toString())) {
      Path t = Files.createDirectories(dir.resolve("t-" + command.hashCode()));
      Path j = Files.createDirectories(dir.resolve("j-" + command.hashCode()));
      List<String> c = List.of("-r", large.toString(), "-C", "1", "-z", command);
      // tcpdump's children print as they run, in any order, and only until its run goes wrong
      List<String> tLines = Tcpdump.run(args(c, t, true)).errLines().stream()
          .filter(l -> l.startsWith("compress_savefile"))
          .map(l -> l.replace(t.toString(), j.toString())).toList();
      Outcome jdump = Jdump.run(args(c, j, true));
      assertEquals(0, jdump.status(), jdump::toString);
      List<String> said = jdump.errLines().stream().filter(l -> l.startsWith("compress_savefile")).toList();
      assertEquals(outputs(j).size() - 1, said.size(), jdump::toString);
      assertTrue(!tLines.isEmpty() && said.containsAll(tLines), tLines + " in " + said);
    }
  }

  /** The case's arguments, writing into {@code out} with a recording -z unless one is given. */
  private static String[] args(List<String> c, Path out, boolean ownCommand) throws IOException {
    var a = new ArrayList<String>();
    for (int i = 0; i < c.size(); i++) {
      if (c.get(i).equals("-w")) {
        i++; // the case's own -w is replaced: each tool writes into its own directory
        continue;
      }
      a.add(c.get(i));
    }
    a.addAll(List.of("-w", out.resolve("out").toString()));
    if (!ownCommand) a.addAll(List.of("-z", recorder(out).toString()));
    return a.toArray(String[]::new);
  }

  /** A command that appends its argument's file name, and its niceness, to {@code dir}/log. */
  private static Path recorder(Path dir) throws IOException {
    Path script = dir.getParent().resolve(dir.getFileName() + "-record.sh");
    Files.writeString(script, "#!/bin/sh\necho \"$(basename \"$1\") $(nice)\" >> '" + dir.resolve("log") + "'\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }

  /**
   * {@return the log's lines, sorted} once {@code expected} lines are there (or, with null,
   * once it has not grown for a second): the commands run on after their parent is done.
   */
  private static List<String> handedOver(Path dir, Integer expected) throws Exception {
    Path log = dir.resolve("log");
    long deadline = System.nanoTime() + 20_000_000_000L;
    List<String> last = List.of();
    long stableSince = System.nanoTime();
    while (System.nanoTime() < deadline) {
      List<String> now = Files.exists(log) ? Files.readAllLines(log) : List.of();
      if (expected != null && now.size() >= expected) {
        Thread.sleep(300); // and nothing more after that
        return sorted(Files.exists(log) ? Files.readAllLines(log) : List.of());
      }
      if (!now.equals(last)) {
        last = now;
        stableSince = System.nanoTime();
      } else if (expected == null && System.nanoTime() - stableSince > 1_500_000_000L) {
        return sorted(now);
      }
      Thread.sleep(50);
    }
    return sorted(last);
  }

  private static List<Path> outputs(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().startsWith("out")).sorted().toList();
    }
  }

  private static List<String> sorted(List<String> lines) {
    return lines.stream().sorted().toList();
  }
}
