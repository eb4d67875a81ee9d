#!/usr/bin/python3
"""Writes IEEE 802.15.4 captures under cli/src/test/resources/print/captures/, byte by byte
(frames of version 2015 with information elements are easier packed by hand than with scapy):

  gen-wpan-fcs.pcap    DLT_IEEE802_15_4_WITHFCS (195): every frame type, addressing mode, PAN ID
                       compression, version, security level, key id mode, frame counter
                       suppression, header IEs (every named element id), payload IEs (MLME
                       nested short and long, vendor, 802.15.9 multiplexed, IETF), old beacons,
                       every MAC command, multipurpose frames; a 16-bit FCS mostly, 32-bit
                       some, wrong or none others
  gen-wpan-nofcs.pcap  DLT_IEEE802_15_4_NOFCS (230): the same kinds, no FCS
  gen-wpan-tap.pcap    DLT_IEEE802_15_4_TAP (283): TLV pseudo-headers (some invalid) and frames
  gen-wpan-cut.pcap    (195) some frames of each kind cut at every byte

Seeded: the same SEED gives the same files.
usage: wpan-gen.py [SEED [COUNT]]   (default: 154 900)
"""
import os
import random
import struct
import sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "captures")
R = random.Random()


def rb(n):
    return bytes(R.randrange(256) for _ in range(n))


def crc16(data):
    crc = 0
    for y in data:
        y = int("{:08b}".format(y)[::-1], 2)
        x = ((crc >> 8) ^ y) & 0xFF
        x ^= x >> 4
        crc = ((crc << 8) ^ (x << 12) ^ (x << 5) ^ x) & 0xFFFF
    return int("{:016b}".format(crc)[::-1], 2)


def crc32(data):
    crc = 0
    for y in data:
        b = int("{:032b}".format(y)[::-1], 2)
        for _ in range(8):
            if (crc ^ b) & 0x80000000:
                crc = ((crc << 1) ^ 0x04C11DB7) & 0xFFFFFFFF
            else:
                crc = (crc << 1) & 0xFFFFFFFF
            b = (b << 1) & 0xFFFFFFFF
    return int("{:032b}".format(crc)[::-1], 2)


def maybe_cut(data, p=0.08):
    """Sometimes a random prefix: lengths that lie."""
    if data and R.random() < p:
        return data[:R.randrange(len(data) if R.random() < 0.6 else min(len(data), 4))]
    return data


# ---- information elements ----

def hie(eid, content, type1=False):
    v = (len(content) & 0x7F) | ((eid & 0xFF) << 7)
    if type1:
        v |= 0x8000
    return struct.pack("<H", v) + content


def dsme_pan(extended):
    c = struct.pack("<H", R.getrandbits(16))
    s, e = R.choice([0, 0, 1, 2]), R.choice([0, 0, 1])
    c += bytes([s | e << 4]) + rb(2 * s + 8 * e)
    hopping = False
    if extended:
        ss = R.getrandbits(16)
        hopping = bool(ss & 0x1000)
        c += struct.pack("<H", ss)
    else:
        c += bytes([R.randrange(256)])
    c += rb(6) + struct.pack("<H", R.getrandbits(16))
    n = R.choice([0, 1, 2, 3])
    c += struct.pack("<HH", R.getrandbits(16), n) + rb(n)
    n = R.choice([0, 1, 2])
    c += bytes([R.randrange(256), R.randrange(256)]) + struct.pack("<HH", R.getrandbits(16), n)
    c += rb(n)
    if hopping or R.random() < 0.2:
        n = R.choice([0, 1, 2, 3])
        c += bytes([n]) + rb(2 * n)
    return maybe_cut(c, 0.3)[:127]


def header_ie_content(eid):
    if eid == 0x00:
        return rb(R.choice([0, 1, 2, 3, 4, 7]))
    if eid == 0x1A:
        return rb(R.choice([4, 6, 4, 6, R.randrange(9)]))
    if eid == 0x1B:
        return rb(R.choice([4, 4, R.randrange(7)]))
    if eid in (0x1C, 0x21):
        return dsme_pan(eid == 0x21)
    if eid == 0x1D:
        return rb(R.choice([4, 4, R.randrange(6)]))
    if eid == 0x1E:
        return rb(R.choice([2, 2, 2, R.randrange(4)]))
    return rb(R.choice([0, 0, 1, 2, 5, R.randrange(20)]))


NAMED_HIE = [0x00, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x21, 0x1C, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27,
             0x28, 0x29, 0x2A, 0x2B]


