package io.jdump.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * What the command talks to: the three standard streams, whether they are terminals,
 * and a monotonic clock. {@link Main} passes the process's own; tests pass buffers and a clock
 * they turn by hand.
 *
 * <pre>{@code
 * var console = new Console(System.in, stdout, System.err, () -> Terminal.isTerminal(1),
 *     () -> Terminal.isTerminal(2), System::nanoTime);
 * }</pre>
 *
 * @param in               standard input, read for {@code -r -}
 * @param out              standard output, unbuffered: the command buffers what it writes
 * @param err              standard error
 * @param stdoutIsTerminal asked when printing: a terminal gets each line at once, as stdio does
 * @param stderrIsTerminal asked only when a progress line could be shown
 * @param nanoClock        {@link System#nanoTime()} or a test's stand-in
 */
record Console(InputStream in, OutputStream out, PrintStream err, BooleanSupplier stdoutIsTerminal,
    BooleanSupplier stderrIsTerminal, LongSupplier nanoClock) {}
