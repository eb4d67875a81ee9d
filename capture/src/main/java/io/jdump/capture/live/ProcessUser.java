package io.jdump.capture.live;

import jnr.ffi.LastError;
import jnr.ffi.LibraryLoader;
import jnr.ffi.Pointer;
import jnr.ffi.Runtime;

/**
 * tcpdump's {@code -Z user}: once the device and the first output file are open, a process
 * running as root hands that file to {@code user} and becomes {@code user}, its groups
 * included (later files of -C/-G are then created as {@code user}); a process not running as
 * root keeps its identity and says nothing, and {@code -Z root} keeps root. That is Debian's
 * tcpdump 4.99.3: the first file is created (as root) even when the user does not exist. The
 * words are tcpdump's.
 *
 * <p>Unlike tcpdump built with {@code WITH_USER} (Debian's drops to user {@code tcpdump} by
 * default), jdump drops only when asked: it has no user of its own, and a default user could not
 * write where the person running it as root asked it to write.
 *
 * <p>glibc changes the identity of every thread of the process (the JVM's too), so the JVM
 * carries on as that user; the open capture socket stays usable, as it does for tcpdump.
 *
 * <pre>{@code
 * ProcessUser.load().get().dropTo("nobody", "x.pcap");   // "Couldn't find user 'nobdy'"
 * }</pre>
 */
public final class ProcessUser {
  private final LibcNative libc;
  private final Runtime runtime;

  private ProcessUser(LibcNative libc) {
    this.libc = libc;
    this.runtime = Runtime.getRuntime(libc);
  }

  /** {@return the C library's calls}, or empty on Windows, where tcpdump has no -Z either. */
  public static java.util.Optional<ProcessUser> load() {
    if (System.getProperty("os.name", "").startsWith("Windows")) return java.util.Optional.empty();
    return java.util.Optional.of(new ProcessUser(LibraryLoader.create(LibcNative.class).load("c")));
  }

  private Pointer entry(String user, boolean cutName) throws LiveCaptureException {
    Pointer pw = libc.getpwnam(user);
    if (pw == null) {
      String shown = cutName && user.length() > 32 ? user.substring(0, 32) : user;
      throw new LiveCaptureException("Couldn't find user '" + shown + "'");
    }
    return pw;
  }

  /**
   * Becomes {@code user} when running as root (real or effective uid 0) and {@code user} is
   * not {@code root}, giving it {@code file} first; otherwise does nothing.
   *
   * @param file the output file already created, or null (printing, or writing stdout)
   * @throws LiveCaptureException {@code Couldn't find user 'NAME'}, {@code Couldn't change
   *     ownership of savefile}, or {@code Couldn't change to 'NAME' uid=U gid=G: REASON} (the
   *     name cut at 32 characters there, as tcpdump prints it)
   * @param user the {@code -Z} user
   */
  public void dropTo(String user, String file) throws LiveCaptureException {
    dropTo(user, file, false);
  }

  /**
   * As {@link #dropTo(String, String)}; {@code cutName} words a missing user as Debian's tcpdump
   * 4.99 does when it prints rather than writes (droproot's {@code '%.32s'}: the name cut at 32
   * characters); with {@code -w} it names the user whole.
   *
   * <pre>{@code
   * ProcessUser.load().get().dropTo("nobody", "out.pcap", true);
   * }</pre>
   *
   * @param user     the {@code -Z} user
   * @param file     the output file already created, or null
   * @param cutName  true to cut the name as tcpdump does when nothing is written
   * @throws LiveCaptureException as {@link #dropTo(String, String)}
   */
  public void dropTo(String user, String file, boolean cutName) throws LiveCaptureException {
    if (user.equals("root") || (libc.getuid() != 0 && libc.geteuid() != 0)) return;
    Pointer pw = entry(user, cutName);
    String shown = user.length() > 32 ? user.substring(0, 32) : user;
    // struct passwd { char *pw_name; char *pw_passwd; uid_t pw_uid; gid_t pw_gid; ... }
    long at = 2L * runtime.addressSize();
    int uid = pw.getInt(at);
    int gid = pw.getInt(at + 4);
    if (file != null && libc.chown(file, uid, gid) != 0) {
      throw new LiveCaptureException("Couldn't change ownership of savefile");
    }
    if (libc.initgroups(user, gid) != 0 || libc.setgid(gid) != 0 || libc.setuid(uid) != 0) {
      String why = libc.strerror(LastError.getLastError(runtime));
      throw new LiveCaptureException("Couldn't change to '" + shown + "' uid="
          + Integer.toUnsignedLong(uid) + " gid=" + Integer.toUnsignedLong(gid) + ": " + why);
    }
  }
}
