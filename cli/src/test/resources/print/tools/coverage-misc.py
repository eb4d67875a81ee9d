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
  cov-misc-esp.pcap    ESP in AES-128-CBC (key 0x000102..0f) over IPv4, IPv6 and UDP 4500: inner
                       IPv4, IPv6, ESP in ESP, TCP, UDP, unknown next headers, bad pad lengths,
                       cut inner packets, odd auth lengths (EspDecryptionTest decrypts them)
  cov-misc-ikev2.pcap  IKEv2 Encrypted payloads for -E's ikev2 SAs (EspDecryptionTest)

usage: coverage-misc.py [SEED]   (default: 1)
"""
import hashlib
import hmac
import os
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tinypcap  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "captures")
SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 1
R = random.Random(SEED)


def rb(n):
    return bytes(R.randrange(256) for _ in range(n))


csum = tinypcap.csum


def seed(name):
    """Each capture its own stream: a change to one generator leaves the others' bytes alone."""
    R.seed("%d-%s" % (SEED, name))


def write(name, frames, linktype=1):
    out = os.path.join(OUT, name)
    tinypcap.save(out, frames, linktype)
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
        af = pick(1, 2, 3, 3, R.randrange(30))
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
    val = pick(R.randrange(1, 12), R.randrange(1, 12), R.randrange(65536))
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


def object_length(body):
    """An RSVP or LMP object's length field: right most of the time, else under the header,
    off by 1 to 3, or some words too long."""
    ln = 4 + len(body)
    r = R.random()
    if r < 0.03:
        ln = R.randrange(0, 4)
    elif r < 0.06:
        ln += pick(1, 2, 3)
    elif r < 0.08:
        ln += 4 * R.randrange(1, 10)
    return ln


def class_and_type(classes, cls, ct, unknown_types):
    """An object's class and C-type: mostly ones the table knows, now and then any."""
    if cls is None:
        cls = R.choice(list(classes)) if R.random() < 0.93 else R.randrange(256)
    if ct is None:
        ct = R.choice(classes.get(cls, [1])) if R.random() < 0.85 else R.randrange(unknown_types)
    return cls, ct


def rsvp_object(cls=None, ct=None):
    cls, ct = class_and_type(RSVP_CLASSES, cls, ct, 20)
    body = rsvp_body(cls, ct)
    body += bytes(-len(body) % 4)
    ln = object_length(body)
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
            # and once with a body long enough for any C-Type's fixed part
            body = rb(40)
            out.append(ip4(46, rsvp_msg(1, struct.pack("!HBB", 44, cls, ct) + body)))
    # every Error Spec code and value tcpdump names, Properties TLV types, Label Set actions
    for code in (24, 28, 125):
        for val in range(12):
            ct = pick(1, 2, 3, 4)
            a = rb(16 if ct in (2, 4) else 4)
            obj = struct.pack("!HBB", 4 + len(a) + 4, 6, ct) + a + struct.pack("!BBH", 0, code, val)
            out.append(ip4(46, rsvp_msg(3, obj)))
    for tt in (1, 2, 4, 8, 0x10, 0x20):
        body = struct.pack("!HH", 1, 0) + bytes([tt, 8]) + rb(6)
        out.append(ip4(46, rsvp_msg(1, struct.pack("!HBB", 4 + len(body), 204, 1) + body)))
    for action in (0, 1, 2, 3, 4):
        body = bytes([action]) + rb(3) + rb(4 * R.randrange(0, 4))
        out.append(ip4(46, rsvp_msg(1, struct.pack("!HBB", 4 + len(body), 36, 1) + body)))
    # INTEGRITY objects signed with golden-app.txt's -M secret (HMAC-MD5 over the message,
    # digest and checksum zeroed), alone, among other objects, in bundles, and spoiled
    for i in range(40):
        objs = [rsvp_object() for _ in range(R.randrange(0, 3))]
        at = R.randrange(len(objs) + 1)
        objs.insert(at, struct.pack("!HBB", 36, 4, 1) + rb(16) + bytes(16))
        m = bytearray(rsvp_msg(pick(1, 2, 3, 4, 20), b"".join(objs)))
        m[0] = 0x10
        m[6:8] = struct.pack("!H", len(m))
        d = 8 + sum(len(o) for o in objs[:at]) + 4 + 16
        m[d:d + 16] = hmac.new(b"jdump-secret", bytes(m), hashlib.md5).digest()
        if i % 4 == 3:
            m[R.randrange(8, len(m))] ^= 1 << R.randrange(8)
        if i % 5 == 4:
            m = struct.pack("!BBHBBH", 0x10, 12, 0, 1, 0, 8 + len(m)) + bytes(m)
        out.append(ip4(46, bytes(m)))
    while len(out) < n:
        if R.random() < 0.2:
            subs = b"".join(rsvp_msg(pick(1, 2, 3, 4, R.randrange(20))) for _ in range(R.randrange(1, 4)))
            if R.random() < 0.2:  # a sub-message length too short or past the bundle
                subs = subs[:6] + struct.pack("!H", pick(0, 4, 7, len(subs) + 8)) + subs[8:]
            m = rsvp_msg(12, subs)
        else:
            m = rsvp_msg()
        out.append(ip4(46, m))
    return out


