package io.jdump.capture.live;

import java.util.ArrayList;
import java.util.List;
import jnr.ffi.Pointer;

/**
 * Opens one named device the way tcpdump 4.99's {@code open_interface} does: create, the
 * setters in tcpdump's order, activate, then the direction. Every failure carries tcpdump's
 * words; warnings are collected for the caller to print.
 */
final class Activation {
  static final int PCAP_ERROR = -1;
  static final int PCAP_ERROR_BREAK = -2;
  static final int PCAP_ERROR_NO_SUCH_DEVICE = -5;
  static final int PCAP_ERROR_PERM_DENIED = -8;
  static final int PCAP_ERROR_CAPTURE_NOTSUP = -13;
  static final int PCAP_WARNING = 1;
  static final int PCAP_WARNING_PROMISC_NOTSUP = 2;

  /** An activated handle; the caller owns it and must {@code pcap_close} it. */
  record Opened(Pointer handle, boolean supportsMonitorMode, List<String> notices) {}

  private final PcapLibrary lib;
  private final PcapNative pcap;
  private final String device;
  private final List<String> notices = new ArrayList<>();

  private Activation(PcapLibrary lib, String device) {
    this.lib = lib;
    this.pcap = lib.nativeCalls();
    this.device = device;
  }

  static Opened open(PcapLibrary lib, String device, LiveOptions o) throws LiveCaptureException {
    return new Activation(lib, device).open(o);
  }

  private Opened open(LiveOptions o) throws LiveCaptureException {
    Pointer err = lib.errbuf();
    Pointer p = pcap.pcap_create(device, err);
    if (p == null) {
      String text = PcapLibrary.cString(err);
      if (text.contains("No such device")) throw new LiveCaptureException.NoSuchDevice(text);
      throw new LiveCaptureException(text);
    }
    try {
      boolean monitorCapable = configure(p, o);
      activate(p);
      if (o.direction().isPresent()
          && pcap.pcap_setdirection(p, o.direction().get().pcapValue()) != 0) {
        throw new LiveCaptureException(
            device + ": pcap_setdirection() failed: " + pcap.pcap_geterr(p));
      }
      return new Opened(p, monitorCapable, List.copyOf(notices));
    } catch (LiveCaptureException | RuntimeException | Error e) {
      pcap.pcap_close(p);
      throw e;
    }
  }

  /** The setters, in tcpdump's order; {@return whether the device can do monitor mode} */
  private boolean configure(Pointer p, LiveOptions o) throws LiveCaptureException {
    if (o.precision() != TimestampPrecision.MICRO) {
      check(optional(() -> pcap.pcap_set_tstamp_precision(p, o.precision().pcapValue())),
          "Can't set " + o.precision().word() + "second time stamp precision");
    }
    if (o.immediate()) {
      check(optional(() -> pcap.pcap_set_immediate_mode(p, 1)), "Can't set immediate mode");
    }
    boolean monitorCapable = pcap.pcap_can_set_rfmon(p) == 1;
    if (o.snaplen() != 0) check(pcap.pcap_set_snaplen(p, o.snaplen()), "Can't set snapshot length");
    check(pcap.pcap_set_promisc(p, o.promisc() ? 1 : 0), "Can't set promiscuous mode");
    if (o.rfmon()) check(pcap.pcap_set_rfmon(p, 1), "Can't set monitor mode");
    check(pcap.pcap_set_timeout(p, o.timeoutMs()), "pcap_set_timeout failed");
    if (o.bufferSizeKiB() != 0) {
      check(pcap.pcap_set_buffer_size(p, o.bufferSizeKiB() * 1024), "Can't set buffer size");
    }
    if (o.timestampType() >= 0) {
      int status = optional(() -> pcap.pcap_set_tstamp_type(p, o.timestampType()));
      if (status < 0) check(status, "Can't set time stamp type");
      if (status > 0) {
        notices.add("WARNING: When trying to set timestamp type '"
            + lib.timestampTypeName(o.timestampType()).orElse(String.valueOf(o.timestampType()))
            + "' on " + device + ": " + lib.statusText(status));
      }
    }
    return monitorCapable;
  }

  private void activate(Pointer p) throws LiveCaptureException {
    int status = pcap.pcap_activate(p);
    if (status < 0) {
      String why = pcap.pcap_geterr(p);
      String what = device + ": " + lib.statusText(status);
      if (status == PCAP_ERROR) throw new LiveCaptureException(why);
      if (status == PCAP_ERROR_NO_SUCH_DEVICE) {
        throw new LiveCaptureException.NoSuchDevice(what + "\n(" + why + ")");
      }
      if ((status == PCAP_ERROR_PERM_DENIED || status == PCAP_ERROR_CAPTURE_NOTSUP)
          && !why.isEmpty()) {
        throw new LiveCaptureException(what + "\n(" + why + ")");
      }
      throw new LiveCaptureException(what);
    }
    if (status > 0) {
      String why = pcap.pcap_geterr(p);
      if (status == PCAP_WARNING) {
        notices.add("WARNING: " + why);
      } else if (status == PCAP_WARNING_PROMISC_NOTSUP && !why.isEmpty()) {
        notices.add("WARNING: " + device + ": " + lib.statusText(status) + "\n(" + why + ")");
      } else {
        notices.add("WARNING: " + device + ": " + lib.statusText(status));
      }
    }
  }

  private void check(int status, String doing) throws LiveCaptureException {
    if (status != 0) {
      throw new LiveCaptureException(device + ": " + doing + ": " + lib.statusText(status));
    }
  }

  private interface Call {
    int run();
  }

  /** Calls a function newer than libpcap 1.0; a library without it gets a clear error. */
  private int optional(Call call) throws LiveCaptureException {
    try {
      return call.run();
    } catch (UnsatisfiedLinkError e) {
      throw new LiveCaptureException(device + ": this option needs a newer libpcap than "
          + lib.version());
    }
  }
}
