#!/usr/bin/python3
"""Writes captures/routing-scapy-PROTO.pcap: routing protocol packets with seeded random field
values, built with Debian's python3-scapy (scapy.contrib) where it has the message and from
raw bytes where the point is a wrong length, an unknown code or a cut frame. Deterministic
(one fixed seed per protocol); re-run it to re-make them:

    /usr/bin/python3 make-routing-scapy.py ../captures [proto...]
"""
import os, random, struct, sys

from scapy.all import Ether, IP, IPv6, TCP, UDP, Raw, raw
from scapy.contrib import bgp as sbgp

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
ONLY = sys.argv[2:]
MAC1, MAC2 = '02:00:00:00:00:01', '02:00:00:00:00:02'


def write_pcap(path, frames):
    """frames: (bytes, wirelen) pairs; one second apart from a fixed epoch."""
    with open(path, 'wb') as f:
        f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
        for i, (data, wirelen) in enumerate(frames):
            f.write(struct.pack('<IIII', 1700000000 + i, i * 1000 % 1000000, len(data), wirelen))
            f.write(data)


def cut(r, frames, share=0.2):
    """Cuts a share of the frames at a random length, keeping their wire length."""
    res = []
    for data in frames:
        if r.random() < share and len(data) > 15:
            res.append((data[:r.randint(14, len(data) - 1)], len(data)))
        else:
            res.append((data, len(data)))
    return res


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


# ---------------------------------------------------------------- BGP
def bgp_msg(mtype, body, length=None):
    ln = 19 + len(body) if length is None else length
    return b'\xff' * 16 + struct.pack('!HB', ln, mtype) + body


def bgp_prefix(r, maxlen, width):
    plen = r.randint(0, maxlen)
    return bytes([plen]) + rbytes(r, (plen + 7) // 8)


AFI_SAFI = [(1, 1), (1, 2), (1, 4), (1, 128), (1, 132), (1, 66), (2, 1), (2, 2), (2, 4),
            (2, 128), (3, 1), (3, 128), (1, 5), (25, 65), (196, 128), (1, 70), (9, 9)]


def bgp_caps(r):
    caps = b''
    for _ in range(r.randint(0, 6)):
        code = r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 64, 65, 67, 68, 69, 70, 71, 72, 128, 200,
                         r.randint(0, 255)])
        if code == 1:
            a, s = r.choice(AFI_SAFI)
            val = struct.pack('!HBB', a, 0, s)
        elif code == 64:
            val = struct.pack('!H', r.getrandbits(16)) + b''.join(
                struct.pack('!HBB', *r.choice(AFI_SAFI), r.getrandbits(8))
                for _ in range(r.randint(0, 3)))
        elif code == 65:
            val = struct.pack('!I', r.getrandbits(32))
        elif code == 69:
            val = b''.join(struct.pack('!HBB', *r.choice(AFI_SAFI), r.randint(0, 4))
                           for _ in range(r.randint(0, 3)))
        else:
            val = rbytes(r, r.choice([0, 0, 1, 2, 3, 4, 7]))
        if r.random() < 0.1:
            val = val[:max(0, len(val) - r.randint(1, 3))]
        caps += bytes([code, len(val)]) + val
    return caps


def bgp_open(r):
    params = b''
    for _ in range(r.randint(0, 3)):
        t = r.choice([2, 2, 2, 1, r.randint(0, 255)])
        v = bgp_caps(r) if t == 2 else rbytes(r, r.randint(0, 6))
        params += bytes([t, len(v) & 0xff]) + v
    optlen = len(params) & 0xff
    if r.random() < 0.1:
        optlen = r.randint(0, 255)
    body = struct.pack('!BHH4sB', r.choice([4, 4, 3]), r.getrandbits(16), r.choice([0, 3, 90, 180]),
                       rbytes(r, 4), optlen) + params
    return bgp_msg(1, body)


