package io.jdump.capture.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** tcpdump capturing to a file beside a test's own capture: the oracle for what was on the wire. */
final class TcpdumpRun implements AutoCloseable {
  private final Process process;
  private final Path file;
  private final List<String> stderr = new ArrayList<>();
  private final CompletableFuture<Boolean> listening = new CompletableFuture<>();
  private final Thread drainer;

  private TcpdumpRun(Process process, Path file) {
    this.process = process;
    this.file = file;
    drainer = new Thread(this::drainStderr, "tcpdump-stderr");
    drainer.setDaemon(true);
    drainer.start();
  }

  /**
   * Starts {@code tcpdump -i DEVICE -U -B 16384 -w FILE [ARGS]} and waits until it listens. Not
   * in immediate mode: there each frame takes a ring block of its own, and a burst of a few
   * dozen frames overflows the ring (tcpdump -i any lost 12 of 30 datagrams that way).
   */
  static TcpdumpRun start(String device, Path file, List<String> args) throws IOException {
    var cmd = new ArrayList<>(List.of("tcpdump", "-i", device, "-U", "-B", "16384",
        "-Z", "root", "-w", file.toString()));
    cmd.addAll(args);
    var run = new TcpdumpRun(new ProcessBuilder(cmd).start(), file);
    try {
      if (!run.listening.get(20, TimeUnit.SECONDS)) {
        throw new IOException("tcpdump did not start: " + run.stderrLines());
      }
    } catch (Exception e) {
      run.process.destroyForcibly();
      throw new IOException("tcpdump did not start: " + run.stderrLines(), e);
    }
    return run;
  }

  private void drainStderr() {
    try (var r = new BufferedReader(new InputStreamReader(process.getErrorStream(),
        StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        synchronized (stderr) {
          stderr.add(line);
        }
        if (line.contains("listening on")) listening.complete(true);
      }
    } catch (IOException e) {
      // the process ended
    }
    listening.complete(false);
  }

  List<String> stderrLines() {
    synchronized (stderr) {
      return List.copyOf(stderr);
    }
  }

  /** {@return the frames written so far} (tcpdump flushes each one: -U) */
  List<Frame> frames() throws IOException {
    return PcapFileFrames.read(file);
  }

  /** Waits (at most 20 s) for tcpdump to end by itself; {@return its exit status} */
  int awaitExit() throws IOException {
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) throw new IOException("tcpdump still runs");
      drainer.join(5000);
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** Stops tcpdump as a kill would; {@return its exit status} */
  int stop() throws IOException {
    try {
      process.destroy(); // SIGTERM: tcpdump ends as on Ctrl-C, its file complete
      if (!process.waitFor(20, TimeUnit.SECONDS)) process.destroyForcibly();
      int status = process.waitFor();
      drainer.join(5000);
      return status;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
