package io.jdump.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Platform;

/**
 * Whether a standard stream is a terminal, asked of the C library's {@code isatty}.
 * {@code System.console()} cannot answer it: it tests standard input and output, and a user who
 * writes {@code -w - | tshark -r -} still watches standard error.
 *
 * <pre>{@code
 * if (Terminal.isTerminal(2)) showProgress();
 * }</pre>
 */
final class Terminal {
  private Terminal() {}

  /** The two spellings of isatty: POSIX libc's and the Microsoft C runtime's. */
  public interface Posix {
    int isatty(int fd);
  }

  public interface Msvcrt {
    int _isatty(int fd);
  }

  /** {@return true when the terminal takes ANSI escapes}: not the Windows console, by default. */
  static boolean takesAnsiEscapes() {
    return Platform.getNativePlatform().getOS() != Platform.OS.WINDOWS;
  }

  /** {@return true when file descriptor {@code fd} is a terminal}; false when libc cannot say. */
  static boolean isTerminal(int fd) {
    Boolean linux = linuxAnswer(fd);
    if (linux != null) return linux;
    try {
      if (Platform.getNativePlatform().getOS() == Platform.OS.WINDOWS) {
        return LibraryLoader.create(Msvcrt.class).failImmediately().load("msvcrt")._isatty(fd) != 0;
      }
      return LibraryLoader.create(Posix.class).failImmediately().load("c").isatty(fd) == 1;
    } catch (LinkageError | RuntimeException e) {
      return false; // no progress line is the safe answer: it never corrupts a log
    }
  }

  /**
   * {@return Linux's answer from /proc}, or null elsewhere. Starting jnr-ffi costs a quarter
   * of a second, more than a small copy takes; the link /proc/self/fd/N names the device, and
   * a terminal is a tty or pseudo-tty device, which is what isatty tests.
   */
  private static Boolean linuxAnswer(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    if (!Files.isDirectory(Path.of("/proc/self/fd"))) return null;
    try {
      String target = Files.readSymbolicLink(link).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")
          || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return null;
    }
  }
}
