package io.jdump.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;

/** Runs the command in-process on captured streams, as a user's shell would run the jar. */
final class Jdump {
  private Jdump() {}

  static Outcome run(String... args) {
    return run(new byte[0], false, System::nanoTime, args);
  }

  static Outcome runWithInput(byte[] stdin, String... args) {
    return run(stdin, false, System::nanoTime, args);
  }

  /** Runs with standard output going to {@code stdout}; the outcome's stdout is then empty. */
  static Outcome runTo(java.io.OutputStream stdout, String... args) {
    var err = new ByteArrayOutputStream();
    var errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    var console = new Console(new ByteArrayInputStream(new byte[0]), stdout, errStream, () -> false,
        () -> false, System::nanoTime);
    int status = JdumpCommand.run(console, args);
    return new Outcome(status, new byte[0], err.toString(StandardCharsets.UTF_8));
  }

  static Outcome run(byte[] stdin, boolean stderrIsTerminal, LongSupplier clock, String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    var errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    var console = new Console(new ByteArrayInputStream(stdin), out, errStream, () -> false,
        () -> stderrIsTerminal, clock);
    int status = JdumpCommand.run(console, args);
    errStream.flush();
    return new Outcome(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }
}
