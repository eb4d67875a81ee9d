#!/usr/bin/python3
"""Writes captures/routing-scapy-PROTO.pcap: routing protocol packets with seeded random field
values, built with Debian's python3-scapy (scapy.contrib) where it has the message and from
raw bytes where the point is a wrong length, an unknown code or a cut frame. Deterministic
(one fixed seed per protocol); re-run it to re-make them:

    /usr/bin/python3 make-routing-scapy.py ../captures [proto...]
"""
import os, random, struct, sys

from scapy.all import Ether, IP, IPv6, TCP, UDP, Raw, raw
from scapy.contrib import bfd as sbfd
from scapy.contrib import bgp as sbgp
from scapy.contrib import ospf as sospf
from scapy.contrib import pim as spim
from scapy.contrib import ripng as sripng
from scapy.layers import rip as srip

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


# ---------------------------------------------------------------- OSPFv2
def ospf_tlvs(r, kind):
    v = b''
    for _ in range(r.randint(0, 4)):
        if kind == 1:  # traffic engineering
            t = r.choice([1, 2, 2, 2, r.randint(0, 5)])
            if t == 2:
                sub = b''
                for _ in range(r.randint(1, 5)):
                    st = r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 14, 15, 16, 17, 0, r.randint(0, 30)])
                    sl = {1: 1, 2: r.choice([4, 8]), 3: 4, 4: 4, 5: 4, 6: 4, 7: 4, 8: 32, 9: 4,
                          11: 8, 14: 4, 15: 36, 16: 4 * r.randint(0, 3), 17: 4 + 4 * r.randint(0, 8)
                          }.get(st, r.randint(0, 9))
                    if r.random() < 0.1:
                        sl = r.randint(0, 40)
                    body = rbytes(r, sl)
                    if st in (6, 7, 8, 15, 17) and sl >= 4:  # plausible IEEE floats
                        body = b''.join(struct.pack('!f', r.choice([0.0, 1e6, 1.25e8, 3.3e5]))
                                        for _ in range(sl // 4)) + body[sl - sl % 4:]
                    sub += struct.pack('!HH', st, sl) + body + b'\0' * (-sl % 4)
                val = sub
            else:
                val = rbytes(r, r.choice([4, 4, 3, 7]))
        elif kind == 3:  # graceful restart
            t = r.choice([1, 2, 3, r.randint(0, 9)])
            val = rbytes(r, {1: 4, 2: 1, 3: 4}.get(t, r.randint(1, 6)))
        else:  # router information
            t = r.choice([1, 1, r.randint(0, 9)])
            val = rbytes(r, 4 if t == 1 and r.random() < 0.8 else r.randint(0, 6))
        ln = len(val) if r.random() > 0.1 else r.randint(0, 60)
        v += struct.pack('!HH', t, ln) + val + b'\0' * (-len(val) % 4)
    return v


def ospf_lsa(r, header_only=False):
    t = r.choice([1, 2, 3, 4, 5, 6, 7, 9, 10, 11, r.randint(0, 15)])
    opts = r.choice([0x02, 0x42, 0x00, r.getrandbits(8)])
    if t == 1:
        links = b''
        for _ in range(r.randint(0, 4)):
            tos = r.choice([0, 0, 0, 1, 2])
            links += rbytes(r, 8) + bytes([r.choice([1, 2, 3, 4, 1, 3, r.randint(0, 7)]), tos]) + \
                struct.pack('!H', r.getrandbits(16)) + b''.join(
                    bytes([r.randint(0, 3), 0]) + struct.pack('!H', r.getrandbits(16)) for _ in range(tos))
        n = len(links) // 12 if r.random() > 0.1 else r.randint(0, 6)
        body = bytes([r.getrandbits(4), 0]) + struct.pack('!H', n) + links
    elif t == 2:
        body = rbytes(r, 4 + 4 * r.randint(0, 4))
    elif t in (3, 4):
        body = rbytes(r, 4) + b''.join(bytes([r.choice([0, 1, 2, 9])]) + rbytes(r, 3) for _ in range(r.randint(1, 3)))
    elif t in (5, 7):
        body = rbytes(r, 4) + b''.join(
            bytes([r.choice([0, 0x80, 0x81, 0x02])]) + r.choice([rbytes(r, 3), b'\xff\xff\xff']) +
            r.choice([bytes(4), rbytes(r, 4)]) + r.choice([bytes(4), rbytes(r, 4)])
            for _ in range(r.randint(1, 2)))
    elif t == 6:
        body = b''.join(struct.pack('!I', r.choice([1, 2, 3])) + rbytes(r, 4) for _ in range(r.randint(1, 3)))
    elif t in (9, 10, 11):
        kind = r.choice([1, 3, 4, r.randint(0, 8)])
        body = ospf_tlvs(r, kind) if kind in (1, 3, 4) else rbytes(r, r.randint(0, 12))
        lsid = bytes([kind]) + rbytes(r, 3)
    else:
        body = rbytes(r, r.randint(0, 12))
    if t not in (9, 10, 11):
        lsid = rbytes(r, 4)
    ln = 20 + len(body)
    if r.random() < 0.07:
        ln = r.randint(0, 80)
    hdr = struct.pack('!HBB4s4sIHH', r.randint(0, 3600), opts, t, lsid, rbytes(r, 4),
                      0x80000000 + r.randint(0, 100), r.getrandbits(16), ln)
    return hdr if header_only else hdr + body


def ospf_packet(r):
    t = r.choice([1, 1, 2, 3, 4, 4, 4, 5, r.randint(0, 7)])
    if t == 1:
        body = rbytes(r, 4) + struct.pack('!HBBI', r.choice([10, 2]), r.choice([0x02, 0x12, 0x42, r.getrandbits(8)]),
                                          r.randint(0, 2), r.choice([40, 8])) + \
            r.choice([bytes(4), rbytes(r, 4)]) + r.choice([bytes(4), rbytes(r, 4)]) + \
            rbytes(r, 4 * r.randint(0, 3))
    elif t == 2:
        body = struct.pack('!HBBI', r.choice([1500, 0]), r.choice([0x42, 0x52, r.getrandbits(8)]),
                           r.randint(0, 15), r.getrandbits(32)) + b''.join(ospf_lsa(r, True) for _ in range(r.randint(0, 3)))
    elif t == 3:
        body = b''.join(struct.pack('!I', r.choice([1, 2, 5, 9, 10, 11, 77])) + rbytes(r, 8) for _ in range(r.randint(0, 3)))
    elif t == 4:
        lsas = [ospf_lsa(r) for _ in range(r.randint(0, 3))]
        n = len(lsas) if r.random() > 0.1 else r.randint(0, 5)
        body = struct.pack('!I', n) + b''.join(lsas)
    elif t == 5:
        body = b''.join(ospf_lsa(r, True) for _ in range(r.randint(0, 3)))
    else:
        body = rbytes(r, r.randint(0, 10))
    auth = r.choice([0, 0, 1, 2, 2, r.randint(3, 9)])
    if auth == 2:
        authdata = struct.pack('!HBBI', 0, r.randint(1, 255), 16, r.getrandbits(32))
    else:
        authdata = rbytes(r, 8) if auth else bytes(8)
    ln = 24 + len(body)
    if r.random() < 0.06:
        ln = r.randint(0, 120)
    pkt = struct.pack('!BBH4s4sHH', r.choice([2, 2, 2, 2, 3]), t, ln & 0xffff, rbytes(r, 4),
                      r.choice([bytes(4), rbytes(r, 4)]), 0, auth) + authdata + body
    if auth == 2:
        pkt += rbytes(r, 16)
    if r.random() < 0.1 and t in (1, 2):  # RFC 4813 LLS block after the packet
        lls = struct.pack('!HH', r.getrandbits(16), 3) + struct.pack('!HHI', 1, r.choice([4, 5]), r.randint(0, 3)) + \
            struct.pack('!HH', r.choice([2, 9]), 20) + rbytes(r, 20)
        pkt += lls
    return pkt


def gen_ospf(r):
    frames = []
    for i in range(300):
        if r.random() < 0.15:  # scapy.contrib.ospf's own encoding
            lsa = r.choice([sospf.OSPF_Router_LSA(linklist=[sospf.OSPF_Link(id='10.0.0.%d' % r.randint(1, 9), data='255.255.255.0', type=3, metric=r.randint(1, 100))]),
                            sospf.OSPF_Network_LSA(routerlist=['192.0.2.1', '192.0.2.2']),
                            sospf.OSPF_External_LSA(metric=r.randint(1, 1000)),
                            sospf.OSPF_SummaryIP_LSA(metric=r.randint(1, 1000))])
            payload = raw(sospf.OSPF_Hdr(src='192.0.2.%d' % r.randint(1, 9)) / sospf.OSPF_LSUpd(lsalist=[lsa]))
        else:
            payload = ospf_packet(r)
        pkt = Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='224.0.0.5', proto=89, ttl=1, id=i) / Raw(payload)
        frames.append(raw(pkt))
    return cut(r, frames, 0.15)


# ---------------------------------------------------------------- RIP, RIPng
def rip_entry(r, vers):
    k = r.random()
    if vers == 2 and k < 0.15:
        at = r.choice([1, 2, 3, r.randint(0, 9)])
        val = {2: (b'secret' + bytes(10)) if r.random() < 0.5 else rbytes(r, 16),
               3: struct.pack('!HBBI', r.randint(0, 600), r.randint(0, 255), 16, r.getrandbits(32)) + bytes(8)}.get(at, rbytes(r, 16))
        return struct.pack('!HH', 0xffff, at) + val
    fam = r.choice([2, 2, 2, 0, r.randint(0, 40)])
    plen = r.randint(0, 32)
    mask = (0xffffffff << (32 - plen)) & 0xffffffff if r.random() < 0.9 else r.getrandbits(32)
    if vers == 1:
        mbz = bytes(10) if r.random() < 0.9 else rbytes(r, 10)
        return struct.pack('!H', fam) + mbz[:2] + rbytes(r, 4) + mbz[2:] + struct.pack('!I', r.randint(0, 16))
    return struct.pack('!HH4sI4sI', fam, r.choice([0, 0, r.getrandbits(16)]), rbytes(r, 4), mask,
                       r.choice([bytes(4), rbytes(r, 4)]), r.randint(0, 16))


def gen_rip(r):
    frames = []
    for i in range(250):
        if r.random() < 0.15:
            pl = raw(srip.RIP(cmd=r.choice([1, 2]), version=2) /
                     srip.RIPEntry(addr='10.%d.0.0' % r.randint(0, 255), mask='255.255.0.0', metric=r.randint(1, 16)))
        else:
            vers = r.choice([1, 2, 2, 2, 0, 3])
            cmd = r.choice([1, 2, 2, 3, 4, 5, 6, 9, 11, r.randint(0, 20)])
            pl = bytes([cmd, vers, 0, 0]) + b''.join(rip_entry(r, vers) for _ in range(r.randint(0, 4)))
            if r.random() < 0.1:
                pl += rbytes(r, r.randint(1, 19))
            if r.random() < 0.03:
                pl = pl[:r.randint(0, 3)]
        pkt = Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='224.0.0.9', id=i) / UDP(sport=520, dport=520) / Raw(pl)
        frames.append(raw(pkt))
    return cut(r, frames, 0.12)