def as_path(r, four):
    v = b''
    for _ in range(r.randint(1, 3)):
        t = r.choice([1, 2, 2, 3, 4, r.randint(0, 9)])
        n = r.randint(0, 5)
        v += bytes([t, n]) + b''.join(struct.pack('!I' if four else '!H', r.getrandbits(32 if four else 16))
                                      for _ in range(n))
    return v


def mp_reach(r, unreach):
    a, s = r.choice(AFI_SAFI)
    nlri = b''
    for _ in range(r.randint(0, 4)):
        if s in (1, 2):
            nlri += bgp_prefix(r, 32 if a == 1 else 128, 0)
        elif s == 4:
            plen = 24 + r.randint(0, 32 if a == 1 else 128)
            nlri += bytes([plen]) + rbytes(r, 3) + rbytes(r, (plen - 24 + 7) // 8)
        elif s == 128:
            plen = 88 + r.randint(0, 32 if a == 1 else 128)
            rd = struct.pack('!H', r.randint(0, 3)) + rbytes(r, 6)
            nlri += bytes([plen]) + rbytes(r, 3) + rd + rbytes(r, (plen - 88 + 7) // 8)
        elif s == 132:
            plen = r.choice([0, 32, 48, 96, 40])
            nlri += bytes([plen]) + rbytes(r, (plen + 7) // 8)
        elif s == 66:
            nlri += bytes([128]) + struct.pack('!H', r.randint(0, 2)) + rbytes(r, 14)
        else:
            nlri += rbytes(r, r.randint(1, 9))
    if unreach:
        return struct.pack('!HB', a, s) + nlri
    nh = {1: 4, 2: r.choice([16, 32]), 3: r.choice([7, 20])}.get(a, 4)
    if s == 128:
        nh += 8
    if r.random() < 0.1:
        nh = r.randint(0, 40)
    body = struct.pack('!HBB', a, s, nh) + rbytes(r, nh)
    snpa = r.choice([0, 0, 0, 1, 2])
    body += bytes([snpa]) + b''.join(bytes([k]) + rbytes(r, k) for k in
                                     [r.randint(0, 3) for _ in range(snpa)])
    return body + nlri


def ext_comms(r):
    v = b''
    for _ in range(r.randint(1, 4)):
        t = r.choice([0x0002, 0x0102, 0x0202, 0x0003, 0x0103, 0x4004, 0x4300, 0x0005, 0x0306,
                      0x0107, 0x800a, 0x0009, 0x030c, 0x010b, 0x000a, 0x8801,
                      r.getrandbits(16)])
        v += struct.pack('!H', t) + rbytes(r, 6)
    return v


def path_attr(r):
    t = r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14, 15, 16, 17, 18, 22, 26, 32, 35, 128,
                  r.randint(0, 255)])
    if t == 1:
        v = bytes([r.randint(0, 3)])
    elif t in (2, 17):
        v = as_path(r, t == 17 or r.random() < 0.4)
    elif t in (3, 4, 5, 9):
        v = rbytes(r, 4)
    elif t == 6:
        v = b''
    elif t == 7:
        v = rbytes(r, r.choice([6, 8]))
    elif t == 18:
        v = rbytes(r, 8)
    elif t == 8:
        v = b''.join(r.choice([rbytes(r, 4), b'\xff\xff\xff\x01', b'\xff\xff\xff\x02',
                               b'\xff\xff\xff\x03']) for _ in range(r.randint(1, 4)))
    elif t == 10:
        v = rbytes(r, 4 * r.randint(1, 3))
    elif t == 14:
        v = mp_reach(r, False)
    elif t == 15:
        v = mp_reach(r, True)
    elif t == 16:
        v = ext_comms(r)
    elif t == 22:
        v = bytes([r.randint(0, 1), r.randint(0, 8)]) + rbytes(r, 3 + r.choice([4, 8]))
    elif t == 26:
        v = b'\x01\x00\x0b' + rbytes(r, 8)
    elif t == 32:
        v = rbytes(r, 12 * r.randint(1, 2))
    elif t == 128:
        v = rbytes(r, 4) + path_attr(r)
    else:
        v = rbytes(r, r.randint(0, 8))
    if r.random() < 0.08:
        v = v[:max(0, len(v) - r.randint(1, 3))]
    flags = r.choice([0x40, 0x40, 0x80, 0xc0, 0x50, 0x90, 0xe0, r.getrandbits(8)])
    if t in (14, 15, 16) and r.random() < 0.5:
        flags |= 0x80
    ln = len(v)
    if r.random() < 0.05:
        ln = r.randint(0, 300)
    if flags & 0x10:
        return struct.pack('!BBH', flags, t, ln & 0xffff) + v
    return struct.pack('!BBB', flags, t, ln & 0xff) + v


def bgp_update(r):
    wd = b''.join(bgp_prefix(r, 32, 4) for _ in range(r.choice([0, 0, 1, 3])))
    attrs = b''.join(path_attr(r) for _ in range(r.randint(0, 6)))
    nlri = b''.join(bgp_prefix(r, 32, 4) for _ in range(r.choice([0, 1, 2, 5])))
    if r.random() < 0.1:  # add-path form: a path identifier before each prefix
        nlri = b''.join(struct.pack('!I', r.getrandbits(8)) + bgp_prefix(r, 32, 4)
                        for _ in range(r.randint(1, 3)))
    wl = len(wd) if r.random() > 0.05 else r.randint(0, 60)
    al = len(attrs) if r.random() > 0.05 else r.randint(0, 200)
    return bgp_msg(2, struct.pack('!H', wl) + wd + struct.pack('!H', al) + attrs + nlri)


def bgp_notification(r):
    major = r.choice([1, 2, 3, 4, 5, 6, 6, 6, 7, r.randint(0, 9)])
    minor = r.randint(0, 11)
    data = b''
    if major == 6 and minor in (2, 4):
        text = bytes(r.choice(b'abcdefgh xyz\x01\x80') for _ in range(r.randint(0, 12)))
        data = bytes([len(text) if r.random() > 0.1 else r.randint(0, 40)]) + text
        data += rbytes(r, r.choice([0, 0, 3]))
    elif major == 6 and minor == 1:
        data = struct.pack('!HBI', *r.choice(AFI_SAFI), r.getrandbits(32))
    elif major == 6 and minor == 9:
        data = bytes([r.randint(1, 7), r.randint(0, 11)])
    else:
        data = rbytes(r, r.choice([0, 0, 2]))
    return bgp_msg(3, bytes([major, minor]) + data)


def bgp_refresh(r):
    a, s = r.choice(AFI_SAFI)
    body = struct.pack('!HBB', a, r.choice([0, 0, 1, 2, 7]), s)
    if r.random() < 0.3:
        body += struct.pack('!BBH', r.randint(0, 3), r.choice([64, 65, 3]), r.getrandbits(16))
    return bgp_msg(5, body)


def bgp_scapy(r):
    """Messages built by scapy.contrib.bgp's own classes."""
    k = r.randint(0, 2)
    if k == 0:
        caps = [sbgp.BGPCapMultiprotocol(afi=r.choice([1, 2]), safi=r.choice([1, 2, 128])),
                sbgp.BGPCapFourBytesASN(asn=r.getrandbits(32)),
                sbgp.BGPCapGeneric(code=2, length=0)]
        return raw(sbgp.BGPHeader() / sbgp.BGPOpen(my_as=r.getrandbits(16), hold_time=r.randint(0, 300),
                   bgp_id='10.%d.%d.%d' % (r.randint(0, 255), r.randint(0, 255), r.randint(0, 255)),
                   opt_params=[sbgp.BGPOptParam(param_type=2, param_value=c) for c in caps]))
    if k == 1:
        return raw(sbgp.BGPHeader() / sbgp.BGPUpdate(
            path_attr=[sbgp.BGPPathAttr(type_flags=0x40, type_code=1, attribute=sbgp.BGPPAOrigin(origin=r.randint(0, 2))),
                       sbgp.BGPPathAttr(type_flags=0x40, type_code=3, attribute=sbgp.BGPPANextHop(next_hop='192.0.2.%d' % r.randint(1, 254))),
                       sbgp.BGPPathAttr(type_flags=0x80, type_code=4, attribute=sbgp.BGPPAMultiExitDisc(med=r.getrandbits(32)))],
            nlri=[sbgp.BGPNLRI_IPv4(prefix='10.%d.0.0/16' % r.randint(0, 255))]))
    return raw(sbgp.BGPHeader(type=4))


def gen_bgp(r):
    frames = []
    for i in range(300):
        msgs = b''
        for _ in range(r.choice([1, 1, 1, 2, 3])):
            kind = r.choice(['open', 'update', 'update', 'notif', 'keep', 'refresh', 'scapy',
                             'junk', 'short'])
            if kind == 'open':
                m = bgp_open(r)
            elif kind == 'update':
                m = bgp_update(r)
            elif kind == 'notif':
                m = bgp_notification(r)
            elif kind == 'keep':
                m = bgp_msg(4, b'')
            elif kind == 'refresh':
                m = bgp_refresh(r)
            elif kind == 'scapy':
                m = bgp_scapy(r)
            elif kind == 'junk':
                m = rbytes(r, r.randint(1, 5)) + bgp_msg(r.randint(0, 8), rbytes(r, r.randint(0, 10)))
            else:  # a header whose length disagrees with the bytes that follow
                m = bgp_msg(r.randint(1, 5), rbytes(r, r.randint(0, 30)), r.randint(0, 60))
            msgs += m
        sport = r.choice([179, r.randint(1024, 65535)])
        dport = 179 if sport != 179 else r.randint(1024, 65535)
        if r.random() < 0.25:
            pkt = Ether(src=MAC1, dst=MAC2) / IPv6(src='2001:db8::1', dst='2001:db8::2') / \
                TCP(sport=sport, dport=dport, flags='PA', seq=i * 1000, ack=1) / Raw(msgs)
        else:
            pkt = Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='10.0.0.2', id=i) / \
                TCP(sport=sport, dport=dport, flags='PA', seq=i * 1000, ack=1) / Raw(msgs)
        frames.append(raw(pkt))
    return cut(r, frames, 0.15)


