#!/usr/bin/python3
"""Writes cli/src/test/resources/print/captures/cov-misc-*.pcap: seeded random packets built to
reach printer code the other captures leave unexecuted (a JaCoCo run of the golden tests), with
random fields around them (lengths, counts, flags, unknown types, wrong lengths, cut objects).

  cov-misc-rsvp.pcap   RSVP (IP 46): every object class and C-Type tcpdump 4.99 names, the
                       ERO/RRO, Generalized UNI, IntServ, Properties and Label Set sub-objects,
                       bundles, wrong object and message lengths
  cov-misc-lmp.pcap    LMP (UDP 701): every message and object class and C-Type, sub-objects
  cov-misc-pgm.pcap    PGM (IP 113): every packet type, the options, IPv4 and IPv6 NLAs
  cov-misc-of10.pcap   OpenFlow 1.0 (TCP 6653): every message type, actions, matches, stats
  cov-misc-arcnet.pcap ARCnet (DLT 7 and DLT 129): short and long headers, fragments
  cov-misc-decnet.pcap DECnet (Ethernet 0x6003): routing and NSP messages

usage: coverage-misc.py [SEED]   (default: 1)
"""
import os
import random
import struct
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "captures")
R = random.Random(int(sys.argv[1]) if len(sys.argv) > 1 else 1)


def rb(n):
    return bytes(R.randrange(256) for _ in range(n))


def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('!%dH' % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff)
    s += s >> 16
    return (~s) & 0xffff


def write(name, frames, linktype=1):
    out = os.path.join(OUT, name)
    with open(out, 'wb') as f:
        f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 262144, linktype))
        for i, fr in enumerate(frames):
            f.write(struct.pack('<IIII', 1700000000 + i, 0, len(fr), len(fr)) + fr)
    os.chmod(out, 0o644)
    print(name, len(frames), "packets", os.path.getsize(out), "bytes")


ETH = bytes.fromhex("0200000000010200000000020800")
ETH6 = bytes.fromhex("02000000000102000000000286dd")


def ip4(proto, payload, src="10.0.0.1", dst="10.0.0.2", ttl=64):
    h = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), R.randrange(65536), 0, ttl,
                    proto, 0, bytes(map(int, src.split("."))), bytes(map(int, dst.split("."))))
    h = h[:10] + struct.pack("!H", csum(h)) + h[12:]
    return ETH + h + payload


def ip6(nh, payload):
    src = bytes.fromhex("20010db8000000000000000000000001")
    dst = bytes.fromhex("20010db8000000000000000000000002")
    return ETH6 + struct.pack("!IHBB", 0x60000000, len(payload), nh, 64) + src + dst + payload


def udp(sport, dport, payload, v6=False):
    u = struct.pack("!HHHH", sport, dport, 8 + len(payload), 0) + payload
    return ip6(17, u) if v6 else ip4(17, u)


def tcp(sport, dport, payload, seq=1000):
    t = struct.pack("!HHIIBBHHH", sport, dport, seq, 1, 0x50, 0x18, 65535, 0, 0) + payload
    return ip4(6, t)


def pick(*xs):
    return R.choice(xs)


# ---------------------------------------------------------------------------------- RSVP

RSVP_CLASSES = {1: [1, 2, 7, 8, 11, 13, 14], 3: [1, 2, 3, 4], 4: [1], 5: [1], 6: [1, 2, 3, 4],
                7: [1], 8: [1], 9: [1, 2], 10: [1, 2, 3, 7, 8, 12, 13], 11: [1, 2, 3, 7, 8, 12, 13],
                12: [2], 13: [2], 14: [1], 15: [1, 2], 16: [1, 2, 3], 19: [1, 2, 3, 4],
                20: [1], 21: [1], 22: [1, 2], 23: [1, 2], 24: [1, 2], 25: [1, 2], 34: [1, 2, 3],
                35: [1, 2, 3], 36: [1], 130: [1], 63: [7], 66: [1], 125: [1], 129: [1, 2, 3],
                204: [1], 205: [1, 7], 207: [7], 229: [1], 230: [1], 236: [1], 131: [1],
                134: [1], 195: [1, 2], 37: [1], 196: [1], 50: [1, 2]}
NEEDED = [0, 4, 8, 12, 16, 20, 24, 26, 32, 36, 40]


def ero_body():
    b = b""
    for _ in range(R.randrange(0, 5)):
        t = pick(0, 1, 1, 2, 3, 3, 32, 64, R.randrange(128))
        t |= pick(0, 0x80)
        if R.random() < 0.8 and (t & 0x7f) in (1, 3):
            ln = pick(8, 8, 8, 4, 12)
            body = rb(ln - 2)
            if (t & 0x7f) == 1 and R.random() < 0.8:
                body = body[:4] + bytes([32]) + body[5:]
        else:
            ln = pick(0, 4, 8, 12, R.randrange(256))
            body = rb(max(ln - 2, 2))
        b += bytes([t, ln]) + body[:max(ln - 2, 2)]
    return b


def uni_body():
    b = b""
    for _ in range(R.randrange(1, 4)):
        st = pick(1, 2, 3, 4, 5, R.randrange(256))
        af = pick(1, 2, 3, R.randrange(30))
        ln = pick(4, 8, 12, 16, 20, 24, R.randrange(64))
        body = rb(max(ln - 4, 0))
        b += struct.pack("!HBB", ln, st, af) + body
    return b