def header_ies(payload_follows):
    out = b""
    for _ in range(R.choice([0, 1, 1, 2, 3])):
        eid = R.choice(NAMED_HIE + [R.randrange(128)])
        out += hie(eid, header_ie_content(eid), R.random() < 0.03)
    if payload_follows:
        out += hie(0x7E, rb(R.choice([0, 0, 0, 1])))
    elif R.random() < 0.5:
        out += hie(0x7F, rb(R.choice([0, 0, 0, 2])))
    return out


def nested(short, sub, content):
    if short:
        return struct.pack("<H", (len(content) & 0xFF) | (sub & 0x7F) << 8) + content
    return struct.pack("<H", (len(content) & 0x3FF) | (sub & 0xF) << 11 | 0x8000) + content


def channel_hopping():
    c = bytes([R.randrange(256)])
    if R.random() < 0.2:
        return c
    page = R.choice([0, 9, 10, 2, R.randrange(256)])
    nch = R.choice([0, 3, 8, 12, 17])
    c += bytes([page]) + struct.pack("<HI", nch, R.getrandbits(32))
    if page in (9, 10):
        c += rb((nch + 7) // 8)
    n = R.choice([0, 1, 2, 4])
    c += struct.pack("<H", n) + b"".join(struct.pack("<H", R.choice([R.randrange(256),
                                                                     R.getrandbits(16)]))
                                         for _ in range(n))
    c += struct.pack("<H", R.getrandbits(16))
    return maybe_cut(c, 0.3)


def slotframes():
    n = R.choice([0, 1, 1, 2])
    c = bytes([n])
    for _ in range(n):
        links = R.choice([0, 1, 2, 3])
        c += bytes([R.randrange(256)]) + struct.pack("<H", R.getrandbits(16)) + bytes([links])
        for _ in range(links):
            c += struct.pack("<HH", R.getrandbits(16), R.getrandbits(16)) + bytes([R.getrandbits(5)])
    if R.random() < 0.15:
        c = bytes([R.choice([3, 5])]) + c[1:]
    return maybe_cut(c, 0.25)


def mlme_content(short, sub):
    if not short:
        if sub == 0x9:
            return channel_hopping()
        return rb(R.choice([0, 2, 3, 5]))
    if sub == 0x1A:
        return rb(R.choice([6, 6, 6, 3, 8]))
    if sub == 0x1B:
        return slotframes()
    if sub == 0x1C:
        return rb(R.choice([1, 25, 27, 1, 25, 27, 4]))
    if sub in (0x08, 0x09):
        return rb(R.choice([0, 1, 3, 5]))
    return rb(R.choice([0, 1, 2, 4]))


def mlme_list():
    out = b""
    for _ in range(R.choice([1, 1, 2, 3])):
        short = R.random() < 0.65
        if short:
            sub = R.choice([0x1A, 0x1B, 0x1C, 0x1A, 0x1B, 0x1C, R.randrange(0x1D, 0x37),
                            R.randrange(128)])
        else:
            sub = R.choice([0x8, 0x9, 0x9, R.randrange(16)])
        out += nested(short, sub, mlme_content(short, sub))
    if R.random() < 0.1:
        out += rb(1)
    return out


def mpx():
    t = R.choice(range(8))
    c = bytes([t | R.randrange(32) << 3])
    if t == 6:
        return c + rb(R.choice([0, 0, 2, 2, 1, 4]))
    if t in (2, 4):
        c += bytes([R.choice([0, 0, 1, 7])])
    return maybe_cut(c + rb(R.choice([0, 2, 4, 6, 9])), 0.2)


def payload_ie(group, content):
    return struct.pack("<H", (len(content) & 0x3FF) | (group & 0xF) << 11 | 0x8000) + content


def payload_ies():
    out = b""
    for _ in range(R.choice([1, 1, 2, 3])):
        g = R.choice([0x1, 0x1, 0x1, 0x2, 0x3, 0x3, 0x5, 0x0, 0x4, R.randrange(16)])
        if g == 0xF:
            g = 0x1
        if g == 0x1:
            c = mlme_list()
        elif g == 0x2:
            c = rb(R.choice([0, 2, 3, 6]))
        elif g == 0x3:
            c = mpx()
        elif g == 0x5:
            c = rb(R.choice([0, 1, 4]))
        else:
            c = rb(R.choice([0, 1, 3]))
        if R.random() < 0.03:
            out += struct.pack("<H", len(c) | g << 11) + c  # type 0: an error
        else:
            out += payload_ie(g, c)
    if R.random() < 0.5:
        out += payload_ie(0xF, b"")
    return out


# ---- bodies ----

def aux_security(level, mode, suppress):
    sc = level | mode << 3 | (0x20 if suppress else 0) | (R.getrandbits(2) << 6
                                                        if R.random() < 0.2 else 0)
    out = bytes([sc])
    if not suppress:
        out += struct.pack("<I", R.getrandbits(32))
    out += rb({0: 0, 1: 0, 2: 4, 3: 8}[mode])
    if mode != 0:
        out += rb(1)
    return out


def old_beacon():
    out = struct.pack("<H", R.getrandbits(16))
    n = R.choice([0, 0, 1, 2, 7])
    out += bytes([n | R.getrandbits(5) << 3])
    if n:
        out += bytes([R.randrange(256)]) + rb(3 * n)
    s, e = R.choice([0, 0, 1, 2, 7]), R.choice([0, 0, 1, 2])
    out += bytes([s | e << 4 | R.choice([0, 0, 0x08, 0x80])]) + rb(2 * s + 8 * e)
    out += rb(R.choice([0, 0, 3, 10]))
    return maybe_cut(out, 0.2)


COMMAND_LENGTHS = {1: 1, 2: 3, 3: 1, 4: 0, 5: 0, 6: 0, 7: 0, 8: 7, 9: 1}


def command():
    cid = R.choice(list(range(1, 10)) * 4 + [0, 0x0A, 0x0B, 0x13, 0x1C, 0x20, 0x24, 0x25,
                                              0x2F, 0x30, 0xFF, R.randrange(256)])
    n = COMMAND_LENGTHS.get(cid, R.choice([0, 1, 3, 6]))
    if cid == 8:
        n = R.choice([7, 8, 8])
        body = rb(7)
        if n == 8:
            body += bytes([R.choice([0, 1, 0x80, 0x81, R.randrange(256)])])
    elif cid == 3:
        body = bytes([R.choice([0, 1, 2, 3, 0x80])])
    elif cid == 2:
        body = rb(2) + bytes([R.choice([0, 1, 2, 3, 0x80, 0x80, 0x81])])
    else:
        body = rb(n)
    if R.random() < 0.12:
        body += rb(R.choice([1, 2]))
    elif R.random() < 0.06:
        body = body[:-1]
    return bytes([cid]) + body


ADDR = {0: 0, 1: 0, 2: 2, 3: 8}


def std_frame(ftype=None):
    ftype = R.choice([0, 1, 1, 2, 3, 3]) if ftype is None else ftype
    version = R.choice([0, 1, 2, 2, 2, 3])
    dmode = R.choice([0, 2, 3, 2, 3, 0, 1]) if R.random() < 0.05 else R.choice([0, 2, 3])
    smode = R.choice([0, 2, 3, 1]) if R.random() < 0.05 else R.choice([0, 2, 3])
    sec = R.random() < 0.35
    comp = R.random() < 0.5
    seqsup = R.random() < (0.3 if version >= 2 else 0.03)
    ies = R.random() < (0.5 if version >= 2 else 0.05)
    fc = ftype | sec << 3 | (R.random() < 0.2) << 4 | (R.random() < 0.3) << 5 | comp << 6
    fc |= (R.random() < 0.03) << 7 | seqsup << 8 | ies << 9 | dmode << 10 | version << 12
    fc |= smode << 14
    out = struct.pack("<H", fc)
    if not seqsup:
        out += rb(1)
    dl, sl = ADDR[dmode], ADDR[smode]
    # tcpdump's PAN ID rules
    if version < 2:
        dpan, span = dl > 0, sl > 0 and not comp
    else:
        dpan, span = dl > 0, sl > 0 and not comp
        if comp:
            if sl == 0 and dl == 0:
                dpan = True
            elif (sl == 0) != (dl == 0) or (sl == 8 and dl == 8):
                dpan = span = False
        else:
            if sl == 8 and dl == 8:
                dpan, span = True, False
            if sl == 8 and dl == 2:
                span = False
    if dpan:
        out += rb(2)
    out += rb(dl)
    if span:
        out += rb(2)
    out += rb(sl)
    level = 0
    if sec:
        level = R.randrange(8)
        out += aux_security(level, R.randrange(4), R.random() < 0.3)
    pies = ies and R.random() < 0.6
    if ies:
        out += header_ies(pies)
    if pies:
        out += payload_ies()
    if ftype == 0:
        out += old_beacon() if version < 2 else rb(R.choice([0, 2, 5]))
    elif ftype == 3:
        out += command()
    elif ftype == 2:
        out += rb(R.choice([0, 0, 2]))
    else:
        out += rb(R.choice([0, 1, 4, 12, 30]))
    out += rb({0: 0, 1: 4, 2: 8, 3: 16}[level & 3])
    return out


def mp_frame():
    long_fc = R.random() < 0.7
    dmode, smode = R.choice([0, 2, 3, 2, 3, 1]), R.choice([0, 2, 3, 2, 3, 1])
    fc = 5 | long_fc << 3 | dmode << 4 | smode << 6
    sec = ies = False
    panid = seqsup = False
    if long_fc:
        panid, sec, seqsup = R.random() < 0.5, R.random() < 0.3, R.random() < 0.3
        ies = R.random() < 0.5
        fc |= panid << 8 | sec << 9 | seqsup << 10 | (R.random() < 0.2) << 11
        fc |= R.randrange(4) << 12 | (R.random() < 0.3) << 14 | ies << 15
        out = struct.pack("<H", fc) + (b"" if seqsup else rb(1))
    else:
        out = bytes([fc & 0xFF, R.randrange(256)])
    if panid:
        out += rb(2)
    out += rb(ADDR[dmode]) + rb(ADDR[smode])
    level = 0
    if sec:
        level = R.randrange(8)
        out += aux_security(level, R.randrange(4), R.random() < 0.3)
    pies = ies and R.random() < 0.6
    if ies:
        out += header_ies(pies)
    if pies:
        out += payload_ies()
    out += rb(R.choice([0, 1, 5, 10]))
    out += rb({0: 0, 1: 4, 2: 8, 3: 16}[level & 3])
    return out


def other_frame():
    return bytes([R.choice([4, 6, 7]) | R.getrandbits(5) << 3]) + rb(R.choice([0, 1, 4, 10]))


def frame():
    k = R.random()
    if k < 0.72:
        return std_frame()
    if k < 0.92:
        return mp_frame()
    return other_frame()


def with_fcs(f):
    k = R.random()
    if k < 0.6:
        return f + struct.pack("<H", crc16(f))
    if k < 0.8:
        return f + struct.pack("<I", crc32(f))
    if k < 0.9:
        return f + rb(2)
    return f


def write(name, dlt, records):
    with open(os.path.join(OUT, name), "wb") as out:
        out.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, dlt))
        for i, (data, wire) in enumerate(records):
            out.write(struct.pack("<IIII", 1700000000 + i, (i * 7919) % 1000000, len(data), wire))
            out.write(data)


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 154
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 900
    R.seed(seed)
    fixed = [std_frame(t) for t in (0, 1, 2, 3) for _ in range(6)]
    fixed += [b"", b"\x41", b"\x41\x88", b"\x41\x88\x01", b"\x05\x22", b"\x05\x22\x01",
              b"\x0d\x00", b"\x0d\x00\x07"]
    fcs = [with_fcs(f) for f in fixed + [frame() for _ in range(count)]]
    # multipurpose short frames whose CRC-16 leaves fewer bytes than the short header
    for _ in range(4):
        b = bytes([5 | R.getrandbits(3) << 4 & 0x70])
        fcs.append(b + struct.pack("<H", crc16(b)))
    write("gen-wpan-fcs.pcap", 195, [(f, len(f)) for f in fcs])
    write("gen-wpan-nofcs.pcap", 230, [(f, len(f)) for f in fixed + [frame() for _ in
                                                                      range(count // 2)]])
    tap = []
    for _ in range(count // 4):
        tlvs = b""
        for _ in range(R.choice([0, 1, 2])):
            v = rb(R.choice([1, 4, 6]))
            tlvs += struct.pack("<HH", R.randrange(20), len(v)) + v + bytes(-len(v) % 4)
        version, length = 0, 4 + len(tlvs)
        k = R.random()
        if k < 0.05:
            version = R.randrange(1, 256)
        elif k < 0.1:
            length = R.randrange(4)
        elif k < 0.15:
            length += R.choice([2, 40])
        hdr = struct.pack("<BBH", version, 0, length) + tlvs
        f = with_fcs(frame())
        if R.random() < 0.05:
            f = b""
        data = hdr + f
        if R.random() < 0.04:
            data = data[:R.randrange(4)]
        tap.append((data, len(data)))
    write("gen-wpan-tap.pcap", 283, tap)
    cut = []
    kinds = [lambda: std_frame(0), lambda: std_frame(3), std_frame, std_frame, mp_frame,
             mp_frame]
    for make in kinds:
        for _ in range(3):
            f = make()
            if len(f) < 30 and R.random() < 0.5:
                f = make()
            f = f + struct.pack("<H", crc16(f))
            for n in range(len(f)):
                cut.append((f[:n], len(f)))
    write("gen-wpan-cut.pcap", 195, cut)


if __name__ == "__main__":
    main()
