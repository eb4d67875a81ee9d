#!/usr/bin/env python3
"""Sends COUNT Ethernet frames of known content out of IFACE through an AF_PACKET socket, and
prints each frame in hex on stdout, one per line, in the order sent.

Frames cycle through UDP, TCP (SYN with payload), ICMP echo over IPv4, and UDP and ICMPv6
echo over IPv6, from SRC4 / SRC6 to DST4 / DST6 (the lab's; defaults 10.97.0.2, 10.97.0.9,
fd00:97::2, fd00:97::9), with a payload that
carries the frame's number (b"jdump-live-N") padded to a size chosen by a fixed-seed random
generator. The destination MAC is no one's: the receiving kernel drops every frame at the
link layer and answers none, so the frames on the wire are exactly these.

With VLAN, every frame carries an 802.1Q tag of that VLAN id.

usage: frames.py IFACE COUNT [SEED] [DELAY_SECONDS] [SRC4 DST4 SRC6 DST6 [VLAN]]"""
import random, socket, struct, sys, time

SRC_MAC = bytes.fromhex("029700000002")
DST_MAC = bytes.fromhex("029700000099")
ADDRS = sys.argv[5:9] if len(sys.argv) > 8 else ["10.97.0.2", "10.97.0.9", "fd00:97::2", "fd00:97::9"]
SRC4, DST4 = socket.inet_aton(ADDRS[0]), socket.inet_aton(ADDRS[1])
SRC6 = socket.inet_pton(socket.AF_INET6, ADDRS[2])
DST6 = socket.inet_pton(socket.AF_INET6, ADDRS[3])

def csum(data):
    if len(data) % 2: data += b"\0"
    s = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while s >> 16: s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff

def ip4(proto, payload, ident):
    h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), ident & 0xffff, 0, 64, proto, 0, SRC4, DST4)
    return h[:10] + struct.pack("!H", csum(h)) + h[12:] + payload

def ip6(nh, payload):
    return struct.pack("!IHBB16s16s", 0x60000000, len(payload), nh, 64, SRC6, DST6) + payload

def l4sum4(proto, seg):
    return csum(SRC4 + DST4 + struct.pack("!BBH", 0, proto, len(seg)) + seg)

def l4sum6(nh, seg):
    return csum(SRC6 + DST6 + struct.pack("!IxxxB", len(seg), nh) + seg)

def frame(i, rnd):
    data = b"jdump-live-%d-" % i
    data += bytes(rnd.randrange(256) for _ in range(rnd.randrange(0, 200)))
    kind = i % 5
    if kind == 0:
        seg = struct.pack("!HHHH", 40000 + i % 1000, 5001, 8 + len(data), 0) + data
        seg = seg[:6] + struct.pack("!H", l4sum4(17, seg)) + seg[8:]
        return b"\x08\x00", ip4(17, seg, i)
    if kind == 1:
        seg = struct.pack("!HHIIBBHHH", 40000 + i % 1000, 5002, i, 0, 0x50, 0x02, 65535, 0, 0) + data
        seg = seg[:16] + struct.pack("!H", l4sum4(6, seg)) + seg[18:]
        return b"\x08\x00", ip4(6, seg, i)
    if kind == 2:
        seg = struct.pack("!BBHHH", 8, 0, 0, 0x97, i & 0xffff) + data
        seg = seg[:2] + struct.pack("!H", csum(seg)) + seg[4:]
        return b"\x08\x00", ip4(1, seg, i)
    if kind == 3:
        seg = struct.pack("!HHHH", 40000 + i % 1000, 5003, 8 + len(data), 0) + data
        seg = seg[:6] + struct.pack("!H", l4sum6(17, seg)) + seg[8:]
        return b"\x86\xdd", ip6(17, seg)
    seg = struct.pack("!BBHHH", 128, 0, 0, 0x97, i & 0xffff) + data
    seg = seg[:2] + struct.pack("!H", l4sum6(58, seg)) + seg[4:]
    return b"\x86\xdd", ip6(58, seg)

def main():
    iface, count = sys.argv[1], int(sys.argv[2])
    rnd = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 97)
    delay = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
    tag = b"\x81\x00" + struct.pack("!H", int(sys.argv[9])) if len(sys.argv) > 9 else b""
    s = socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
    s.bind((iface, 0))
    out = []
    for i in range(count):
        etype, body = frame(i, rnd)
        f = DST_MAC + SRC_MAC + tag + etype + body
        s.send(f)
        out.append(f.hex())
        if delay: time.sleep(delay)
    sys.stdout.write("\n".join(out) + "\n")

main()
