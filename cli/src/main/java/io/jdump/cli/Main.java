package io.jdump.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The process entry point: runs {@link JdumpCommand} on the process's own streams and exits
 * with its status.
 *
 * <p>The paths of the common commands ({@code -r}, {@code -d}) use no lambda, method reference
 * or record {@code equals}: on JDK 17 the first invokedynamic of a run starts the method-handle
 * machinery, ~20 ms of a cold start that no class-data archive keeps (issue 14). Small named
 * classes stand in for them there; LauncherIT checks that those commands spin none.
 *
 * <pre>{@code
 * java -jar cli/target/jdump.jar -r in.pcap -w out.pcap 'tcp port 80'
 * }</pre>
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int status = JdumpCommand.run(processConsole(), args);
    // From JDK 21 on, System.exit asks for a System.Logger (Runtime.exit's debug log), whose
    // first use loads the logger finder through a ServiceLoader: ~5 ms at the end of a cold run
    // (-Xlog:class+init on JDK 25). A run that ends well with no other thread left returns, and
    // the JVM ends as exit(0) ends it.
    if (status != 0 || othersAlive()) System.exit(status);
  }

  /** {@return true when a thread besides this one would keep the JVM up after main returns} */
  private static boolean othersAlive() {
    ThreadGroup group = Thread.currentThread().getThreadGroup();
    Thread[] threads = new Thread[group.activeCount() + 16];
    int n = group.enumerate(threads, true);
    if (n == threads.length) return true; // more than we could see: exit as before
    for (int i = 0; i < n; i++) {
      if (threads[i] != Thread.currentThread() && !threads[i].isDaemon()) return true;
    }
    return false;
  }

  /** {@return the process's own streams} (also built by {@link Training}, for its lambdas). */
  static Console processConsole() {
    // System.out flushes every 128 bytes: jdump buffers standard output itself.
    return new Console(new FileInputStream(FileDescriptor.in),
        new FileOutputStream(FileDescriptor.out), System.err, new IsTerminal(1),
        new IsTerminal(2), new NanoClock());
  }

  /** Whether a descriptor is a terminal, asked when needed. */
  private static final class IsTerminal implements BooleanSupplier {
    private final int fd;

    IsTerminal(int fd) {
      this.fd = fd;
    }

    @Override
    public boolean getAsBoolean() {
      return Terminal.isTerminal(fd);
    }
  }

  private static final class NanoClock implements LongSupplier {
    @Override
    public long getAsLong() {
      return System.nanoTime();
    }
  }
}
