package io.jdump.print;

/**
 * Linux usbmon captures, USB_LINUX (189, a 48-byte header) and USB_LINUX_MMAPPED (220, 64
 * bytes), as tcpdump's {@code usb_header_print}: the transfer type, the event, the direction
 * they imply and bus:device:endpoint. The header is in the capturing host's byte order; like
 * libpcap and tcpdump on this machine, it is read little-endian.
 */
final class UsbPrinter {
  static final int DLT_USB_LINUX = 189;
  static final int DLT_USB_LINUX_MMAPPED = 220;

  private final Frame f;
  private final StringBuilder out;

  UsbPrinter(Frame f) {
    this.f = f;
    this.out = f.out;
  }

  void print(int p, int dlt) {
    int size = dlt == DLT_USB_LINUX ? 48 : 64;
    f.proto = dlt == DLT_USB_LINUX ? "usb_linux_48_byte" : "usb_linux_64_byte";
    if (!f.has(p, size)) throw f.truncated();
    f.linkHeaderLength = size;
    out.append("USB");
    if (f.opts.quiet()) return;
    out.append(' ');
    int transfer = f.u8(p + 9);
    out.append(switch (transfer) {
      case 0 -> "ISOCHRONOUS";
      case 1 -> "INTERRUPT";
      case 2 -> "CONTROL";
      case 3 -> "BULK";
      default -> " ?";
    });
    int event = f.u8(p + 8);
    out.append(switch (event) {
      case 'S' -> " SUBMIT";
      case 'C' -> " COMPLETE";
      case 'E' -> " ERROR";
      default -> " ?";
    });
    boolean known = event == 'S' || event == 'C' || event == 'E';
    if (known && transfer <= 3) {
      // interrupt transfers run the other way: the host submits a request to be filled
      boolean in = (event == 'S') == (transfer == 1);
      out.append(in ? " from" : " to");
    }
    out.append(' ').append(f.u16le(p + 12)).append(':').append(f.u8(p + 11)).append(':')
        .append(f.u8(p + 10) & 0x7f);
  }
}