def gen_bgp_codes(r):
    """Every capability, attribute, notification code and SAFI once: tcpdump's tables."""
    fr = []

    def frame(m):
        return raw(Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='10.0.0.2') /
                   TCP(sport=r.randint(1024, 65535), dport=179, flags='PA') / Raw(m))
    for c in range(256):
        for v in (rbytes(r, r.choice([0, 2, 4, 6])),):
            caps = bytes([c, len(v)]) + v
            body = struct.pack('!BHH4sB', 4, 1, 90, rbytes(r, 4), len(caps) + 2) + \
                bytes([2, len(caps)]) + caps
            fr.append(frame(bgp_msg(1, body)))
    for t in range(256):
        for v in (rbytes(r, r.choice([0, 4, 12])),):
            a = struct.pack('!BBB', r.choice([0x40, 0xc0, 0x80]), t, len(v)) + v
            fr.append(frame(bgp_msg(2, struct.pack('!HH', 0, len(a)) + a)))
    for major in range(9):
        for minor in range(13):
            fr.append(frame(bgp_msg(3, bytes([major, minor]) + rbytes(r, r.choice([0, 0, 8])))))
    for s in range(256):
        fr.append(frame(bgp_msg(2, struct.pack('!HH', 0, 6) +
                                struct.pack('!BBBHB', 0x80, 15, 3, r.choice([1, 2, 3]), s))))
    return cut(r, fr, 0.05)


GENERATORS = {'bgp': (gen_bgp, 179), 'bgp-codes': (gen_bgp_codes, 1790)}


def main():
    for name, (gen, seed) in GENERATORS.items():
        if ONLY and name not in ONLY:
            continue
        write_pcap(os.path.join(OUT, 'routing-scapy-%s.pcap' % name), gen(random.Random(seed)))


if __name__ == '__main__':
    main()