def intserv_body():
    b = b""
    for _ in range(R.randrange(1, 3)):
        params = b""
        for _ in range(R.randrange(0, 4)):
            pid = pick(4, 6, 8, 10, 127, 130, 133, 134, 135, 136, R.randrange(256))
            words = {127: 5, 130: 2}.get(pid, 1)
            if R.random() < 0.2:
                words = R.randrange(0, 8)
            val = rb(words * 4)
            if pid in (6, 127, 130) and R.random() < 0.7:
                val = struct.pack("!f", R.choice([0.0, 1e6, 125000.0, R.random() * 1e9])) + val[4:]
            if pid == 8 and R.random() < 0.3:
                val = b"\xff\xff\xff\xff"
            params += struct.pack("!BBH", pid, R.randrange(256), words) + val
        st = pick(1, 2, 5, R.randrange(256))
        slen = len(params) // 4 if R.random() < 0.8 else R.randrange(10)
        b += struct.pack("!BBH", st, pick(0, 0x80), slen) + params
    return struct.pack("!BBH", 0, 0, len(b) // 4) + b


def props_body():
    tlvs = b""
    n = R.randrange(0, 4)
    for _ in range(n):
        t = pick(1, 2, 4, 8, 0x10, R.randrange(256))
        ln = pick(2, 4, 6, 8, 0, 1, R.randrange(20))
        tlvs += bytes([t, ln]) + rb(max(ln - 2, 0))
    return struct.pack("!HH", n, pick(0, 0, 2, R.randrange(8))) + tlvs


def errspec_body(ct):
    a = rb(16 if ct in (2, 4) else 4)
    code = pick(24, 25, 28, 125, R.randrange(256))
    val = pick(R.randrange(1, 12), R.randrange(65536))
    b = a + struct.pack("!BBH", R.randrange(256), code, val)
    if ct in (3, 4) and R.random() < 0.5:
        b += rb(R.randrange(0, 4) * 4)
    return b


def rsvp_body(cls, ct):
    r = R.random()
    if cls in (20, 21) and ct == 1 and r < 0.8:
        return ero_body()
    if cls == 229 and ct == 1 and r < 0.8:
        return uni_body()
    if cls in (9, 12, 13) and ct == 2 and r < 0.8:
        return intserv_body()
    if cls == 204 and ct == 1 and r < 0.8:
        return props_body()
    if cls == 6 and r < 0.8:
        return errspec_body(ct)
    if cls == 36 and ct == 1 and r < 0.8:
        return bytes([pick(0, 1, 2, 3, R.randrange(256))]) + rb(3) + rb(4 * R.randrange(0, 4))
    if cls == 207 and ct == 7 and r < 0.8:
        name = bytes(R.choice(b"abcdefgh-_ \x01\x80") for _ in range(R.randrange(0, 12)))
        nl = len(name) if R.random() < 0.8 else R.randrange(30)
        b = bytes([R.randrange(8), R.randrange(8), R.randrange(32), nl]) + name
        return b + bytes(-len(b) % 4)
    if cls == 4 and r < 0.7:
        return rb(pick(32, 36, 28))
    n = pick(*NEEDED) if R.random() < 0.8 else R.randrange(0, 60)
    return rb(n)


def rsvp_object(cls=None, ct=None):
    if cls is None:
        cls = R.choice(list(RSVP_CLASSES)) if R.random() < 0.93 else R.randrange(256)
    if ct is None:
        ct = R.choice(RSVP_CLASSES.get(cls, [1])) if R.random() < 0.85 else R.randrange(20)
    body = rsvp_body(cls, ct)
    body += bytes(-len(body) % 4)
    ln = 4 + len(body)
    r = R.random()
    if r < 0.03:
        ln = R.randrange(0, 4)
    elif r < 0.06:
        ln += pick(1, 2, 3)
    elif r < 0.08:
        ln += 4 * R.randrange(1, 10)
    return struct.pack("!HBB", ln, cls, ct) + body


def rsvp_msg(mtype=None, objs=None):
    if mtype is None:
        mtype = pick(1, 2, 3, 4, 5, 6, 7, 13, 14, 15, 20, R.randrange(30))
    if objs is None:
        objs = b"".join(rsvp_object() for _ in range(R.randrange(1, 5)))
    ln = 8 + len(objs)
    r = R.random()
    if r < 0.04:
        ln = R.randrange(0, 8)
    elif r < 0.07:
        ln += 4 * R.randrange(1, 5)
    vf = pick(0x10, 0x10, 0x11, 0x20, R.randrange(256))
    return struct.pack("!BBHBBH", vf, mtype, 0, R.randrange(256), 0, ln) + objs


def rsvp_packets(n):
    out = []
    # every class and C-Type once, with a plausible body
    for cls, cts in RSVP_CLASSES.items():
        for ct in cts + [R.randrange(16)]:
            out.append(ip4(46, rsvp_msg(1, rsvp_object(cls, ct))))
    while len(out) < n:
        if R.random() < 0.12:
            subs = b"".join(rsvp_msg(pick(1, 2, 3, 4, R.randrange(20))) for _ in range(R.randrange(1, 4)))
            m = rsvp_msg(12, subs)
        else:
            m = rsvp_msg()
        out.append(ip4(46, m))
    return out


def main():
    write("cov-misc-rsvp.pcap", rsvp_packets(900))


if __name__ == "__main__":
    main()