# ------------------------------------------------------------------------------ OpenFlow 1.0

BSN = 0x005c16c7
VENDORS = [BSN, BSN, 0x00002320, 0x4f4e4600, 0xff000001, 0xff000005, 0xff00000a, 0xff00000b,
           0x00000000, 0xffffffff]


def of_port():
    return pick(0xff00, 0xfff8, 0xfff9, 0xfffa, 0xfffb, 0xfffc, 0xfffd, 0xfffe, 0xffff,
                R.randrange(1, 48), R.randrange(65536))


def phy_port():
    name = bytes(R.choice(b"eth0123 \x01") for _ in range(R.randrange(0, 17)))[:16]
    return (struct.pack("!H", of_port()) + rb(6) + name + bytes(16 - len(name))
            + struct.pack("!II", pick(0, R.randrange(0x80), R.randrange(1 << 32)),
                          pick(0, 0x100, 0x200, 0x300, R.randrange(1 << 32)))
            + b"".join(struct.pack("!I", pick(0, R.randrange(0x1000), R.randrange(1 << 32)))
                       for _ in range(4)))


def of_match():
    wc = pick(0, 0x3fffff, R.randrange(0x400000), R.randrange(1 << 32), 0x3000ef, 0x3fffef,
              0x3fffdf, 0x3fff3f)
    dltype = pick(0x0800, 0x0806, 0x86dd, R.randrange(65536))
    vid = pick(0xffff, 0, 1, 0xfff, 0x1000, R.randrange(65536))
    return (struct.pack("!IH", wc, of_port()) + rb(12) + struct.pack("!HB", vid, R.randrange(256))
            + b"\0" + struct.pack("!HBB", dltype, R.randrange(256), pick(1, 6, 17, R.randrange(256)))
            + b"\0\0" + rb(8) + struct.pack("!HH", R.randrange(65536), R.randrange(65536)))


def bsn_action():
    st = pick(1, 1, 1, 2, 4, R.randrange(10))
    if st == 1:
        body = struct.pack("!II", R.randrange(1 << 32),
                           pick(0, 0x81000000 | R.randrange(65536), R.randrange(1 << 32)))
        body += bytes([pick(0, 1, R.randrange(256))]) + bytes(3)
        if R.random() < 0.2:
            body = body[:R.randrange(len(body))]
    else:
        body = rb(pick(0, 4, 8, 12))
    return struct.pack("!II", BSN, st) + body


def of_action():
    t = pick(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 0xffff, 0xffff, R.randrange(20))
    if t == 0xffff:
        body = pick(bsn_action(), bsn_action(), struct.pack("!I", R.choice(VENDORS)) + rb(pick(0, 4, 12)),
                    rb(R.randrange(0, 4)))
        body += bytes(-(len(body) + 4) % 8) if R.random() < 0.8 else b""
    elif t in (4, 5, 11):
        body = rb(12)
    else:
        body = rb(4)
        if t in (1, 2) and R.random() < 0.5:
            body = struct.pack("!H", pick(0xffff, 0, 1, 0xfff, 0x1000, R.randrange(65536))) + rb(2)
    if R.random() < 0.1:
        body = rb(pick(0, 4, 12, 20, R.randrange(30)))
    ln = 4 + len(body)
    if R.random() < 0.05:
        ln = pick(0, 4, 7, ln + 8, R.randrange(65536))
    return struct.pack("!HH", t, ln) + body


def of_actions():
    a = b"".join(of_action() for _ in range(R.randrange(0, 4)))
    if R.random() < 0.05:
        a += rb(R.randrange(1, 8))
    return a


def bsn_message():
    st = pick(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 17, 19, 21, 27, R.randrange(40))
    text = bytes(R.choice(b"ab\x00c\x80 '") for _ in range(R.randrange(0, 12)))
    body = {0: bytes([R.randrange(256)]) + bytes(7), 2: bytes([R.randrange(256)]) + bytes(7),
            1: bytes([R.randrange(256)]) + bytes(3) + rb(4),
            3: bytes([pick(0, 1, R.randrange(256))]) + bytes(3),
            4: bytes([pick(0, 1, R.randrange(256))]) + bytes(3),
            5: bytes([pick(0, 1, R.randrange(256))]) + bytes(3),
            9: b"", 13: b"", 19: b"", 21: b"", 27: b"",
            6: struct.pack("!I", R.randrange(1 << 32)) + text, 7: text,
            8: struct.pack("!I", R.randrange(1 << 32)),
            17: struct.pack("!I", R.randrange(1 << 32))}.get(st, rb(R.randrange(0, 12)))
    if R.random() < 0.2:
        body = rb(pick(0, 1, 2, 4, 8, 12, R.randrange(20)))
    return struct.pack("!I", st) + body


