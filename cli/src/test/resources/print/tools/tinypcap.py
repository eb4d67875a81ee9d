"""What the table generators (http-methods.py, smi-vendors.py, table-names.py) share: the
Internet checksum and a little-endian microsecond pcap of Ethernet frames, one a second."""
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


def write(name, frames):
    """Writes frames to captures/NAME (beside this folder), world-readable for tcpdump's user."""
    out = os.path.join(os.path.dirname(__file__), '..', 'captures', name)
    with open(out, 'wb') as f:
        f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
        for i, fr in enumerate(frames):
            f.write(struct.pack('<IIII', 1700000000 + i, 0, len(fr), len(fr)) + fr)
    os.chmod(out, 0o644)
