package io.jdump.capture.live;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the commands the live tests need (ip, tcpdump, python3), failing loudly. */
final class Shell {
  private Shell() {}

  /** The outcome of a command that ran to its end. */
  record Result(int status, String out, String err) {}

  /** {@return the outcome} stdin given as text; a command running past 30 s is killed. */
  static Result run(List<String> command, String stdin) throws IOException {
    Process p = new ProcessBuilder(command).start();
    try (var in = p.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    try {
      // Read both streams to their end before waiting: a full pipe would hang the child.
      var err = new java.util.concurrent.CompletableFuture<String>();
      Thread t = new Thread(() -> {
        try {
          err.complete(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
          err.completeExceptionally(e);
        }
      });
      t.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("timed out: " + command);
      }
      t.join();
      return new Result(p.exitValue(), out, err.join());
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + command, e);
    }
  }

  static Result run(String... command) throws IOException {
    return run(List.of(command), "");
  }

  /** Runs a command that must succeed; {@return its stdout} */
  static String must(String... command) throws IOException {
    Result r = run(command);
    if (r.status() != 0) {
      throw new IOException(String.join(" ", command) + " failed (" + r.status() + "): " + r.err());
    }
    return r.out();
  }
}