def gen_ripng(r):
    frames = []
    for i in range(200):
        if r.random() < 0.2:
            pl = raw(sripng.RIPng(cmd=r.choice([1, 2])) /
                     sripng.RIPngEntry(prefix_or_nh='2001:db8:%x::' % r.getrandbits(16), prefixlen=r.choice([48, 64]), metric=r.randint(1, 16)))
        else:
            cmd = r.choice([1, 1, 2, 2, 2, 3, r.randint(0, 9)])
            vers = r.choice([1, 1, 1, 1, 2, 0])
            ents = b''
            if cmd == 1 and r.random() < 0.3:
                ents = bytes(16) + b'\0\0\0' + bytes([16])
            else:
                for _ in range(r.randint(0, 4)):
                    ents += rbytes(r, 16) + struct.pack('!HBB', r.choice([0, 0, r.getrandbits(16)]), r.randint(0, 128), r.choice([0, 1, 16, r.randint(0, 255)]))
            pl = bytes([cmd, vers, 0, 0]) + ents
            if r.random() < 0.1:
                pl += rbytes(r, r.randint(1, 19))
        pkt = Ether(src=MAC1, dst=MAC2) / IPv6(src='fe80::1', dst='ff02::9') / UDP(sport=521, dport=521) / Raw(pl)
        frames.append(raw(pkt))
    return cut(r, frames, 0.12)


