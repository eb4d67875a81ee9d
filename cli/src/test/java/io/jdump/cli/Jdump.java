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

  static Outcome run(byte[] stdin, boolean stderrIsTerminal, LongSupplier clock, String... args) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    var errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    var console = new Console(new ByteArrayInputStream(stdin), out, errStream,
        () -> stderrIsTerminal, clock);
    int status = JdumpCommand.run(console, args);
    errStream.flush();
    return new Outcome(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }
}
