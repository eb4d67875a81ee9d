#!/usr/bin/python3
"""Writes cli/src/test/resources/print/captures/scapy-pflog.pcap (link type PFLOG, 117): first
one frame per reason, action, direction and address family value and per header length around
the limits, then seeded random BSD pf log headers (lengths 0 to 255, unknown codes, rulesets,
subrules, interface names of 16 bytes) over IPv4 and IPv6 packets made with scapy, a fifth of
the frames cut at a random length and some with a wire length beyond the capture.

usage: pflog-scapy.py [SEED [COUNT]]   (default: 1 300)
"""
import os
import random
import struct
import sys

import logging
logging.getLogger("scapy.runtime").setLevel(logging.ERROR)
from scapy.all import DNS, DNSQR, ICMP, ICMPv6EchoRequest, IP, IPv6, TCP, UDP

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "captures")
R = random.Random()


def header(length=61, af=2, action=0, reason=0, ifname=b"em0", ruleset=b"", rulenr=5,
           subrulenr=0xFFFFFFFF, uid=0, direction=1):
    """The 61-byte pfloghdr and 3 bytes of padding; length is the value of its first byte."""
    h = struct.pack("!BBBB16s16sIIIiIiB3x", length & 0xFF, af, action, reason, ifname, ruleset,
                    rulenr, subrulenr, uid, 0, 0, 0, direction)
    return h


def padded(h, length):
    """The header cut or padded to the length tcpdump skips: the declared one rounded up to 4."""
    size = (length + 3) // 4 * 4
    return (h + b"\0" * max(0, size - len(h)))[:size]


def inner4():
    l4 = R.choice([TCP(sport=R.randrange(65536), dport=R.choice([22, 80, 443]),
                       flags=R.choice(["S", "SA", "R", "FA"])),
                   UDP(sport=R.randrange(65536), dport=53) / DNS(rd=1, qd=DNSQR(qname="a.example")),
                   ICMP(type=R.choice([0, 3, 8, 11]))])
    return bytes(IP(src=rand_ip(), dst=rand_ip(), ttl=R.randrange(1, 256)) / l4)


def inner6():
    l4 = R.choice([TCP(dport=80), UDP(dport=53), ICMPv6EchoRequest(id=R.randrange(65536))])
    return bytes(IPv6(src=rand_ip6(), dst=rand_ip6()) / l4)


def rand_ip():
    return ".".join(str(R.randrange(256)) for _ in range(4))


def rand_ip6():
    return ":".join("%x" % R.randrange(65536) for _ in range(8))


def sweep():
    ip = inner4()
    frames = [header(action=a) + ip for a in range(14)]
    frames += [header(reason=r) + ip for r in range(18)]
    frames += [header(direction=d) + ip for d in range(5)]
    frames += [header(af=af) + (inner6() if af in (24, 28, 30) else ip)
               for af in (0, 1, 2, 10, 24, 26, 28, 30, 31)]
    frames += [header(uid=u) + ip for u in (0, 1000, 0x7FFFFFFF, 0xFFFFFFFF)]
    for length in (0, 1, 44, 45, 48, 60, 61, 64, 65, 68, 72, 80, 100, 101, 255):
        frames.append(padded(header(length=length), length) + ip)
    frames.append(header(subrulenr=7, ruleset=b"anchor"))
    frames.append(header(subrulenr=7, ruleset=b"") + ip)
    return frames


def random_frame():
    af = R.choice([2, 2, 2, 24, 28, 30, 10, 0, 17])
    inner = inner6() if af in (24, 28, 30, 10) else inner4()
    length = R.choice([61] * 8 + [0, 44, 45, 60, 62, 63, 64, 65, 80, 100, 101, 150, 255])
    h = header(length, af, R.choice(list(range(12)) + [200]), R.choice(list(range(16)) + [99]),
               R.choice([b"em0", b"vio0", b"pflog0", b"x" * 16, b""]),
               R.choice([b"", b"anchor1", b"y" * 16]), R.choice([0, 1, 7, 0xFFFFFFFF]),
               R.choice([0xFFFFFFFF, 0, 3]), R.choice([0, 1000, 0xFFFFFFFF]),
               R.choice([0, 1, 2, 3, 9]))
    data = (padded(h, length) if length > 64 else h) + inner
    if R.random() < 0.2:
        data = data[:R.randrange(len(data) + 1)]
    return data


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    R.seed(seed)
    frames = sweep() + [random_frame() for _ in range(count)]
    path = os.path.join(OUT, "scapy-pflog.pcap")
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 117))
        for i, d in enumerate(frames):
            wire = len(d) + (R.randrange(1, 40) if R.random() < 0.2 else 0)
            f.write(struct.pack("<IIII", 1700000000 + i, i * 1000, len(d), wire))
            f.write(d)
    print("%s: %d frames" % (path, len(frames)))


main()