def of10_body(t):
    if t == 1:
        et = pick(0, 1, 2, 3, 4, 5, R.randrange(10))
        return struct.pack("!HH", et, pick(R.randrange(10), R.randrange(65536))) + rb(pick(0, 8, 64))
    if t == 4:
        v = R.choice(VENDORS)
        return struct.pack("!I", v) + (bsn_message() if v == BSN else rb(R.randrange(0, 20)))
    if t == 6:
        return (rb(8) + struct.pack("!IB", R.randrange(1 << 32), R.randrange(256)) + bytes(3)
                + struct.pack("!II", R.randrange(1 << 32), R.randrange(1 << 32))
                + b"".join(phy_port() for _ in range(R.randrange(0, 3)))
                + (rb(R.randrange(1, 48)) if R.random() < 0.1 else b""))
    if t in (8, 9):
        return struct.pack("!HH", pick(0, 1, 2, 3, R.randrange(65536)), R.randrange(65536))
    if t == 10:
        frame = ETH[:12] + b"\x08\x00" + rb(R.randrange(0, 40))
        return struct.pack("!IHHBB", R.randrange(1 << 32), R.randrange(65536), of_port(),
                           pick(0, 1, 2), 0) + frame
    if t == 11:
        return (of_match() + rb(8) + struct.pack("!HBB", R.randrange(65536), pick(0, 1, 2, 3), 0)
                + rb(4 + 4) + struct.pack("!H", R.randrange(65536)) + bytes(2) + rb(16))
    if t == 12:
        return bytes([pick(0, 1, 2, 3, R.randrange(256))]) + bytes(7) + phy_port()
    if t == 13:
        acts = of_actions()
        alen = len(acts) if R.random() < 0.9 else R.randrange(0, 64)
        return (struct.pack("!IHH", pick(0xffffffff, R.randrange(1 << 32)), of_port(), alen)
                + acts + rb(pick(0, 0, 14, 30)))
    if t == 14:
        return (of_match() + rb(8) + struct.pack("!HHHHIHH", pick(0, 1, 2, 3, 4, R.randrange(9)),
                                                pick(0, R.randrange(65536)), pick(0, R.randrange(65536)),
                                                pick(0, R.randrange(65536)), pick(0xffffffff, R.randrange(1 << 32)),
                                                of_port(), pick(0, 1, 2, 4, 7, R.randrange(65536)))
                + of_actions())
    if t == 15:
        return struct.pack("!H", of_port()) + rb(6) + b"".join(
            struct.pack("!I", pick(0, R.randrange(0x80), R.randrange(0x1000), R.randrange(1 << 32)))
            for _ in range(3)) + bytes(4)
    if t == 16:
        st = pick(0, 1, 2, 3, 4, 5, 0xffff, R.randrange(10))
        body = {0: b"", 3: b"", 1: of_match() + struct.pack("!BBH", R.randrange(256), 0, of_port()),
                2: of_match() + struct.pack("!BBH", R.randrange(256), 0, of_port()),
                4: struct.pack("!H", of_port()) + bytes(6),
                5: struct.pack("!HHI", of_port(), 0, pick(0xffffffff, R.randrange(1 << 32))),
                0xffff: struct.pack("!I", R.choice(VENDORS)) + rb(R.randrange(0, 8))}.get(st, rb(8))
        if R.random() < 0.15:
            body = rb(pick(0, 2, 8, 20, R.randrange(50)))
        return struct.pack("!HH", st, pick(0, 0, 1)) + body
    if t == 17:
        st = pick(0, 1, 2, 3, 4, 5, 0xffff, R.randrange(10))
        if st == 0:
            body = b"".join(bytes(R.choice(b"OVS switch\x00") for _ in range(n)) + bytes(256 - n)
                            for n in (R.randrange(0, 40),) * 4)
            body += bytes(32)
        elif st == 1:
            body = b""
            for _ in range(R.randrange(0, 3)):
                acts = of_actions()
                e = struct.pack("!HBB", 88 + len(acts), R.randrange(256), 0) + of_match() + rb(48 - 4 + 4) + acts
                e = e[:44] + rb(44) + acts
                if R.random() < 0.15:
                    e = struct.pack("!H", pick(0, 80, 87, 200, len(e) + 8)) + e[2:]
                body += e
        elif st == 2:
            body = rb(24)
        elif st == 3:
            body = b"".join(struct.pack("!B", R.randrange(256)) + bytes(3)
                            + bytes(R.choice(b"table\x00") for _ in range(32))
                            + rb(28) for _ in range(R.randrange(0, 3)))
        elif st == 4:
            body = b"".join(struct.pack("!H", of_port()) + rb(102) for _ in range(R.randrange(0, 3)))
        elif st == 5:
            body = b"".join(struct.pack("!H", of_port()) + rb(30) for _ in range(R.randrange(0, 3)))
        else:
            body = struct.pack("!I", R.choice(VENDORS)) + rb(R.randrange(0, 8))
        if R.random() < 0.3:
            body = body[:R.randrange(len(body) + 1)] + rb(R.randrange(0, 8))
        return struct.pack("!HH", st, pick(0, 0, 1, 2)) + body
    if t == 20:
        return struct.pack("!H", of_port()) + bytes(2)
    if t == 21:
        qs = b""
        for _ in range(R.randrange(0, 3)):
            props = b""
            for _ in range(R.randrange(0, 3)):
                pr = pick(0, 1, 1, 2, R.randrange(65536))
                pb = struct.pack("!H", R.randrange(2000)) + bytes(6) if pr == 1 else b""
                pl = 8 + len(pb)
                if R.random() < 0.15:  # a length wrong for the property, its bytes there
                    pl = pick(0, 4, 8, 16, 24)
                    pb = rb(max(pl - 8, 0))
                props += struct.pack("!HHI", pr, pl, 0) + pb
            if R.random() < 0.05:
                props += rb(R.randrange(1, 8))
            dl = 8 + len(props) if R.random() < 0.9 else pick(0, 7, 100)
            qs += struct.pack("!IHH", R.randrange(1 << 32), dl, 0) + props
        return struct.pack("!H", of_port()) + bytes(6) + qs
    return rb(pick(0, 0, 4, 8, R.randrange(20)))


