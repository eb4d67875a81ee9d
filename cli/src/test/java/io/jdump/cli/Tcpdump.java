package io.jdump.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The oracle: the installed tcpdump, run with the same arguments. As root, tcpdump gives up its
 * privileges to the user "tcpdump" before writing; {@code -Z root} keeps it able to write in
 * the tests' private directories. Its time zone is the JVM's, so that both print the same
 * local times.
 */
final class Tcpdump {
  private Tcpdump() {}

  static Outcome run(String... args) {
    return runWithInput(null, args);
  }

  /** {@return tcpdump's run of args} with these variables added to its environment */
  static Outcome runWithEnv(Map<String, String> env, String... args) {
    return runWithInput(null, env, args);
  }

  private static CompletableFuture<byte[]> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try {
        return stream.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, Tcpdump::thread);
  }

  /** Not the common pool: on two cores it runs one task at a time, and these block. */
  private static void thread(Runnable r) {
    new Thread(r).start();
  }

  static Outcome runWithInput(byte[] stdin, String... args) {
    return runWithInput(stdin, Map.of(), args);
  }

  private static Outcome runWithInput(byte[] stdin, Map<String, String> env, String... args) {
    var command = new ArrayList<String>(List.of("tcpdump"));
    if ("root".equals(System.getProperty("user.name"))) command.addAll(List.of("-Z", "root"));
    command.addAll(List.of(args));
    var pb = new ProcessBuilder(command);
    pb.environment().putAll(env);
    try {
      Process p = pb.start();
      // Three streams at once, each on its own thread: a pipe that fills blocks its writer.
      CompletableFuture<byte[]> stderr = drain(p.getErrorStream());
      CompletableFuture<Void> feed = CompletableFuture.runAsync(() -> {
        try (var in = p.getOutputStream()) {
          if (stdin != null) in.write(stdin);
        } catch (IOException e) {
          // tcpdump may exit before reading all of its input: that is its answer
        }
      }, Tcpdump::thread);
      byte[] out = p.getInputStream().readAllBytes();
      int status = p.waitFor();
      feed.join();
      return new Outcome(status, out, new String(stderr.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
