package io.jdump.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged and unusual capture files from a seeded mutation fuzzer ({@link DamagedFiles}) given
 * to tcpdump and to jdump (in-process): printing ({@code -n}, {@code -n -v}, {@code -n -e},
 * {@code -n -x -vv}, {@code -c 3}),
 * counting ({@code --count}), and copying ({@code -w}, with and without a filter; jdump also
 * by small ranges, so that the range copy and its hand-off to the reader meet the damage), with
 * the same standard output, standard error (the program's name aside), exit status and output
 * bytes. A few files over 16 MiB take the threaded range copy of a plain {@code -w}. Never a
 * stack trace, a hang or an error thrown out of the command.
 */
class DamagedFilesDifferentialTest {
  /** The fuzzer's seed and sizes; other values can be tried with -Ddamaged.seed=... etc. */
  private static final long SEED = Long.getLong("damaged.seed", 20261206);
  private static final int SMALL_FILES = Integer.getInteger("damaged.files", 300);
  private static final int LARGE_FILES = Integer.getInteger("damaged.large", 8);
  /** Longer than any honest run of one command on one file, on a loaded machine. */
  private static final long TIMEOUT_SECONDS = 60;

  @TempDir
  Path dir;

  private ExecutorService runner;

  @BeforeEach
  void start() {
    runner = Executors.newSingleThreadExecutor(r -> {
      var t = new Thread(r, "damaged-files");
      t.setDaemon(true);
      return t;
    });
  }

  @AfterEach
  void stop() {
    runner.shutdownNow();
  }

  @Test
  void damagedFilesReadCopyAndCountAsTcpdumpDoes() throws IOException {
    List<DamagedFiles.Made> files = new DamagedFiles(SEED).generate(SMALL_FILES, LARGE_FILES);
    var differences = new ArrayList<String>();
    var byCategory = new TreeMap<String, Integer>();
    // what tcpdump said, digits and paths aside: how much of libpcap's checking the files reach
    var messages = new TreeMap<String, Integer>();
    int cases = 0;
    for (DamagedFiles.Made m : files) {
      Path f = Files.write(dir.resolve(m.name()), m.bytes());
      String in = f.toString();
      var commands = new ArrayList<>(List.of(
          List.of("-n", "-r", in),
          List.of("-n", "-v", "-r", in),
          List.of("-n", "-r", in, "-c", "3"),
          List.of("--count", "-r", in),
          List.of("-r", in, "-w", "@OUT"),
          List.of("-r", in, "-w", "@OUT", "tcp or udp")));
      if (!m.large()) {
        // the link-layer printers and the hex dump on junk frames (not on 17 MiB: 80 MB of text)
        commands.add(List.of("-n", "-e", "-r", in));
        commands.add(List.of("-n", "-x", "-vv", "-r", in));
      }
      for (List<String> command : commands) {
        String d = compare(messages, command, command.contains("@OUT")
            ? List.of(List.of(), List.of("--range-bytes", "256")) : List.of(List.of()));
        cases++;
        if (d != null) {
          differences.add(m.name() + " " + command + ": " + d);
          byCategory.merge(m.category(), 1, Integer::sum);
        }
      }
      Files.delete(f);
    }
    String report = "files " + files.size() + ", cases " + cases + ", differing "
        + differences.size() + " by category " + byCategory + "\n"
        + String.join("\n", differences.subList(0, Math.min(40, differences.size())));
    Files.writeString(Path.of("target", "damaged-files-differences.txt"),
        String.join("\n", differences));
    var said = new StringBuilder();
    messages.forEach((m, n) -> said.append(n).append('\t').append(m).append('\n'));
    Files.writeString(Path.of("target", "damaged-files-tcpdump-errors.txt"), said);
    System.out.println("DamagedFilesDifferentialTest: " + files.size() + " files, " + cases
        + " cases, " + messages.size() + " distinct tcpdump errors, " + differences.size()
        + " differing");
    assertTrue(cases >= 8 * SMALL_FILES + 6 * LARGE_FILES, report);
    assertEquals(0, differences.size(), report);
  }

  /**
   * Runs the command by tcpdump once and by jdump with each of {@code jdumpExtras} added,
   * {@code @OUT} standing for each one's output file; {@return the first difference} or null.
   */
  private String compare(Map<String, Integer> messages, List<String> command,
      List<List<String>> jdumpExtras) throws IOException {
    Path theirs = dir.resolve("tcpdump.out");
    Path ours = dir.resolve("jdump.out");
    Files.deleteIfExists(theirs);
    Outcome want = Tcpdump.run(with(command, theirs, List.of()));
    for (String line : want.errLines()) {
      if (line.startsWith("tcpdump: ")) {
        messages.merge(line.replace(dir.toString(), "").replaceAll("[0-9]+", "N"), 1, Integer::sum);
      }
    }
    byte[] wantBytes = Files.exists(theirs) ? Files.readAllBytes(theirs) : null;
    for (List<String> extra : jdumpExtras) {
      Files.deleteIfExists(ours);
      String[] args = with(command, ours, extra);
      Outcome got;
      try {
        Future<Outcome> run = runner.submit(() -> Jdump.run(args));
        got = run.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        runner.shutdownNow();
        start();
        return "jdump hangs " + extra;
      } catch (Exception e) {
        return "jdump threw " + e.getCause() + " " + extra;
      }
      byte[] gotBytes = Files.exists(ours) ? Files.readAllBytes(ours) : null;
      String why = differs(want, got, wantBytes, gotBytes);
      if (why != null) return why + (extra.isEmpty() ? "" : " " + extra);
    }
    return null;
  }

  private static String differs(Outcome want, Outcome got, byte[] wantBytes, byte[] gotBytes) {
    if (got.stderr().contains("\tat ") || got.stderr().contains("Exception")) {
      return "stack trace: " + got.stderr();
    }
    if (want.status() != got.status()) {
      return "status tcpdump " + want.status() + " jdump " + got.status() + "; stderr tcpdump "
          + want.stderr() + " jdump " + got.stderr();
    }
    String wantErr = want.stderr().replaceAll("(?m)^tcpdump: ", "jdump: ");
    if (!wantErr.equals(got.stderr())) {
      return "stderr tcpdump [" + wantErr + "] jdump [" + got.stderr() + "]";
    }
    if (!Arrays.equals(want.stdout(), got.stdout())) {
      return "stdout: " + firstDifferentLine(want.out(), got.out());
    }
    if (wantBytes == null != (gotBytes == null)) {
      return "output file: tcpdump " + (wantBytes != null) + " jdump " + (gotBytes != null);
    }
    if (wantBytes != null && !Arrays.equals(wantBytes, gotBytes)) {
      return "output bytes differ: tcpdump " + wantBytes.length + " jdump " + gotBytes.length
          + " first at " + Arrays.mismatch(wantBytes, gotBytes);
    }
    return null;
  }

  private static String firstDifferentLine(String want, String got) {
    List<String> a = want.lines().toList();
    List<String> b = got.lines().toList();
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      String x = i < a.size() ? a.get(i) : "<none>";
      String y = i < b.size() ? b.get(i) : "<none>";
      if (!x.equals(y)) return "line " + (i + 1) + " tcpdump [" + x + "] jdump [" + y + "]";
    }
    return "same lines, other bytes";
  }

  private static String[] with(List<String> command, Path out, List<String> extra) {
    var args = new ArrayList<String>(extra);
    for (String a : command) args.add(a.equals("@OUT") ? out.toString() : a);
    return args.toArray(String[]::new);
  }
}
