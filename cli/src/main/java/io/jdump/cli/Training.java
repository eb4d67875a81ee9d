package io.jdump.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The training run behind the launcher's class-data archive (JDK 17's AppCDS) or AOT cache
 * (JDK 25): the commands a user types most, run in one JVM with their output thrown away, so
 * that the archive holds every class they load. A single command would leave out the classes
 * only the others need (a {@code -d} listing loads no reader or printer; a plain read loads no
 * compiler or JIT).
 *
 * <p>On JDK 25 every class the training loads is loaded again at each start (the AOT cache links
 * them ahead), so the training loads nothing it does not need: no lambdas (the JDK's lambda
 * machinery is hundreds of classes), no {@code Files.createTempFile} (its SecureRandom pulls in
 * the security providers); the range copies write to a scratch file the launcher names.
 *
 * <pre>{@code
 * java -XX:ArchiveClassesAtExit=cli/target/jdump.jsa -cp cli/target/jdump.jar \
 *     io.jdump.cli.Training samples/http.pcap cli/target/training-scratch.pcap
 * }</pre>
 */
public final class Training {
  private Training() {}

  /**
   * Runs the commands on {@code args[0]}, a capture file, or only those that need none; the
   * range copies write to {@code args[1]} (removed after) when it is given.
   */
  public static void main(String[] args) {
    Main.processConsole(); // built, never written to: its classes are what the archive wants
    String chain = hostChain();
    run("-d", "tcp port 80");
    run("-d", chain + " or tcp port 80 or udp and not net 192.168.0.0/16");
    run("-ddd", "ip6 and udp portrange 53-60");
    run("-O", "-dd", "vlan and tcp[tcpflags] & (tcp-syn|tcp-ack) != 0");
    if (args.length > 0 && Files.isRegularFile(Path.of(args[0]))) {
      String file = args[0];
      run("-n", "-r", file);
      run("-r", file);
      run("-n", "-v", "-r", file, "tcp port 80");
      run("--bpf-vm", "jit", "-r", file, "-w", "/dev/null", "udp or tcp port 80"); // a large file's VM
      run("-n", "-r", file, chain + " or tcp port 80 or udp and not net 192.168.0.0/16");
      run("-n", "-c", "3", "--bpf-vm", "interp", "-r", file, "tcp");
      run("-r", file, "-w", "/dev/null", "tcp port 80");
      run("-r", file, "-w", "/dev/null");
      run("--count", "-r", file);
      run("-n", "-X", "-r", file, "tcp");
      if (args.length > 1) rangeCopies(file, Path.of(args[1]));
    }
  }

  /**
   * A large file's copy: cut into ranges on worker threads ({@code RangeCopy}), which needs a
   * regular file to write; small ranges make the sample cut.
   */
  private static void rangeCopies(String file, Path out) {
    try {
      run("--bpf-vm", "jit", "--range-bytes", "64", "-r", file, "-w", out.toString(), "tcp port 80");
      run("--range-bytes", "64", "-r", file, "-w", out.toString());
    } finally {
      try {
        Files.deleteIfExists(out);
      } catch (IOException e) {
        // a scratch file left behind in the build directory harms nothing
      }
    }
  }

  /** An or-chain of 40 hosts: long enough to load every optimizer pass. */
  private static String hostChain() {
    var chain = new StringBuilder("host 10.0.0.1");
    for (int i = 2; i <= 40; i++) {
      chain.append(" or host 10.").append(i).append('.').append(i * 7 % 256).append('.').append(i);
    }
    return chain.toString();
  }

  private static void run(String... args) {
    var console = new Console(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(),
        new PrintStream(OutputStream.nullOutputStream()), new No(), new No(), new Clock());
    JdumpCommand.run(console, args);
  }

  /** No terminal anywhere. */
  private static final class No implements BooleanSupplier {
    @Override
    public boolean getAsBoolean() {
      return false;
    }
  }

  private static final class Clock implements LongSupplier {
    @Override
    public long getAsLong() {
      return System.nanoTime();
    }
  }
}
