#!/usr/bin/python3
"""Seeded random frames for the legacy WAN link types tcpdump decodes: PPP_ETHER (51),
PPP_PPPD (166), PPP_BSDOS (16), OpenBSD ENC (109), Bluetooth H4 with phdr (201), LLAP (114).
Writes one pcap per link type: gen-legacy2-<name>.pcap in the directory given (default '.').
Random headers, random payload lengths and cut frames (snaplen below the frame length)."""
import random
import struct
import sys


OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
rnd = random.Random(20261206)


def rbytes(n):
    return bytes(rnd.getrandbits(8) for _ in range(n))


def csum(b):
    if len(b) % 2:
        b += b'\0'
    s = sum(struct.unpack('>%dH' % (len(b) // 2), b))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def l4(proto):
    pay = rbytes(rnd.randrange(0, 12))
    if proto == 6:
        return struct.pack('>HHIIBBHHH', rnd.randrange(1024, 65535), 80, rnd.getrandbits(32), 0,
                           0x50, 0x02, 8192, 0, 0) + pay
    if proto == 17:
        return struct.pack('>HHHH', rnd.randrange(1024, 65535), rnd.choice([7, 9, 5000]),
                           8 + len(pay), 0) + pay
    body = struct.pack('>BBHHH', 8, 0, 0, rnd.getrandbits(16), rnd.getrandbits(8)) + pay
    return body[:2] + struct.pack('>H', csum(body)) + body[4:]


def ip4():
    proto = rnd.choice([1, 6, 17])
    body = l4(proto)
    h = struct.pack('>BBHHHBBH4s4s', 0x45, 0, 20 + len(body), rnd.getrandbits(16), 0,
                    rnd.randrange(1, 255), proto, 0, bytes([10, rnd.randrange(256), 0, 1]),
                    bytes([192, 0, 2, rnd.randrange(256)]))
    return h[:10] + struct.pack('>H', csum(h)) + h[12:] + body


def ip6():
    body = l4(17)
    return struct.pack('>IHBB', 0x60000000, len(body), 17, rnd.randrange(1, 255)) + \
        bytes.fromhex('20010db8000000000000000000') + rbytes(3) + \
        bytes.fromhex('20010db8000000000000000000000001') + body


def write_pcap(name, dlt, frames, cut, t0=1700000000, step=1, magic=0xa1b2c3d4):
    """gen-legacy2-<name>.pcap: each frame's (captured bytes, wire length) from cut(frame),
    a second apart (or step) from t0, a random fraction drawn after each cut."""
    with open('%s/gen-legacy2-%s.pcap' % (OUT, name), 'wb') as fh:
        fh.write(struct.pack('<IHHiIII', magic, 2, 4, 0, 0, 65535, dlt))
        for i, fr in enumerate(frames):
            cap, wire = cut(fr)
            fh.write(struct.pack('<IIII', t0 + i * step, rnd.randrange(1000000), len(cap), wire))
            fh.write(cap)


def cut_fifth(fr, whole=lambda fr: False):
    """A fifth of the frames cut anywhere, unless whole(fr)."""
    if rnd.random() < 0.2 and len(fr) > 0 and not whole(fr):
        return fr[:rnd.randrange(0, len(fr))], len(fr)
    return fr, len(fr)


def write(name, dlt, frames, whole=lambda fr: False):
    write_pcap(name, dlt, frames, lambda fr: cut_fifth(fr, whole))


def ppp_payload():
    """A PPP protocol field and what follows it."""
    k = rnd.randrange(6)
    if k == 0:
        return b'\x00\x21' + ip4()
    if k == 1:
        return b'\x00\x57' + ip6()
    if k == 2:
        code = rnd.choice([1, 2, 3, 4, 5, 6, 9, 10, 11, 12])
        body = rbytes(rnd.randrange(0, 10))
        return b'\xc0\x21' + struct.pack('>BBH', code, rnd.getrandbits(8), 4 + len(body)) + body
    if k == 3:
        return b'\x21' + ip4()
    if k == 4:
        return struct.pack('>H', rnd.getrandbits(16) & 0xfffe) + rbytes(rnd.randrange(0, 16))
    return b'\x80\x21' + struct.pack('>BBH', 1, 1, 10) + b'\x03\x06' + rbytes(4)


def pppoe():
    frames = []
    for _ in range(60):
        k = rnd.randrange(4)
        if k < 2:
            body = ppp_payload()
            if rnd.random() < 0.3:
                body = b'\xff\x03' + body
            code, ses = 0, rnd.getrandbits(16)
        else:
            body = b''
            for _ in range(rnd.randrange(0, 4)):
                t = rnd.choice([0x0101, 0x0102, 0x0103, 0x0104, 0x0110, 0x0201, rnd.getrandbits(16)])
                v = rnd.choice([b'', b'isp-name', rbytes(rnd.randrange(1, 8))])
                body += struct.pack('>HH', t, len(v)) + v
            code, ses = rnd.choice([9, 7, 0x19, 0x65, 0xa7, rnd.getrandbits(8)]), rnd.choice([0, rnd.getrandbits(16)])
        vt = 0x11 if rnd.random() < 0.85 else rnd.getrandbits(8)
        plen = len(body) if rnd.random() < 0.85 else rnd.getrandbits(16)
        fr = struct.pack('>BBHH', vt, code, ses, plen) + body
        if rnd.random() < 0.05:
            fr = fr[:rnd.randrange(0, 6)]
        frames.append(fr)
    write('pppether', 51, frames)


pppoe()


def enc():
    frames = []
    for _ in range(50):
        af = rnd.choice([2, 2, 10, 24, 28, 30, rnd.getrandbits(32)])
        pay = ip6() if af in (10, 24, 28, 30) and rnd.random() < 0.8 else ip4()
        flags = rnd.choice([0, 0x400, 0x800, 0xc00, 0x2000, 0x2c00, 0x800 | 0x2000, rnd.getrandbits(32)])
        order = rnd.choice('<<>')  # the capturing host's byte order
        fr = struct.pack(order + 'I', af) + struct.pack('>I', rnd.getrandbits(32)) + \
            struct.pack(order + 'I', flags) + pay
        if rnd.random() < 0.05:
            fr = fr[:rnd.randrange(0, 12)]
        frames.append(fr)
    write('enc', 109, frames)


enc()


def ppp_frames(n):
    frames = []
    for _ in range(n):
        fr = rnd.choice([b'\xff\x03', b'\xff\x03', b'\x00\x03', b'\x01\x03', b'']) + ppp_payload()
        if rnd.random() < 0.05:
            fr = fr[:rnd.randrange(0, 4)]
        frames.append(fr)
    return frames


# IPCP frames are not cut here (the random stream of the files after it stays as it was made);
# gen-legacy2-ipcpcut.pcap, last, cuts them at every byte.
write('ppppppd', 166, ppp_frames(50), lambda fr: b'\x80\x21\x01\x01\x00\x0a' in fr)
write('pppbsdos', 16, ppp_frames(20))


def bt():
    frames = []
    for _ in range(30):
        d = rnd.choice([0, 1, rnd.getrandbits(32)])
        fr = struct.pack('>I', d) + bytes([rnd.choice([1, 2, 3, 4])]) + rbytes(rnd.randrange(0, 40))
        if rnd.random() < 0.1:
            fr = fr[:rnd.randrange(0, 4)]
        frames.append(fr)
    write('bth4', 201, frames)


bt()


def llap():
    # DDP types 2 (NBP) and 3 (ATP) are left out here (the random stream of the files after it
    # stays as it was made); gen-legacy2-atalk.pcap, last, has their bodies and EIGRP's
    frames = []
    for _ in range(60):
        t = rnd.choice([1, 1, 2, 2, rnd.getrandbits(8)])
        dtype = rnd.choice([1, 4, 5, 22, 23, 0x4b, 6, rnd.choice([7, 8, 100, 200])])
        body = rbytes(rnd.randrange(0, 20))
        if t == 1:
            ddp = struct.pack('>HBBB', rnd.getrandbits(10), rnd.getrandbits(8), rnd.getrandbits(8), dtype)
        elif t == 2:
            ddp = struct.pack('>HHHHBBBBB', rnd.getrandbits(10), 0, rnd.getrandbits(16),
                              rnd.getrandbits(16), rnd.choice([255, rnd.getrandbits(8)]),
                              rnd.choice([255, rnd.getrandbits(8)]), rnd.choice([1, 2, 4, 6, rnd.getrandbits(8)]),
                              rnd.choice([1, 2, 4, 6, rnd.getrandbits(8)]), dtype)
        else:
            ddp = b''
        fr = bytes([rnd.getrandbits(8), rnd.getrandbits(8), t]) + ddp + body
        if rnd.random() < 0.25:
            fr = fr[:rnd.randrange(0, 17)]
        frames.append(fr)
    write('llap', 114, frames)


llap()


def ipcp_cut():
    """IPCP Configure-Requests with address options (IP-Addr, MOBILE4, DNS and NBNS servers),
    cut at every byte: tcpdump reads an address before it prints ': ' before it."""
    frames = []
    for opts in ([3], [129, 131], [1], [4, 130, 132]):
        body = b''
        for o in opts:
            body += struct.pack('>BB', o, 10 if o == 1 else 6) + rbytes(8 if o == 1 else 4)
        ipcp = struct.pack('>BBH', 1, rnd.getrandbits(8), 4 + len(body)) + body
        whole = b'\xff\x03\x80\x21' + ipcp
        for cut in range(4, len(whole) + 1):
            frames.append((whole[:cut], len(whole)))
    write_pcap('ipcpcut', 9, frames, lambda f: f, t0=1700001000)


ipcp_cut()


def atalk_bodies():
    """LocalTalk frames whose short or long DDP header carries NBP (lookups, broadcasts, replies
    of several tuples, counted strings with control and high bytes, lengths past 32), ATP
    (requests, responses, releases, unknown codes, bitmaps) or EIGRP (type 88), with random
    fields and cut frames."""
    def cstr():
        k = rnd.randrange(6)
        if k == 0:
            return bytes([rnd.choice([33, 40, 255])]) + rbytes(4)  # a length tcpdump refuses
        s = rnd.choice([b'LaserWriter', b'=', b'*', b'Mac\x01IIx', b'caf\xe9', rbytes(rnd.randrange(0, 9))])
        return bytes([len(s)]) + s

    def tuple_(net, node, skt):
        if rnd.random() < 0.3:
            net, node, skt = rnd.getrandbits(16), rnd.getrandbits(8), rnd.getrandbits(8)
        return struct.pack('>HBBB', net, node, skt, rnd.choice([0, 1, 1, 2, rnd.getrandbits(8)])) + \
            cstr() + cstr() + cstr()

    frames = []
    for _ in range(160):
        short = rnd.random() < 0.4
        snet, snode, sskt = (0 if short else rnd.getrandbits(16)), rnd.getrandbits(8), rnd.choice([2, 253, rnd.getrandbits(8)])
        t = rnd.choice([2, 2, 3, 3, 88])
        if t == 2:
            kind = rnd.choice([0x10, 0x20, 0x30, 0x30, rnd.getrandbits(4) << 4])
            n = rnd.choice([1, 1, 2, 3, 0, 15]) if kind == 0x30 else rnd.choice([1, 1, 1, 2])
            body = struct.pack('>BB', kind | n, rnd.getrandbits(8))
            for _ in range(min(n, 4) if kind == 0x30 else 1):
                body += tuple_(snet, snode, sskt)
            if rnd.random() < 0.1:
                body = body[:rnd.randrange(0, 10)]
        elif t == 3:
            control = rnd.choice([0x40, 0x60, 0x50, 0x48, 0x58, 0x80, 0x90, 0xa0, 0x88, 0xa8,
                                  0xc0, 0xf8, 0xc8, rnd.getrandbits(8)])
            bitmap = rnd.choice([0, 1, 3, 0xff, 0x05, 0x80, rnd.getrandbits(8)])
            body = struct.pack('>BBHI', control, bitmap, rnd.getrandbits(16),
                               rnd.choice([0, rnd.getrandbits(32)])) + rbytes(rnd.choice([0, 0, 3]))
            if rnd.random() < 0.1:
                body = body[:rnd.randrange(0, 8)]
        else:
            body = struct.pack('>BBHHHII', 2, rnd.choice([1, 2, 5]), 0, 0, 0, rnd.getrandbits(32), 1) + \
                struct.pack('>HH', 1, 12) + struct.pack('>BBHHH', 1, 0, 1, 0, 0) + rbytes(2)
        if short:
            ddp = struct.pack('>HBBB', 5 + len(body), rnd.getrandbits(8), sskt, t)
            lap = 1
        else:
            ddp = struct.pack('>HHHHBBBBB', 13 + len(body), 0, rnd.getrandbits(16), snet,
                              rnd.getrandbits(8), snode, rnd.getrandbits(8), sskt, t)
            lap = 2
        src = snode
        fr = bytes([rnd.getrandbits(8), src, lap]) + ddp + body
        frames.append(fr)
    write_pcap('atalk', 114, frames, cut_fifth, t0=1700002000)


atalk_bodies()


def fr_bridged():
    """Frame Relay (107) frames whose SNAP header (NLPID 0x80, OUI 00-80-c2) carries an RFC 2427
    bridged Ethernet, Token Ring or FDDI frame or a BPDU, with and without the pad byte, cut
    frames: bridged frames in SNAP without LLC's two bytes of padding."""
    frames = []
    for _ in range(60):
        pid = rnd.choice([0x0001, 0x0007, 0x0007, 0x000e, 0x000a, 0x0009, 0x0005, rnd.getrandbits(16)])
        if pid in (0x0001, 0x0007):
            inner = rbytes(12) + b'\x08\x00' + ip4()
        elif pid == 0x000e:
            inner = struct.pack('>HBB', 0, 0, 0) + rbytes(31)
        elif pid == 0x000a:
            inner = rbytes(1) + b'\x50' + rbytes(12) + b'\xaa\xaa\x03\x00\x00\x00\x08\x00' + ip4()
        elif pid == 0x0009:
            inner = bytes([rnd.getrandbits(8), 0x40]) + rbytes(12) + b'\xaa\xaa\x03\x00\x00\x00\x08\x00' + ip4()
        else:
            inner = rbytes(rnd.randrange(0, 20))
        pad = b'\x00' if rnd.random() < 0.7 else b''
        frames.append(struct.pack('>H', rnd.getrandbits(16) & 0xfcfe | 0x0001) + b'\x03' + pad + b'\x80\x00\x80\xc2' +
                      struct.pack('>H', pid) + inner)
    write_pcap('frbridged', 107, frames, cut_fifth, t0=1700003000)


fr_bridged()


def mfr_times():
    """MFR (182) control messages carrying time stamp elements of 16 bytes, a struct timeval as
    an x86-64 host stores it: times of today and of 1970, fractions past a second, seconds
    with bit 31 set, years no C library converts; other sizes and elements around them. Once in
    microseconds and once in nanoseconds (the fraction prints at the file's precision)."""
    frames = []
    for _ in range(40):
        ies = b''
        for _ in range(rnd.randrange(1, 4)):
            k = rnd.randrange(8)
            if k < 5:
                sec = rnd.choice([1700000000 + rnd.randrange(100000), rnd.randrange(100), 0x80000000 + rnd.randrange(1000),
                                  rnd.getrandbits(64), (rnd.getrandbits(20) << 32) | rnd.getrandbits(31), 0])
                usec = rnd.choice([rnd.randrange(1000000), rnd.randrange(1000000000), rnd.getrandbits(64), 0])
                ies += struct.pack('<BB', 5, 18) + struct.pack('<QQ', sec, usec)
            elif k == 5:
                n = rnd.choice([4, 8, 12])  # a time stamp of another size: dumped
                ies += struct.pack('<BB', 5, n + 2) + rbytes(n)
            elif k == 6:
                ies += struct.pack('>BBI', 3, 6, rnd.getrandbits(32))
            else:
                ies += struct.pack('>BB', 1, 6) + b'abcd'
        frames.append(bytes([0xe1, 0x00, rnd.choice([1, 4, 5])]) + ies)
    for magic, name in ((0xa1b2c3d4, 'mfrtime'), (0xa1b23c4d, 'mfrtime-nano')):
        write_pcap(name, 182, frames, lambda fr: (fr, len(fr)), t0=1700004000, step=7, magic=magic)


mfr_times()