# ---------------------------------------------------------------- BFD
def gen_bfd(r):
    frames = []
    for i in range(250):
        if r.random() < 0.15:
            pl = raw(sbfd.BFD(my_discriminator=r.getrandbits(32), your_discriminator=r.getrandbits(32),
                              sta=r.randint(0, 3), detect_mult=r.randint(1, 10)))
        else:
            vers = r.choice([1, 1, 1, 0, r.randint(2, 7)])
            flags = r.getrandbits(8) if r.random() < 0.5 else r.choice([0xc0, 0xc4, 0x40, 0xe0, 0xd0])
            auth = b''
            if flags & 0x04:
                at = r.choice([1, 2, 3, 4, 5, r.randint(0, 9)])
                al = {1: r.randint(4, 19), 2: 24, 3: 24, 4: 28, 5: 28}.get(at, r.randint(0, 30))
                if r.random() < 0.15:
                    al = r.randint(0, 40)
                body = b'pass' * 5 if at == 1 else rbytes(r, 26)
                auth = bytes([at, al, r.randint(0, 255)]) + (body[:al - 3] if at == 1 else body)
            ln = 24 + len(auth)
            pl = bytes([vers << 5 | r.randint(0, 9), flags, r.randint(0, 255), ln if r.random() > 0.1 else r.randint(0, 60)]) + \
                struct.pack('!IIIII', r.getrandbits(32), r.getrandbits(32), r.choice([300000, 1000000, r.getrandbits(32)]),
                            r.choice([300000, 50000, r.getrandbits(32)]), r.choice([0, 50000, r.getrandbits(32)])) + auth
            if r.random() < 0.05:
                pl = pl[:r.randint(0, 23)]
        dport = r.choice([3784, 3784, 4784, 6784, 3785, r.randint(1024, 65000)])
        sport = r.choice([r.randint(49153, 65535), 3784]) if dport > 7000 else r.randint(49153, 65535)
        ip = IP(src='10.0.0.1', dst='10.0.0.2', ttl=255, id=i) if r.random() < 0.7 else IPv6(src='2001:db8::1', dst='2001:db8::2', hlim=255)
        pkt = Ether(src=MAC1, dst=MAC2) / ip / UDP(sport=sport, dport=dport) / Raw(pl)
        frames.append(raw(pkt))
    return cut(r, frames, 0.12)


# ---------------------------------------------------------------- PIM
def pim_addr(r, kind, v6=False):
    """kind 0 unicast, 1 group, 2 source; encoded as RFC 7761 (family, encoding)."""
    fam = 2 if v6 else 1
    if r.random() < 0.05:
        fam = r.randint(0, 3)
    enc = 0 if r.random() > 0.05 else 1
    n = 16 if fam == 2 else 4
    if kind == 0:
        return bytes([fam, enc]) + rbytes(r, n)
    flags = r.choice([0, 0, 4, 6, 7, 1, r.getrandbits(8)])
    mask = r.choice([32, 24, 128 if fam == 2 else 32, r.randint(0, 128)])
    return bytes([fam, enc, flags, mask]) + rbytes(r, n)


