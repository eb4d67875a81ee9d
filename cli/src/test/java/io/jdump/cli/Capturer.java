package io.jdump.cli;

import io.jdump.capture.Packet;
import io.jdump.capture.file.CaptureFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * jdump (its classes, on this test JVM's class path) or tcpdump capturing in a child process, so
 * that it can be stopped by a real signal. {@link #start} returns once it said "listening on".
 *
 * <pre>{@code
 * var j = Capturer.jdump("-i", lab.hostIf, "-w", file); ...; j.signal("INT"); j.waitFor();
 * }</pre>
 */
final class Capturer {
  private final Process process;
  private final StringBuffer stderr = new StringBuffer();
  private final CountDownLatch listening = new CountDownLatch(1);
  private final Thread reader;

  private Capturer(List<String> command, ProcessBuilder.Redirect stdout) throws IOException {
    process = new ProcessBuilder(command).redirectOutput(stdout).start();
    reader = new Thread(this::readStderr, "stderr of " + command.get(0));
    reader.start();
  }

  static Capturer jdump(String... args) throws IOException {
    return jdumpTo(null, args);
  }

  /** {@return jdump started} its standard output going to {@code stdout} (null: discarded) */
  static Capturer jdumpTo(Path stdout, String... args) throws IOException {
    var cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "io.jdump.cli.Main"));
    cmd.addAll(Arrays.asList(args));
    return started(cmd, stdout);
  }

  static Capturer tcpdump(String... args) throws IOException {
    return tcpdumpTo(null, args);
  }

  /** {@return tcpdump started (as root unless a later -Z says otherwise)} stdout as jdumpTo's */
  static Capturer tcpdumpTo(Path stdout, String... args) throws IOException {
    var cmd = new ArrayList<>(List.of("tcpdump", "-Z", "root"));
    cmd.addAll(Arrays.asList(args));
    return started(cmd, stdout);
  }

  private static Capturer started(List<String> cmd, Path stdout) throws IOException {
    var c = new Capturer(cmd, stdout == null
        ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
    try {
      if (!c.listening.await(60, TimeUnit.SECONDS)) {
        c.process.destroyForcibly();
        throw new IOException("never listened: " + c.stderr);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    if (!c.process.isAlive() && c.stderr.indexOf("listening on") < 0) {
      throw new IOException("ended: " + c.stderr);
    }
    return c;
  }

  private void readStderr() {
    try (var in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        stderr.append(line).append('\n');
        if (line.contains("listening on")) listening.countDown();
      }
    } catch (IOException e) {
      stderr.append("(stderr: ").append(e).append(")\n");
    } finally {
      listening.countDown();
    }
  }

  /** Sends a signal by name (INT, TERM, USR1) to the process itself. */
  void signal(String name) throws IOException {
    LiveLab.sh("kill", "-" + name, Long.toString(process.pid()));
  }

  /** {@return the exit status} once the process ended and its stderr is read */
  int waitFor() throws IOException {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("did not end: " + stderr);
      }
      reader.join();
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  boolean isAlive() {
    return process.isAlive();
  }

  String stderr() {
    return stderr.toString();
  }

  /** {@return N from the "N packets captured" line}, or -1 */
  long capturedLine() {
    for (String line : stderr().split("\n")) {
      if (line.matches("\\d+ packets? captured")) return Long.parseLong(line.split(" ")[0]);
    }
    return -1;
  }

  /** {@return the frames in a pcap file}, each its captured bytes; fails on a corrupt file. */
  static List<byte[]> frames(Path file) throws IOException {
    var out = new ArrayList<byte[]>();
    try (var in = CaptureFiles.open(file)) {
      var p = new Packet();
      while (in.next(p)) out.add(Arrays.copyOfRange(p.buffer(), p.offset(), p.offset() + p.caplen()));
    }
    return out;
  }
}
