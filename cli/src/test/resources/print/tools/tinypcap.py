"""What the table and coverage generators (http-methods.py, smi-vendors.py, table-names.py,
coverage-*.py) share: the Internet checksum and a little-endian microsecond pcap, a frame a
second."""
import os
import struct


def csum(b):
    """RFC 1071's ones' complement sum, as IP, TCP and UDP headers carry it."""
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff)
    s += s >> 16
    return (~s) & 0xffff


def save(path, frames, dlt=1, usec=lambda i: 0):
    """Writes a little-endian microsecond pcap of link type DLT, world-readable for tcpdump's
    user: frame i at 1,700,000,000 + i seconds and usec(i) microseconds; a frame given as
    (bytes, wire length) is a cut one."""
    with open(path, 'wb') as f:
        f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 262144, dlt))
        for i, fr in enumerate(frames):
            data, wire = fr if isinstance(fr, tuple) else (fr, len(fr))
            f.write(struct.pack('<IIII', 1700000000 + i, usec(i), len(data), wire) + data)
    os.chmod(path, 0o644)


def write(name, frames):
    """Writes Ethernet frames to captures/NAME (beside this folder)."""
    save(os.path.join(os.path.dirname(__file__), '..', 'captures', name), frames)