def of10_msg():
    t = pick(*range(22), R.randrange(256)) if R.random() < 0.3 else pick(
        1, 4, 4, 6, 10, 11, 12, 13, 13, 14, 14, 15, 16, 16, 17, 17, 17, 21)
    body = of10_body(t)
    ln = 8 + len(body)
    if R.random() < 0.04:
        ln = pick(0, 7, ln + 4, ln - 1)
    return struct.pack("!BBHI", pick(1, 1, 1, 1, 1, 1, 1, 1, 2, 7), t, ln & 0xffff,
                       R.randrange(1 << 32)) + body


def of10_packets(n):
    out = []
    for i in range(n):
        if i < 80:  # BSN vendor messages and actions first: few random ones are
            body = struct.pack("!I", BSN) + bsn_message()
            m = struct.pack("!BBHI", 1, 4, 8 + len(body), i) + body
            acts = b"".join(struct.pack("!HH", 0xffff, 4 + len(a)) + a
                            for a in (bsn_action() for _ in range(R.randrange(1, 3))))
            m += struct.pack("!BBHIIHH", 1, 13, 16 + len(acts), i, 0xffffffff, 1, len(acts)) + acts
            out.append(tcp(6653, 40000, m, 1000 + i * 3000))
            continue
        data = b"".join(of10_msg() for _ in range(pick(1, 1, 1, 2, 3)))
        if R.random() < 0.05:
            data = data[:R.randrange(1, len(data) + 1)]
        out.append(tcp(6653, 40000 + i % 7, data, 1000 + i * 3000) if i % 2 else
                   tcp(40000 + i % 7, 6653, data, 1000 + i * 3000))
    return out


# ---------------------------------------------------------------------------------------- PGM

def pgm_nla(afi=None):
    if afi is None:
        afi = pick(1, 1, 2, R.randrange(5))
    return struct.pack("!HH", afi, 0) + rb(16 if afi == 2 else 4)


def pgm_option(t):
    fixed = {0x00: 4, 0x01: 16, 0x03: 8, 0x04: 12, 0x05: 12, 0x08: 8, 0x09: 8, 0x0a: 8,
             0x0b: 4, 0x0d: 4, 0x0e: 4, 0x0f: 4}
    if t == 0x02:
        ln = 4 + 4 * R.randrange(0, 5)
        if R.random() < 0.1:
            ln += pick(1, 2, 3)
    elif t == 0x07:
        afi = pick(1, 2, R.randrange(4))
        ln = 8 + (16 if afi == 2 else 4)
        if R.random() < 0.1:
            ln = pick(4, 6, 8, 12, 24, 28)
        return bytes([t | pick(0, 0, 0x80), ln, 0, 0]) + struct.pack("!HH", afi, 0) + rb(max(ln - 8, 0))
    elif t in (0x12, 0x13):
        afi = pick(1, 2, R.randrange(4))
        ln = 12 + (16 if afi == 2 else 4)
        if R.random() < 0.1:
            ln = pick(4, 8, 12, 16, 28, 32)
        return (bytes([t | pick(0, 0, 0x80), ln, 0, 0]) + struct.pack("!IHH", R.randrange(1 << 32), afi, 0)
                + rb(max(ln - 12, 0)))
    else:
        ln = fixed.get(t, pick(4, 8, 12, 20))
    if R.random() < 0.08:
        ln = pick(0, 2, 3, 4, 8, 12, 16, 20, R.randrange(40))
    return bytes([t | pick(0, 0, 0, 0x80), ln]) + rb(max(ln - 2, 2))


