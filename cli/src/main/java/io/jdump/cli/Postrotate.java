package io.jdump.cli;

import io.jdump.capture.file.RotatingSink;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * tcpdump's {@code -z command}: each file {@code -C} or {@code -G} has closed is handed to
 * {@code command file}, started at the lowest priority and not waited for, so that capturing
 * goes on (tcpdump forks, lowers the child's priority to 19 and execs; its last file, closed at
 * the end, is not handed over). The child shares jdump's standard streams and user: after
 * {@code -Z}, the user jdump became.
 *
 * <pre>{@code
 * new RotatingSink(plan, opener, RotatingSink.PCAP_SIZES, clock, LocalZone.system(), new Postrotate("gzip", err));
 * }</pre>
 */
final class Postrotate implements RotatingSink.Rotated {
  private final String command;
  private final PrintStream err;

  Postrotate(String command, PrintStream err) {
    this.command = command;
    this.err = err;
  }

  @Override
  public void closed(String file) {
    // execlp's search, done first so that a command that cannot run is reported in tcpdump's
    // words (its child prints them) rather than nice's or the JVM's
    String refused = searchFails();
    if (refused != null) {
      err.println("compress_savefile: execlp(" + command + ", " + file + ") failed: " + refused);
      return;
    }
    var argv = new ArrayList<String>();
    // nice -n 19 from any niceness of 0 or more is 19: tcpdump's setpriority(..., 19)
    if (onPath("nice") != null) argv.addAll(List.of("nice", "-n", "19"));
    argv.add(command);
    argv.add(file);
    try {
      new ProcessBuilder(argv).inheritIO().start();
    } catch (IOException e) {
      err.println("compress_savefile: fork failed: " + e.getMessage());
    }
  }

  /** {@return execlp's strerror for the command}, or null when it would run. */
  private String searchFails() {
    if (command.isEmpty()) return "No such file or directory";
    if (command.contains("/")) return runnable(Path.of(command));
    boolean denied = false;
    for (String dir : searchPath()) {
      String why = runnable(Path.of(dir.isEmpty() ? "." : dir, command));
      if (why == null) return null;
      denied |= why.equals("Permission denied");
    }
    return denied ? "Permission denied" : "No such file or directory";
  }

  private static String runnable(Path p) {
    if (!Files.exists(p)) return "No such file or directory";
    return Files.isRegularFile(p) && Files.isExecutable(p) ? null : "Permission denied";
  }

  private static Path onPath(String name) {
    for (String dir : searchPath()) {
      Path p = Path.of(dir.isEmpty() ? "." : dir, name);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
    }
    return null;
  }

  /** PATH's directories, or glibc's default when PATH is unset. */
  private static String[] searchPath() {
    String path = System.getenv("PATH");
    return (path == null ? "/bin:/usr/bin" : path).split(File.pathSeparator, -1);
  }
}
