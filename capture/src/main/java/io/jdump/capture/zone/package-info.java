/**
 * Local time as the C library computes it: {@link io.jdump.capture.zone.LocalZone} reads the TZ
 * variable, zone files and POSIX TZ strings as glibc does, so that jdump's local time stamps and
 * {@code -G} file names are tcpdump's.
 *
 * <pre>{@code
 * LocalZone zone = LocalZone.system();       // TZ, else /etc/localtime, else UTC
 * long local = zone.local(packetSeconds);    // seconds on the local clock
 * }</pre>
 */
package io.jdump.capture.zone;