def pim_message(r):
    t = r.choice([0, 0, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, r.randint(10, 15)])
    v6 = r.random() < 0.2
    if t == 0:
        body = b''
        for _ in range(r.randint(1, 5)):
            ot = r.choice([1, 2, 18, 19, 20, 21, 22, 24, 65001, r.randint(0, 40)])
            val = {1: struct.pack('!H', r.choice([105, 8, 0, 3600, 65535])),
                   2: struct.pack('!HH', r.getrandbits(16), r.getrandbits(16)),
                   18: rbytes(r, r.choice([0, 4])), 19: rbytes(r, 4), 20: rbytes(r, 4),
                   21: bytes([1, r.randint(0, 255)]) + rbytes(r, 2), 22: b'',
                   24: b''.join(pim_addr(r, 0, r.random() < 0.5) for _ in range(r.randint(1, 2))),
                   65001: pim_addr(r, 0)}.get(ot, rbytes(r, r.randint(0, 6)))
            if r.random() < 0.07:
                val = val[:max(0, len(val) - 1)] + rbytes(r, r.randint(0, 2))
            body += struct.pack('!HH', ot, len(val)) + val
    elif t == 1:
        inner = raw(IP(src='10.1.1.1', dst='239.1.1.1') / UDP(sport=1000, dport=2000) / Raw(b'data')) \
            if r.random() < 0.7 else bytes(20)
        body = struct.pack('!I', r.choice([0, 0x40000000, 0x80000000, r.getrandbits(32)])) + inner
    elif t == 2:
        body = pim_addr(r, 1, v6) + pim_addr(r, 0, v6)
    elif t in (3, 6, 7):
        body = (pim_addr(r, 0, v6) if t != 7 else b'')
        groups = b''
        ng = r.randint(0, 3)
        for _ in range(ng):
            nj, nprn = r.randint(0, 3), r.randint(0, 2)
            groups += pim_addr(r, 1, v6) + struct.pack('!HH', nj, nprn) + b''.join(pim_addr(r, 2, v6) for _ in range(nj + nprn))
        body += bytes([0, ng if r.random() > 0.1 else r.randint(0, 9)]) + struct.pack('!H', r.choice([210, 65535, 0])) + groups
    elif t == 4:
        body = struct.pack('!HBB', r.getrandbits(16), r.randint(0, 32), r.randint(0, 255)) + pim_addr(r, 0, v6)
        for _ in range(r.randint(0, 2)):
            frp = r.randint(0, 2)
            body += pim_addr(r, 1, v6) + bytes([frp, frp, 0, 0]) + b''.join(
                pim_addr(r, 0, v6) + struct.pack('!HBB', r.choice([150, 0, 90000 % 65536]), r.randint(0, 255), 0) for _ in range(frp))
    elif t == 5:
        body = pim_addr(r, 1, v6) + pim_addr(r, 0, v6) + struct.pack('!II', r.getrandbits(32), r.getrandbits(32))
    elif t == 8:
        n = r.randint(0, 3)
        body = struct.pack('!BBH', n, r.randint(0, 255), r.choice([150, 0])) + pim_addr(r, 0, v6) + b''.join(pim_addr(r, 1, v6) for _ in range(n))
    elif t == 9:
        body = pim_addr(r, 0) + pim_addr(r, 1) + pim_addr(r, 0) + rbytes(r, 2)
    else:
        body = rbytes(r, r.randint(0, 12))
    if r.random() < 0.05:
        body = body[:r.randint(0, len(body))]
    ver = 2 if r.random() > 0.05 else r.choice([1, 3])
    addrlen = 0 if r.random() > 0.05 else r.choice([4, 16, 7])
    hdr = bytes([ver << 4 | t, addrlen]) + b'\0\0'
    msg = hdr + body
    s = sum(struct.unpack('!%dH' % (len(msg) // 2), msg[:len(msg) // 2 * 2]))
    if len(msg) % 2:
        s += msg[-1] << 8
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    c = r.choice([~s & 0xffff, ~s & 0xffff, 0, r.getrandbits(16)])
    return msg[:2] + struct.pack('!H', c) + msg[4:]


def gen_pim(r):
    frames = []
    for i in range(300):
        if r.random() < 0.1:
            pl = raw(spim.PIMv2Hdr() / spim.PIMv2Hello(option=[spim.PIMv2HelloHoldtime(holdtime=r.randint(1, 300)),
                                                                   spim.PIMv2HelloDRPriority(dr_priority=r.randint(0, 9))]))
        else:
            pl = pim_message(r)
        if r.random() < 0.85:
            pkt = Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='224.0.0.13', proto=103, ttl=1, id=i) / Raw(pl)
        else:
            pkt = Ether(src=MAC1, dst=MAC2) / IPv6(src='fe80::1', dst='ff02::d', nh=103, hlim=1) / Raw(pl)
        frames.append(raw(pkt))
    return cut(r, frames, 0.12)


# ---------------------------------------------------------------- Babel, HNCP, AHCP, OLSR, AODV
def udp_frame(r, i, sport, dport, payload, v6=None):
    if v6 is None:
        v6 = r.random() < 0.3
    if v6:
        pkt = Ether(src=MAC1, dst=MAC2) / IPv6(src='fe80::1', dst='ff02::1:6', hlim=1) / \
            UDP(sport=sport, dport=dport) / Raw(payload)
    else:
        pkt = Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='224.0.0.111', id=i, ttl=1) / \
            UDP(sport=sport, dport=dport) / Raw(payload)
    return raw(pkt)


def babel_prefix(r, ae):
    plen = {0: 0, 1: r.randint(0, 32), 2: r.randint(0, 128), 3: r.randint(64, 128)}.get(ae, r.randint(0, 255))
    nbytes = {1: (plen + 7) // 8, 2: (plen + 7) // 8, 3: max(0, (plen + 7) // 8 - 8)}.get(ae, 0)
    return plen, nbytes


def babel_subtlvs(r):
    out = b''
    for _ in range(r.randint(0, 3)):
        t = r.choice([0, 1, 2, 3, 0x83, 0x90, r.randint(4, 255)])
        if t == 0:
            out += b'\0'
            continue
        val = {1: rbytes(r, r.randint(0, 3)), 2: bytes(r.choice([0, 1, 6, 255]) for _ in range(r.randint(0, 4))),
               3: rbytes(r, r.choice([4, 8, 2]))}.get(t & 0x7f, rbytes(r, r.randint(0, 4)))
        ln = len(val) if r.random() > 0.08 else r.randint(0, 255)
        out += bytes([t, ln & 0xff]) + val
    return out


def babel_tlv(r):
    t = r.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, r.randint(20, 255)])
    ae = r.choice([0, 1, 1, 2, 2, 3, r.randint(4, 9)])
    if t == 0:
        return b'\0'
    if t == 1:
        body = bytes(r.randint(0, 6))
    elif t == 2:
        body = b'\0\0' + struct.pack('!HH', r.getrandbits(16), r.choice([0, 400, r.getrandbits(16)]))
    elif t == 3:
        body = struct.pack('!H', r.getrandbits(16))
    elif t == 4:
        body = struct.pack('!HHH', r.choice([0, 0x8000, r.getrandbits(16)]), r.getrandbits(16),
                           r.choice([0, 400, r.getrandbits(16)])) + babel_subtlvs(r)
    elif t == 5:
        n = {1: 4, 2: 16, 3: 8}.get(ae, 0)
        body = bytes([ae, 0]) + struct.pack('!HH', r.getrandbits(16), r.choice([0, 1200])) + rbytes(r, n) + babel_subtlvs(r)
    elif t == 6:
        body = b'\0\0' + rbytes(r, 8)
    elif t == 7:
        n = {1: 4, 2: 16, 3: 8}.get(ae, 0)
        body = bytes([ae, 0]) + rbytes(r, n)
    elif t == 8:
        plen, nb = babel_prefix(r, ae)
        omitted = r.choice([0, 0, 0, 2, 4, r.randint(0, 20)]) if ae in (1, 2) else 0
        body = bytes([ae, r.choice([0, 0x80, 0x40, 0xc0, 0x3f, r.getrandbits(8)]), plen, omitted]) + \
            struct.pack('!HHH', r.choice([0, 0xffff, 400, r.getrandbits(16)]), r.getrandbits(16), r.getrandbits(16)) + \
            rbytes(r, max(0, nb - omitted)) + babel_subtlvs(r)
    elif t == 9:
        plen, nb = babel_prefix(r, ae)
        body = bytes([ae, plen]) + rbytes(r, nb)
    elif t == 10:
        plen, nb = babel_prefix(r, ae)
        body = bytes([ae, plen]) + struct.pack('!HBB', r.getrandbits(16), r.randint(0, 255), 0) + rbytes(r, 8) + rbytes(r, nb)
    elif t == 11:
        body = struct.pack('!HI', r.getrandbits(16), r.getrandbits(32))
    elif t == 12:
        body = struct.pack('!H', r.getrandbits(16)) + rbytes(r, r.choice([16, 20, 32, 10]))
    elif t == 13:
        plen, nb = babel_prefix(r, ae)
        splen, snb = babel_prefix(r, ae)
        body = bytes([ae, splen, plen, 0]) + struct.pack('!HHH', r.getrandbits(16), r.getrandbits(16), r.getrandbits(16)) + \
            rbytes(r, nb) + rbytes(r, snb) + babel_subtlvs(r)
    elif t == 14:
        plen, nb = babel_prefix(r, ae)
        splen, snb = babel_prefix(r, ae)
        body = bytes([ae, plen, splen]) + rbytes(r, nb) + rbytes(r, snb)
    elif t == 15:
        plen, nb = babel_prefix(r, ae)
        splen, snb = babel_prefix(r, ae)
        body = bytes([ae, plen]) + struct.pack('!HBB', r.getrandbits(16), r.randint(0, 255), splen) + rbytes(r, 8) + \
            rbytes(r, nb) + rbytes(r, snb)
    elif t == 17:
        body = struct.pack('!I', r.getrandbits(32)) + rbytes(r, r.randint(0, 4))
    else:
        body = rbytes(r, r.choice([0, 4, 8, 16, 200]))
    if r.random() < 0.06:
        body = body[:r.randint(0, len(body))]
    ln = len(body) if r.random() > 0.04 else r.randint(0, 255)
    return bytes([t, min(ln, 255)]) + body[:255]


