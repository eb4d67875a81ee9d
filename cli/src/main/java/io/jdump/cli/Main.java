package io.jdump.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;

/**
 * The process entry point: runs {@link JdumpCommand} on the process's own streams and exits
 * with its status.
 *
 * <pre>{@code
 * java -jar cli/target/jdump.jar -r in.pcap -w out.pcap 'tcp port 80'
 * }</pre>
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(JdumpCommand.run(processConsole(), args));
  }

  /** {@return the process's own streams} (also built by {@link Training}, for its lambdas). */
  static Console processConsole() {
    // System.out flushes every 128 bytes: jdump buffers standard output itself.
    return new Console(new FileInputStream(FileDescriptor.in),
        new FileOutputStream(FileDescriptor.out), System.err, () -> Terminal.isTerminal(1),
        () -> Terminal.isTerminal(2), System::nanoTime);
  }
}