def pgm_options():
    opts = b"".join(pgm_option(pick(*range(0x14), R.randrange(0x80)))
                    for _ in range(R.randrange(0, 4)))
    total = 4 + len(opts)
    if R.random() < 0.1:
        total = pick(0, 2, 3, 5, total + 4, total - 2, R.randrange(100))
    first = bytes([pick(0, 0, 0, 0, 0x80, 1), pick(4, 4, 4, 4, 4, 4, 8)]) + struct.pack("!H", total & 0xffff)
    return first + opts


def pgm_packet():
    t = pick(0, 1, 2, 4, 5, 8, 9, 10, 11, 12, R.randrange(16))
    if t == 0:
        body = rb(12) + pgm_nla()
    elif t == 1:
        afi = pick(1, 2, R.randrange(4))
        body = rb(6) + b"\0\0" + struct.pack("!HH", afi, 0) + rb(16 if afi == 2 else 4) + rb(12)
    elif t in (2, 4, 5, 11):
        body = rb(8)
    elif t in (8, 9, 10):
        # tcpdump takes the group's AFI from where its address starts (past AFI and reserved)
        gafi = pick(1, 2, R.randrange(4))
        body = rb(4) + pgm_nla() + struct.pack("!HHH", gafi, 0, gafi) + rb(14 if gafi == 2 else 2)
    else:
        body = b""
    optf = pick(0, 1, 1, 1, 3, R.randrange(256))
    opts = pgm_options() if optf & 1 else b""
    data = rb(R.randrange(0, 20))
    h = struct.pack("!HHBBH6sH", R.randrange(1024, 65536), pick(7500, R.randrange(65536)), t, optf,
                    0, rb(6), len(data) if R.random() < 0.9 else R.randrange(65536))
    pl = h + body + opts + data
    return ip6(113, pl) if R.random() < 0.15 else ip4(113, pl)


def pgm_packets(n):
    return [pgm_packet() for _ in range(n)]


# ---------------------------------------------------------------------------------------- LMP

LMP_CLASSES = {1: [1, 2], 2: [1, 2], 3: [1, 2, 3, 4, 5, 6], 4: [1, 2, 3, 4, 5, 6], 5: [1, 2],
               6: [1], 7: [1], 8: [1], 9: [1], 10: [1], 11: [1, 2, 3], 12: [1, 2, 3],
               13: [1, 2, 3], 14: [1, 2, 3], 20: [1, 2], 51: [1, 2, 3, 4]}


def lmp_subobjects():
    b = b""
    for _ in range(R.randrange(0, 4)):
        t = pick(1, 1, 2, 2, R.randrange(256))
        ln = 12 if t == 1 else 8
        if R.random() < 0.1:
            ln = pick(0, 2, 4, 6, 16, 40)
        body = rb(max(ln - 2, 2))
        if t == 1 and R.random() < 0.7:
            body = bytes([pick(1, 51, 100, 150, 200, R.randrange(256)), pick(1, 2, 5, 8, R.randrange(256))]) + \
                struct.pack("!ff", R.random() * 1e9, R.choice([0.0, 1e6, R.random() * 1e10]))
        b += bytes([t, ln]) + body[:max(ln - 2, 2)]
    return b


def lmp_body(cls, ct):
    r = R.random()
    if r < 0.15:
        return rb(pick(0, 4, 8, 12, 16, 20, 36, R.randrange(48)))
    if cls in (3, 4):
        return rb(16 if ct in (3, 4) else 4)
    if cls in (1, 2, 5, 6, 9, 10, 20):
        return rb(4)
    if cls == 7:
        return rb(8)
    if cls == 8:
        return rb(8) + bytes([R.randrange(256)]) + b"\0" + struct.pack("!H", R.randrange(65536)) + rb(8)
    if cls == 11:
        return rb(36 if ct == 2 else 12)
    if cls == 12:
        return rb(36 if ct == 2 else 12) + lmp_subobjects()
    if cls in (13, 14):
        idl = 16 if ct == 2 else 4
        return rb((idl + (4 if cls == 13 else 0)) * R.randrange(0, 4) + pick(0, 0, 0, 4))
    if cls == 51:
        if ct == 2:
            return bytes([pick(5, 6, R.randrange(256)), pick(5, 8, 12, 13, R.randrange(256))]) + rb(14)
        return rb({1: 4, 3: 8, 4: 4}.get(ct, 8))
    return rb(R.randrange(0, 20))


def lmp_object(cls=None, ct=None):
    cls, ct = class_and_type(LMP_CLASSES, cls, ct, 10)
    body = lmp_body(cls, ct)
    body += bytes(-len(body) % 4)
    ln = object_length(body)
    return bytes([ct | pick(0, 0x80), cls]) + struct.pack("!H", ln) + body


