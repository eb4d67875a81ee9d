#!/usr/bin/python3
"""Writes cli/src/test/resources/print/captures/gen-usbmon-48.pcap (USB_LINUX, 189) and
gen-usbmon-64.pcap (USB_LINUX_MMAPPED, 220): Linux usbmon event headers (little-endian, as an
x86 host writes them) with every transfer type and event kind and seeded random bus, device,
endpoint, status, lengths and data, a fifth of the frames cut short, some inside the header.

usage: usbmon-gen.py [SEED [COUNT]]   (default: 1 200)
"""
import os
import random
import struct
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "captures")
R = random.Random()


def header(mmapped, event, transfer):
    h = struct.pack("<Q1sBBBH1s1sqiiII8s", R.getrandbits(64), event, transfer,
                    R.choice([0, 1, 2, 0x81, 0x82, 0x7F, 0xFF, R.randrange(256)]),
                    R.randrange(128), R.choice([1, 2, 3, R.randrange(65536)]),
                    R.choice([b"\0", b"-", b"s"]), R.choice([b"\0", b"<", b">"]),
                    1700000000 + R.randrange(1000), R.randrange(1000000),
                    R.choice([0, -2, -32, -115, R.randrange(-200, 1)]),
                    R.randrange(1024), R.randrange(64), bytes(R.randrange(256) for _ in range(8)))
    if mmapped:
        h += struct.pack("<iiII", R.choice([0, 1, 8, 255]), R.randrange(1024),
                         R.getrandbits(32), R.randrange(4))
    return h


def frames(mmapped, count):
    out = []
    for transfer in range(5):
        for event in (b"S", b"C", b"E", b"X"):
            out.append(header(mmapped, event, transfer) + b"\x12\x01")
    for _ in range(count):
        data = header(mmapped, R.choice([b"S", b"C", b"E", b"S", b"C", bytes([R.randrange(256)])]),
                      R.choice([0, 1, 2, 3, 3, 2, R.randrange(256)]))
        data += bytes(R.randrange(256) for _ in range(R.choice([0, 0, 4, 8, 18, 64])))
        if R.random() < 0.2:
            data = data[:R.randrange(1, len(data) + 1)]
        out.append(data)
    return out


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    R.seed(seed)
    for dlt, size in ((189, 48), (220, 64)):
        path = os.path.join(OUT, "gen-usbmon-%d.pcap" % size)
        fs = frames(dlt == 220, count)
        with open(path, "wb") as f:
            f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, dlt))
            for i, d in enumerate(fs):
                wire = len(d) + (R.randrange(1, 64) if R.random() < 0.2 else 0)
                f.write(struct.pack("<IIII", 1700000000 + i, i * 1000, len(d), wire))
                f.write(d)
        print("%s: %d frames" % (path, len(fs)))


main()