def gen_babel(r):
    frames = []
    for i in range(250):
        body = b''.join(babel_tlv(r) for _ in range(r.randint(0, 6)))
        trailer = b''.join(babel_tlv(r) for _ in range(r.randint(0, 2))) if r.random() < 0.2 else b''
        blen = len(body) if r.random() > 0.05 else r.randint(0, len(body) + 8)
        hdr = bytes([42 if r.random() > 0.03 else 41, 2 if r.random() > 0.03 else 1]) + struct.pack('!H', blen)
        frames.append(udp_frame(r, i, 6696, r.choice([6696, 6696, 6697]), hdr + body + trailer))
    return cut(r, frames, 0.1)


def hncp_tlv(r, depth=0):
    t = r.choice([1, 2, 3, 4, 5, 8, 9, 10, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 0, 6, 100, 800, 2000])
    if t == 2:
        body = rbytes(r, 4)
    elif t == 3:
        body = rbytes(r, 8)
    elif t == 4:
        body = rbytes(r, 8)
    elif t == 5:
        body = rbytes(r, 20) + (hncp_tlvs(r, depth + 1) if depth < 2 else b'')
    elif t == 8:
        body = rbytes(r, 12)
    elif t == 9:
        body = rbytes(r, 8)
    elif t == 10:
        body = bytes([r.randint(0, 2), 0, 0, 0]) + rbytes(r, 32) + b'router.example'
    elif t == 32:
        body = b'\0\0' + rbytes(r, 2) + b'hnetd/1.0'
    elif t == 33:
        body = hncp_tlvs(r, depth + 1) if depth < 2 else b''
    elif t in (34, 35):
        v4 = r.random() < 0.5
        plen = (96 + r.randint(0, 32)) if v4 else r.randint(0, 128)
        addr = (bytes(10) + b'\xff\xff' + rbytes(r, 4)) if v4 else rbytes(r, 16)
        pfx = bytes([plen]) + addr[:(plen + 7) // 8]
        head = rbytes(r, 8) if t == 34 else rbytes(r, 4) + bytes([r.getrandbits(8)])
        body = head + pfx
        body += bytes(-len(body) % 4)
        if depth < 2 and r.random() < 0.4:
            body += hncp_tlvs(r, depth + 1)
    elif t == 36:
        v4 = r.random() < 0.5
        body = rbytes(r, 4) + ((bytes(10) + b'\xff\xff' + rbytes(r, 4)) if v4 else rbytes(r, 16))
    elif t == 37:
        opts = b''
        for _ in range(r.randint(1, 3)):
            ot = r.choice([6, 42, 119, 1])
            val = {6: rbytes(r, 4 * r.randint(1, 2)), 42: rbytes(r, 4), 119: b'\x07example\x03com\x00'}.get(ot, rbytes(r, 3))
            opts += bytes([ot, len(val) if r.random() > 0.1 else r.randint(0, 99)]) + val
        body = opts
    elif t == 38:
        opts = b''
        for _ in range(r.randint(1, 3)):
            ot = r.choice([23, 24, 31, 7])
            val = {23: rbytes(r, 16), 31: rbytes(r, 16 * r.randint(1, 2)), 24: b'\x04home\x03arpa\x00'}.get(ot, rbytes(r, 2))
            opts += struct.pack('!HH', ot, len(val) if r.random() > 0.1 else r.randint(0, 99)) + val
        body = opts
    elif t == 39:
        body = rbytes(r, 16) + bytes([r.getrandbits(3)]) + b'\x04home\x04arpa\x00'
    elif t == 40:
        body = b'\x04home\x00' if r.random() > 0.2 else b'\x09toolong'
    elif t == 41:
        name = b'router%d' % r.randint(0, 99)
        body = rbytes(r, 16) + bytes([len(name)]) + name
        body += bytes(-len(body) % 4)
    elif t == 42:
        body = rbytes(r, 32)
    elif t == 43:
        p = r.choice([0, 1, 64, 129, 130, 131, 200])
        body = bytes([p]) + {0: b'', 129: b'\x04home\x00', 130: b'opaque', 131: b''}.get(p, rbytes(r, (p + 7) // 8 if p <= 128 else 2))
    else:
        body = rbytes(r, r.randint(0, 8))
    if r.random() < 0.05:
        body = body[:r.randint(0, len(body))]
    ln = len(body) if r.random() > 0.05 else r.randint(0, 300)
    return struct.pack('!HH', t, ln) + body + bytes(-len(body) % 4)


def hncp_tlvs(r, depth=0):
    return b''.join(hncp_tlv(r, depth) for _ in range(r.randint(0, 4)))


def gen_hncp(r):
    frames = [udp_frame(r, i, 8231, 8231, hncp_tlvs(r)) for i in range(220)]
    return cut(r, frames, 0.1)


def gen_ahcp(r):
    frames = []
    for i in range(150):
        opts = b''
        for _ in range(r.randint(0, 5)):
            o = r.randint(0, 15)
            if o in (0, 1):
                opts += bytes([o])
                continue
            val = {2: rbytes(r, 4), 3: rbytes(r, 4), 4: rbytes(r, 16), 5: rbytes(r, 4), 6: rbytes(r, 17),
                   8: rbytes(r, 32), 9: rbytes(r, 8), 10: rbytes(r, 17), 11: rbytes(r, 5),
                   12: rbytes(r, 16), 13: rbytes(r, 16)}.get(o, rbytes(r, 3))
            if r.random() < 0.08:
                val = val[:-1]
            opts += bytes([o, len(val) if r.random() > 0.05 else r.randint(0, 60)]) + val
        body = bytes([r.randint(0, 7), r.choice([0, 0, 3])]) + struct.pack('!H', len(opts) if r.random() > 0.05 else r.randint(0, 90)) + opts
        hdr = bytes([43 if r.random() > 0.03 else 44, 1 if r.random() > 0.04 else 2, r.randint(0, 255), r.randint(0, 255)]) + rbytes(r, 20)
        frames.append(udp_frame(r, i, 5359, 5359, hdr + body))
    return cut(r, frames, 0.1)


def gen_olsr(r):
    frames = []
    for i in range(200):
        v6 = r.random() < 0.3
        asz = 16 if v6 else 4
        msgs = b''
        for _ in range(r.randint(1, 3)):
            mt = r.choice([1, 2, 3, 4, 130, 201, 202, 128, r.randint(5, 255)])
            if mt in (1, 201):
                body = b'\0\0' + bytes([r.getrandbits(8), r.randint(0, 7)])
                for _ in range(r.randint(0, 2)):
                    nb = rbytes(r, (asz + 4 if mt == 201 else 4) * r.randint(0, 3))
                    body += bytes([r.getrandbits(4), 0]) + struct.pack('!H', 4 + len(nb) if r.random() > 0.1 else r.randint(0, 40)) + nb
            elif mt in (2, 202):
                body = struct.pack('!H', r.getrandbits(16)) + b'\0\0' + rbytes(r, (asz + 4 if mt == 202 else 4) * r.randint(0, 5))
            elif mt == 3:
                body = rbytes(r, asz * r.randint(0, 3))
            elif mt == 4:
                body = b''
                for _ in range(r.randint(0, 5)):
                    if not v6 and r.random() < 0.3:
                        body += bytes(4) + bytes([0, r.getrandbits(5) | 1, r.getrandbits(8), r.getrandbits(8)])
                    else:
                        plen = r.randint(0, 8 * asz)
                        mask = (((1 << plen) - 1) << (8 * asz - plen)).to_bytes(asz, 'big') if r.random() > 0.1 else rbytes(r, asz)
                        body += rbytes(r, asz) + mask
            elif mt == 130:
                ents = b''
                n = r.randint(0, 3)
                for _ in range(n):
                    name = b'node%d' % r.randint(0, 999)
                    ents += struct.pack('!HH', r.randint(0, 2), len(name)) + rbytes(r, asz) + name + bytes(-len(name) % 4)
                body = struct.pack('!HH', 1, n if r.random() > 0.1 else r.randint(0, 9)) + ents
            else:
                body = rbytes(r, r.randint(0, 12))
            hdr_len = 8 + asz
            ml = hdr_len + len(body) if r.random() > 0.06 else r.randint(0, 80)
            msgs += bytes([mt, r.getrandbits(8)]) + struct.pack('!H', ml) + rbytes(r, asz) + \
                bytes([r.randint(0, 255), r.randint(0, 255)]) + struct.pack('!H', r.getrandbits(16)) + body
        pl = struct.pack('!HH', 4 + len(msgs) if r.random() > 0.05 else r.randint(0, 100), r.getrandbits(16)) + msgs
        frames.append(udp_frame(r, i, 698, 698, pl, v6))
    return cut(r, frames, 0.1)


def gen_aodv(r):
    frames = []
    for i in range(200):
        v6 = r.random() < 0.35
        t = r.choice([1, 2, 3, 4, 16, 17, 18, 19, r.randint(5, 255)])
        asz = 16 if (v6 or t >= 16) else 4
        if t in (1, 16):
            body = bytes([t, r.getrandbits(8), 0, r.randint(0, 30)]) + rbytes(r, 4 + 2 * asz + 8)
        elif t in (2, 17):
            body = bytes([t, r.getrandbits(8), r.getrandbits(8), r.randint(0, 30)]) + rbytes(r, 2 * asz + 8)
        elif t in (3, 18):
            n = r.randint(0, 3)
            body = bytes([t, r.getrandbits(8), 0, n if r.random() > 0.1 else r.randint(0, 9)]) + rbytes(r, (asz + 4) * n)
        else:
            body = bytes([t, 0])
        if t in (1, 2, 16, 17) and r.random() < 0.4:
            body += bytes([r.choice([1, 1, 2]), r.choice([4, 4, 2])]) + rbytes(r, r.choice([4, 4, 1]))
        if r.random() < 0.06:
            body = body[:r.randint(1, len(body))]
        frames.append(udp_frame(r, i, 654, 654, body, v6))
    return cut(r, frames, 0.1)


def gen_igrp(r):
    frames = []
    for i in range(120):
        ni, ns, nx = r.randint(0, 2), r.randint(0, 2), r.randint(0, 2)
        n = ni + ns + nx if r.random() > 0.15 else r.randint(0, 5)
        body = bytes([0x10 | r.choice([1, 1, 2, 3]), r.randint(0, 255)]) + struct.pack('!HHHHH', r.getrandbits(16), ni, ns, nx, r.getrandbits(16))
        for _ in range(n):
            body += rbytes(r, 3) + rbytes(r, 3) + r.choice([b'\0\0\0', rbytes(r, 3)]) + rbytes(r, 5)
        if r.random() < 0.1:
            body += rbytes(r, r.randint(1, 13))
        pkt = Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='255.255.255.255', proto=9, id=i) / Raw(body)
        frames.append(raw(pkt))
    return cut(r, frames, 0.1)


def rpki_pdu(r, nest=True):
    t = r.choice([0, 1, 2, 3, 4, 6, 7, 8, 10, 10, r.randint(11, 255)])
    if t in (0, 1, 7):
        body = struct.pack('!I', r.getrandbits(32))
    elif t == 4:
        body = bytes([r.getrandbits(1), r.randint(0, 32), r.randint(0, 32), 0]) + rbytes(r, 4) + struct.pack('!I', r.getrandbits(32))
    elif t == 6:
        body = bytes([r.getrandbits(1), r.randint(0, 128), r.randint(0, 128), 0]) + rbytes(r, 16) + struct.pack('!I', r.getrandbits(32))
    elif t == 10:
        enc = rpki_pdu(r, False) if nest and r.random() < 0.7 else b''
        text = r.choice([b'', b'bad prefix', b'oops'])
        body = struct.pack('!I', len(enc) if r.random() > 0.1 else r.randint(0, 60)) + enc + \
            struct.pack('!I', len(text) if r.random() > 0.1 else r.randint(0, 60)) + text
    else:
        body = rbytes(r, r.choice([0, 0, 4, 9]))
    ver = 0 if r.random() > 0.04 else r.randint(1, 2)
    ln = 8 + len(body) if r.random() > 0.06 else r.randint(0, 60)
    return bytes([ver, t]) + struct.pack('!HI', r.getrandbits(16) if t != 10 else r.randint(0, 9), ln) + body


def gen_rpki(r):
    frames = []
    for i in range(150):
        pl = b''.join(rpki_pdu(r) for _ in range(r.randint(1, 3)))
        sport, dport = (323, 40000 + i) if r.random() < 0.5 else (40000 + i, 323)
        pkt = Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='10.0.0.2', id=i) / \
            TCP(sport=sport, dport=dport, flags='PA', seq=1000 + i, ack=1) / Raw(pl)
        frames.append(raw(pkt))
    return cut(r, frames, 0.1)


def rpl_opts(r):
    out = b''
    for _ in range(r.randint(0, 4)):
        t = r.choice([0, 1, 2, 3, 4, 5, 6, 8, 9, r.randint(10, 255)])
        if t == 0:
            out += b'\0'
            continue
        val = rbytes(r, r.randint(0, 20))
        out += bytes([t, len(val) if r.random() > 0.07 else r.randint(0, 40)]) + val
    return out


def gen_rpl(r):
    frames = []
    for i in range(180):
        code = r.choice([0, 1, 1, 2, 2, 3, 3, 0x81, r.randint(4, 0x7f)])
        base = code & 0x7f
        if base == 0:
            body = b'\0\0' + rpl_opts(r)
        elif base == 1:
            body = bytes([r.randint(0, 255), r.randint(0, 255)]) + struct.pack('!H', r.getrandbits(16)) + \
                bytes([r.getrandbits(8), r.randint(0, 255), 0, 0]) + rbytes(r, 16) + rpl_opts(r)
        elif base == 2:
            fl = r.choice([0, 0x40, 0x80, 0xc0, r.getrandbits(8)])
            body = bytes([r.randint(0, 255), fl, 0, r.randint(0, 255)]) + (rbytes(r, 16) if fl & 0x40 else b'') + rpl_opts(r)
        elif base == 3:
            fl = r.choice([0, 0x80, r.getrandbits(8)])
            body = bytes([r.randint(0, 255), fl, r.randint(0, 255), r.randint(0, 255)]) + (rbytes(r, 16) if fl & 0x80 else b'') + rpl_opts(r)
        else:
            body = rbytes(r, r.randint(0, 8))
        if r.random() < 0.08:
            body = body[:r.randint(0, len(body))]
        icmp = bytes([155, code]) + b'\0\0' + body
        pkt = Ether(src=MAC1, dst=MAC2) / IPv6(src='fe80::1', dst='ff02::1a', nh=58, hlim=255) / Raw(icmp)
        data = bytearray(raw(pkt))
        # the ICMPv6 checksum over the pseudo-header, right most of the time
        src, dst = data[22:38], data[38:54]
        pseudo = bytes(src) + bytes(dst) + struct.pack('!I', len(icmp)) + b'\0\0\0\x3a' + icmp
        if len(pseudo) % 2:
            pseudo += b'\0'
        s = sum(struct.unpack('!%dH' % (len(pseudo) // 2), pseudo))
        while s >> 16:
            s = (s & 0xffff) + (s >> 16)
        c = ~s & 0xffff if r.random() > 0.1 else r.getrandbits(16)
        data[56:58] = struct.pack('!H', c)
        frames.append(bytes(data))
    return cut(r, frames, 0.1)


GENERATORS = {'bgp': (gen_bgp, 179), 'bgp-codes': (gen_bgp_codes, 1790), 'ospf': (gen_ospf, 89), 'rip': (gen_rip, 520),
              'ripng': (gen_ripng, 521), 'bfd': (gen_bfd, 3784),
              'pim': (gen_pim, 103), 'babel': (gen_babel, 6696), 'hncp': (gen_hncp, 8231),
              'ahcp': (gen_ahcp, 5359), 'olsr': (gen_olsr, 698), 'aodv': (gen_aodv, 654),
              'igrp': (gen_igrp, 9), 'rpki-rtr': (gen_rpki, 323), 'rpl': (gen_rpl, 155)}


def main():
    for name, (gen, seed) in GENERATORS.items():
        if ONLY and name not in ONLY:
            continue
        write_pcap(os.path.join(OUT, 'routing-scapy-%s.pcap' % name), gen(random.Random(seed)))


if __name__ == '__main__':
    main()
