package io.jdump.capture.live;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.SaveError;

/**
 * The C library calls {@link ProcessUser} needs to drop root as tcpdump's {@code -Z} does, and
 * {@link HostByAddress} to name addresses as tcpdump does, with their POSIX names and
 * signatures. Public only because jnr-ffi implements it.
 *
 * <pre>{@code
 * LibcNative libc = LibraryLoader.create(LibcNative.class).load("c");
 * int uid = libc.getuid();
 * }</pre>
 */
public interface LibcNative {
  int getuid();

  int geteuid();

  /** {@return a {@code struct passwd *}}, null when there is no such user. */
  Pointer getpwnam(String name);

  @SaveError
  int initgroups(String user, int group);

  @SaveError
  int setgid(int gid);

  @SaveError
  int setuid(int uid);

  @SaveError
  int chown(String path, int uid, int gid);

  String strerror(int errnum);

  /** {@return a {@code struct hostent *}}, null when the address has no name. */
  Pointer gethostbyaddr(byte[] addr, int len, int type);
}