def lmp_msg(objs=None):
    if objs is None:
        objs = b"".join(lmp_object() for _ in range(R.randrange(1, 5)))
    t = pick(*range(1, 21), 50, 51, 52, R.randrange(256))
    ln = 8 + len(objs)
    r = R.random()
    if r < 0.04:
        ln = R.randrange(0, 8)
    elif r < 0.08:
        ln += 4 * R.randrange(1, 5)
    elif r < 0.12 and len(objs) >= 8:  # the last object goes past the message's end
        ln -= 4 * R.randrange(1, len(objs) // 4)
    return struct.pack("!BBBBHH", pick(0x10, 0x10, 0x10, 0x20), 0, R.randrange(8), t, ln, 0) + objs


def lmp_packets(n):
    out = []
    for cls, cts in LMP_CLASSES.items():
        for ct in cts + [R.randrange(10)]:
            out.append(udp(701, 701, lmp_msg(lmp_object(cls, ct))))
    # a Data Link object ending the frame with a sub-object shorter than its value
    for st in (1, 2, 1, 2):
        body = rb(12) + bytes([st, 4]) + rb(2)
        out.append(udp(701, 701, lmp_msg(bytes([1, 12]) + struct.pack("!H", 4 + len(body)) + body)))
    while len(out) < n:
        out.append(udp(701, 701, lmp_msg()))
    return out


# ------------------------------------------------------------------------------------- ARCnet

def arc_payload(t):
    if t in (240, 212):
        return udp(R.randrange(1024, 65536), pick(53, 123, 9999), rb(R.randrange(0, 30)))[14:]
    if t == 0xc4:
        return udp(R.randrange(1024, 65536), 9999, rb(R.randrange(0, 20)), v6=True)[14:]
    if t in (241, 213, 214):
        # ARP over ARCnet: hardware type 7, one-byte hardware addresses
        return struct.pack("!HHBBH", pick(7, 1), 0x0800, pick(1, 1, 6), 4,
                           pick(1, 2, 3, 4, 8, 9, R.randrange(30))) + rb(pick(10, 20, 4))
    if t == 221:
        return struct.pack("!HHHBBBBB", 13 + 5, 0, R.randrange(65536), R.randrange(256),
                           R.randrange(256), R.randrange(256), R.randrange(256),
                           pick(1, 2, 3, 4, 6, R.randrange(256))) + rb(5)
    if t == 250:
        return struct.pack("!HHBB", 0xffff, 30 + 8, 0, pick(0, 1, 4, 5, 17)) + rb(24) + rb(8)
    return rb(R.randrange(0, 30))


def arc_bsd():
    t = pick(240, 241, 0x80, 212, 213, 214, 221, 247, 250, 0xc4, R.randrange(256))
    h = bytes([R.randrange(256), R.randrange(256), t])
    if t not in (240, 241, 0x80):
        flag = pick(0, 0, 0, 1, 2, 3, 4, 0xff, R.randrange(256))
        if flag == 0xff:
            h += bytes([0xff]) + struct.pack("!H", 0xffff) + bytes([pick(0, 1, 2, 5, R.randrange(256))]) + rb(2)
        else:
            h += bytes([flag]) + rb(2)
    return h + arc_payload(t)


def arc_linux():
    t = pick(240, 241, 0x80, 212, 213, 214, 221, 250, 0xc4, R.randrange(256))
    h = bytes([R.randrange(256), R.randrange(256)]) + rb(2) + bytes([t])
    if t not in (240, 241, 0x80):
        h += rb(3)
    return h + arc_payload(t)


def arc_cut(fr):
    return fr[:R.randrange(1, 12)] if R.random() < 0.06 else fr


# ------------------------------------------------------------------------------------- DECnet

def dn_addr():
    return struct.pack("<H", (R.randrange(64) << 10) | R.randrange(1024))


def dn_nsp():
    t = pick(0x00, 0x20, 0x40, 0x60, 0x30, 0x10, 0x04, 0x14, 0x24, 0x08, 0x18, 0x28, 0x38,
             0x38, 0x48, 0x48, 0x58, 0x68, 0x0c, R.randrange(256))
    b = bytes([t]) + struct.pack("<HH", R.randrange(65536), R.randrange(65536))
    # acknumbers (0x8000 set: present; 0x1000/0x2000: other-data, nak)
    for _ in range(R.randrange(0, 3)):
        b += struct.pack("<H", pick(0x8000, 0x9000, 0xa000, 0xb000, 0) | R.randrange(0x1000))
    if t == 0x10:
        b += struct.pack("<HBB", R.randrange(65536), pick(0, 1, 2, 3, 4, 5, 8, 12, R.randrange(256)),
                         R.randrange(256))
    elif t in (0x18, 0x68):  # connect initiate
        b = bytes([t]) + struct.pack("<HH", R.randrange(65536), R.randrange(65536)) + \
            bytes([pick(0, 1, 2, 4, 5, 8, 12, R.randrange(256)), pick(0, 1, 2, 3)]) + \
            struct.pack("<H", R.randrange(65536))
    elif t == 0x28:  # connect confirm
        b += bytes([pick(0, 1, 2, 4, 5, 8, 12, R.randrange(256)), pick(0, 1, 2, 3)]) + \
            struct.pack("<H", R.randrange(65536)) + bytes([pick(0, 0, 3, R.randrange(20))])
    elif t in (0x38, 0x48):  # disconnect initiate / confirm
        b += struct.pack("<H", pick(*range(12), 32, 33, 34, 36, 38, 39, 41, 42, 43, 54,
                                     R.randrange(65536))) + bytes([pick(0, 0, 4, R.randrange(20))])
    return b + rb(pick(0, 0, 2, 8, R.randrange(30)))


def dn_msg():
    r = R.random()
    if r < 0.45:
        ct = pick(0, 1, 2, 3, 4, 5, 6, 7) * 2 + 1
        ct = ct if R.random() < 0.9 else R.randrange(256) | 1
        if ct & 0o17 == 1:
            body = dn_addr() + bytes([R.randrange(256)]) + struct.pack("<H", R.randrange(65536)) + rb(3) \
                + struct.pack("<H", R.randrange(65536)) + rb(1)
        elif ct & 0o17 in (3, 5):
            body = dn_addr() + rb(R.randrange(1, 10))
        elif ct & 0o17 in (7, 9):
            body = dn_addr() + b"\0"
            for _ in range(R.randrange(0, 4)):
                body += struct.pack("<HHH", pick(0, 1, 5, 1023, 1025, R.randrange(65536)),
                                    R.randrange(65536), R.randrange(65536))
            body += rb(pick(0, 2))
        elif ct & 0o17 == 0o13:
            body = rb(7) + dn_addr() + bytes([R.randrange(256)]) + rb(6) + rb(R.randrange(0, 10))
        elif ct & 0o17 == 0o15:
            body = rb(7) + dn_addr() + bytes([R.randrange(256)]) + rb(15) + dn_addr() + rb(3 + pick(2, 2, 0))
        else:
            body = rb(R.randrange(0, 20))
        if R.random() < 0.1:
            body = body[:R.randrange(len(body) + 1)]
        m = bytes([ct]) + body
    else:
        mf = pick(2, 6) | pick(0, 0o10, 0o20, 0o40, 0o70)
        if R.random() < 0.06:
            mf = pick(0x40, 0x44, 4, 0, R.randrange(256) & ~1)
        if mf & 7 == 6:
            h = bytes([mf]) + b"\0\0" + b"\xaa\0\x04\0" + dn_addr() + b"\0\0" + b"\xaa\0\x04\0" + dn_addr() \
                + bytes([0, R.randrange(64), 0])
        else:
            h = bytes([mf]) + dn_addr() + dn_addr() + bytes([R.randrange(256)])
        m = h + dn_nsp()
    if R.random() < 0.2:
        pad = R.randrange(1, 8)
        m = bytes([0x80 | pad]) + bytes(pad - 1) + m
    ln = len(m)
    r = R.random()
    if r < 0.04:
        ln = R.randrange(0, 6)
    elif r < 0.07:
        ln += R.randrange(1, 20)
    elif r < 0.1:
        ln -= R.randrange(0, len(m))
    fr = bytes.fromhex("aa000400010caa0004000208" + "6003") + struct.pack("<H", ln) + m
    return fr + bytes(max(0, 60 - len(fr))) if R.random() < 0.5 else fr


# ---------------------------------------------------------------------------------------- ESP

ESP_KEY = bytes(range(16))  # EspDecryptionTest's -E specs name it: 0x000102...0f


def esp_packet(spi, inner, nh, padlen=None, auth=12):
    """AES-128-CBC ESP: the inner bytes, RFC 4303 padding (or a pad length given), next header,
    then auth bytes tcpdump skips by the SA's algorithm (12 for -hmac96)."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    if padlen is None:
        padlen = (-(len(inner) + 2)) % 16
    pt = inner + bytes(range(1, padlen + 1)) + bytes([padlen & 0xff, nh])
    pt += bytes(-len(pt) % 16)
    iv = rb(16)
    e = Cipher(algorithms.AES(ESP_KEY), modes.CBC(iv)).encryptor()
    return struct.pack("!II", spi, R.randrange(1 << 32)) + iv + e.update(pt) + e.finalize() + rb(auth)


def esp_dns():
    return udp(1234, 53, bytes.fromhex("123401000001000000000000037777770000010001"))[14:]


def esp_packets(n):
    out = []
    for _ in range(n):
        nh = pick(4, 41, 50, 51, 6, 17, 1, 58, 59, 0, 43, 44, 60, 47, 132, 255, R.randrange(256))
        if nh == 4:
            inner = esp_dns()
        elif nh == 41:
            inner = udp(1, 2, rb(8), v6=True)[14:]
        elif nh == 50:  # ESP in ESP: tcpdump decrypts the inner one too
            inner = esp_packet(0x2000, esp_dns(), 4)
        elif nh == 17:
            inner = struct.pack("!HHHH", 1234, 53, 18, 0) + rb(10)
        elif nh == 6:
            inner = struct.pack("!HHIIBBHHH", 1, 80, 1, 2, 0x50, 0x18, 100, 0, 0)
        else:
            inner = rb(R.randrange(0, 40))
        if R.random() < 0.2:
            inner = inner[:R.randrange(len(inner) + 1)]
        padlen = None if R.random() < 0.8 else R.randrange(256)
        e = esp_packet(pick(0x1000, 0x1000, 0x2000, 0x3000), inner, nh, padlen,
                       pick(12, 12, 0, 16, 4))
        if R.random() < 0.1:
            e = e[:R.randrange(8, len(e))]
        w = R.random()
        if w < 0.6:
            out.append(ip4(50, e, dst="192.0.2.1"))
        elif w < 0.8:
            out.append(udp(4500, 4500, e))
        else:
            out.append(ip6(50, e))
    return out


IKE_I = bytes.fromhex("0011223344556677")
IKE_R = bytes.fromhex("8899aabbccddeeff")


def ike_payloads():
    types = [pick(33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 47, 48, 0, 1, 99)
             for _ in range(R.randrange(1, 4))]
    b = b""
    for i, t in enumerate(types):
        nxt = types[i + 1] if i + 1 < len(types) else 0
        if t == 41:  # Notify: protocol, SPI size, type
            body = struct.pack("!BBH", pick(0, 1, 3), 0,
                               pick(16384, 16388, 16390, 24, R.randrange(65536))) + rb(R.randrange(0, 8))
        elif t in (35, 36):  # IDi, IDr
            body = struct.pack("!BBH", pick(1, 2, 3, 5, 9, 11), 0, 0) + rb(R.randrange(4, 12))
        elif t == 39:  # AUTH
            body = struct.pack("!BBH", pick(1, 2, 3, 14), 0, 0) + rb(R.randrange(8, 20))
        elif t == 42:  # Delete
            body = struct.pack("!BBH", pick(1, 3), 4, 1) + rb(4)
        else:
            body = rb(R.randrange(0, 24))
        ln = 4 + len(body) if R.random() < 0.9 else R.randrange(0, 60)
        b += struct.pack("!BBH", nxt, pick(0, 0x80), ln) + body
    return types[0], b


def ikev2_packets(n):
    """IKEv2 messages whose Encrypted payload holds AES-128-CBC payloads, for -E's ikev2 SAs
    (cookies IKE_I and IKE_R, ESP_KEY): initiator and responder, cookies no SA names, a
    ciphertext not whole blocks, odd ICV lengths, cut payloads, inner lengths wrong."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
    out = []
    for _ in range(n):
        first, pt = ike_payloads()
        if R.random() < 0.9:
            pt += bytes(-len(pt) % 16)
        iv = rb(16)
        if len(pt) % 16 == 0:
            e = Cipher(algorithms.AES(ESP_KEY), modes.CBC(iv)).encryptor()
            ct = e.update(pt) + e.finalize()
        else:
            ct = pt
        epl = iv + ct + rb(pick(12, 12, 12, 0, 16))
        if R.random() < 0.05:
            epl = epl[:R.randrange(len(epl))]
        enc = struct.pack("!BBH", first, 0, 4 + len(epl)) + epl
        ic = IKE_I if R.random() < 0.85 else rb(8)
        msg = ic + IKE_R + struct.pack("!BBBBII", 46, 0x20, pick(34, 35, 36, 37),
                                       pick(0x08, 0x20, 0x28, 0x00), R.randrange(8),
                                       28 + len(enc)) + enc
        out.append(udp(500, 500, msg) if R.random() < 0.7 else udp(4500, 4500, bytes(4) + msg))
    return out


def main():
    seed("rsvp")
    write("cov-misc-rsvp.pcap", rsvp_packets(900))
    seed("of10")
    write("cov-misc-of10.pcap", of10_packets(700))
    seed("pgm")
    write("cov-misc-pgm.pcap", pgm_packets(800))
    seed("lmp")
    write("cov-misc-lmp.pcap", lmp_packets(700))
    seed("arcnet")
    write("cov-misc-arcnet.pcap", [arc_cut(arc_bsd()) for _ in range(400)], 7)
    seed("arcnet-linux")
    write("cov-misc-arcnet-linux.pcap", [arc_cut(arc_linux()) for _ in range(300)], 129)
    seed("decnet")
    write("cov-misc-decnet.pcap", [dn_msg() for _ in range(800)])
    seed("esp")
    write("cov-misc-esp.pcap", esp_packets(300))
    seed("ikev2")
    write("cov-misc-ikev2.pcap", ikev2_packets(200))


if __name__ == "__main__":
    main()
