#!/usr/bin/python3
"""Writes captures/cov-routing-PROTO.pcap: routing protocol packets built to reach the printer
code the other captures leave unexecuted (BGP MP_REACH next hops and NLRI of every decoded
AFI/SAFI, MCAST-VPN, layer-2 VPN, route target constraint, PMSI tunnels, AIGP, ATTR_SET,
capabilities, notifications; LDP, PIM, OSPF, Auto-RP and DVMRP), with seeded random field
values around them: random lengths and counts, unknown types, wrong lengths, cut TLVs.
Deterministic (one fixed seed per protocol); re-run it to re-make them:

    /usr/bin/python3 coverage-routing.py [proto...]
"""
import os
import random
import struct
import sys

from scapy.all import Ether, IP, IPv6, TCP, UDP, Raw, raw

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tinypcap  # noqa: E402
import importlib.util

# the BGP field builders this shares with make-routing-scapy.py (same calls on the same
# Random, so its captures and these stay as they are)
_spec = importlib.util.spec_from_file_location(
    'make_routing_scapy', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'make-routing-scapy.py'))
_routing = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_routing)
rbytes, as_path = _routing.rbytes, _routing.as_path

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'captures')
MAC1, MAC2 = '02:00:00:00:00:01', '02:00:00:00:00:02'


def write_pcap(name, frames):
    """frames: (bytes, wirelen) pairs; one second apart from a fixed epoch."""
    tinypcap.save(os.path.join(OUT, name), frames, usec=lambda i: i * 1000 % 1000000)


def cut(r, frames, share=0.15, low=14):
    """Cuts a share of the frames at a random length, keeping their wire length."""
    res = []
    for data in frames:
        if r.random() < share and len(data) > low + 1:
            res.append((data[:r.randint(low, len(data) - 1)], len(data)))
        else:
            res.append((data, len(data)))
    return res


def mangle(r, v, p=0.1):
    """Now and then drops or adds a few bytes: a value that disagrees with its length."""
    x = r.random()
    if x < p / 2:
        return v[:max(0, len(v) - r.randint(1, 4))]
    if x < p:
        return v + rbytes(r, r.randint(1, 4))
    return v


# ---------------------------------------------------------------- BGP
def bgp_msg(mtype, body, length=None):
    ln = 19 + len(body) if length is None else length
    return b'\xff' * 16 + struct.pack('!HB', ln & 0xffff, mtype) + body


def rd(r):
    t = r.choice([0, 1, 2, 2, r.randint(3, 9)])
    return struct.pack('!H', t) + rbytes(r, 6)


def prefix(r, maxlen):
    plen = r.randint(0, maxlen)
    return bytes([plen]) + rbytes(r, (plen + 7) // 8)


def nsap_addr(r):
    k = r.random()
    if k < 0.3:  # IPv4 mapped NSAP (RFC 4548)
        return b'\x47\x00\x06\x01' + rbytes(r, 4) + b'\0' * r.choice([0, 12])
    if k < 0.6:  # IPv6 mapped NSAP
        return b'\x35\x00\x00' + rbytes(r, 16) + b'\0' * r.choice([0, 1])
    return rbytes(r, r.choice([0, 1, 7, 13, 20, 21, 25]))


def next_hop(r, a, s):
    if a == 1 and s in (128, 129, 130):
        nh = b''.join(rd(r) + rbytes(r, 4) for _ in range(r.choice([1, 1, 2])))
    elif a == 2 and s in (128, 129, 130):
        nh = b''.join(rd(r) + rbytes(r, 16) for _ in range(r.choice([1, 1, 2])))
    elif a == 2:
        nh = rbytes(r, r.choice([16, 32]))
    elif a == 3 and s <= 3:
        nh = nsap_addr(r)
    elif a == 3 or a not in (1, 25, 196):
        nh = rd(r) + nsap_addr(r)
    else:
        nh = b''.join(rbytes(r, 4) for _ in range(r.choice([1, 1, 2])))
    if r.random() < 0.25:  # a next hop of a length the family does not have
        nh = rbytes(r, r.choice([r.randint(0, 30), len(nh) + r.choice([-1, 1, 4, 8])]))
    return nh


def mvpn_route(r, v6):
    t = r.choice([1, 2, 3, 4, 5, 6, 7, r.randint(0, 255)])
    a = 16 if v6 else 4
    ip = lambda: rbytes(r, a)
    sg = lambda: (bytes([a * 8]) + ip() if r.random() < 0.8 else bytes([r.choice([0, 8, 24])])) + \
        (bytes([a * 8]) + ip() if r.random() < 0.8 else bytes([r.choice([0, 16])]))
    if t == 1:
        v = rd(r) + r.choice([ip(), rbytes(r, r.choice([4, 16, 5]))])
    elif t == 2:
        v = rd(r) + rbytes(r, 4)
    elif t == 3:
        v = rd(r) + sg() + ip()
    elif t == 5:
        v = rd(r) + sg()
    elif t in (6, 7):
        v = rd(r) + rbytes(r, 4) + sg()
    else:
        v = rbytes(r, r.randint(0, 12))
    ln = len(v)
    if r.random() < 0.15:
        ln = r.randint(0, 40)
    return bytes([t, ln]) + v


def l2vpn_route(r):
    k = r.random()
    if k < 0.2:
        v = rd(r) + rbytes(r, 4)
        return struct.pack('!H', 12) + v
    v = rd(r) + rbytes(r, 7)
    for _ in range(r.randint(0, 6)):
        t = r.choice([1, 1, r.randint(0, 255)])
        bits = r.choice([8, 16, 24, 64, r.randint(0, 400)])
        val = rbytes(r, (bits + 7) // 8)
        if r.random() < 0.2:
            val = val[:r.randint(0, len(val))]
        v += bytes([t]) + struct.pack('!H', bits) + val
    if r.random() < 0.2:
        v += rbytes(r, r.randint(1, 2))
    ln = len(v)
    if r.random() < 0.15:
        ln = r.choice([r.randint(0, 20), len(v) + r.randint(1, 5)])
    return struct.pack('!H', ln) + v


def rt_route(r):
    plen = r.choice([0, 0, 8, 31, 32, 40, 48, 56, 64, 65, 72, 96, r.randint(0, 255)])
    body = rbytes(r, 4)
    ec = r.choice([b'\x00\x02', b'\x01\x02', b'\x02\x02', rbytes(r, 2)])
    body += ec + rbytes(r, 6)
    return bytes([plen]) + body[:max(0, (plen + 7) // 8)]


def mp_nlri(r, a, s):
    if s in (1, 2, 3) and a in (1, 2):
        v = prefix(r, 32 if a == 1 else 128)
        if r.random() < 0.3:
            v = struct.pack('!I', r.getrandbits(8)) + v
        if r.random() < 0.05:
            v = bytes([r.randint(33, 255)]) + rbytes(r, 3)
        return v
    if s == 4:
        plen = 24 + r.randint(0, 32 if a == 1 else 128)
        if r.random() < 0.1:
            plen = r.randint(0, 255)
        return bytes([plen]) + rbytes(r, 3) + rbytes(r, max(0, (plen - 24 + 7) // 8))
    if s in (128, 129, 130):
        m = {1: 32, 2: 128, 3: 152}.get(a, 32)
        plen = 88 + r.randint(0, m)
        if r.random() < 0.1:
            plen = r.randint(0, 255)
        return bytes([plen]) + rbytes(r, 3) + rd(r) + rbytes(r, max(0, (plen - 88 + 7) // 8))
    if a == 3:
        plen = r.choice([0, 8, 72, 152, 153, r.randint(0, 160)])
        return bytes([plen]) + rbytes(r, 3) + rbytes(r, (plen + 7) // 8)
    if s == 132:
        return rt_route(r)
    if s == 66:
        return bytes([r.choice([128, 128, 128, r.randint(0, 255)])]) + rd(r) + rbytes(r, 8)
    if s == 5:
        return mvpn_route(r, a == 2)
    if (a, s) == (25, 65) or a == 196:
        return l2vpn_route(r)
    return rbytes(r, r.randint(0, 9))


AFI_SAFI = [(1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (1, 66), (1, 128), (1, 129), (1, 130),
            (1, 132), (2, 1), (2, 2), (2, 3), (2, 4), (2, 5), (2, 128), (2, 129), (2, 130),
            (3, 1), (3, 2), (3, 3), (3, 128), (3, 129), (3, 130), (25, 65), (196, 128),
            (196, 129), (196, 130), (2, 66), (2, 132), (3, 5), (25, 70), (16388, 70)]


def mp_attr(r, unreach):
    if r.random() < 0.9:
        a, s = r.choice(AFI_SAFI)
    else:
        a, s = r.choice([5, 8, 10, 11, 12, 13, 14, 15, 16, 26, r.randint(0, 30)]), r.randint(0, 255)
    nlri = b''.join(mp_nlri(r, a, s) for _ in range(r.choice([0, 1, 1, 2, 3])))
    if unreach:
        return struct.pack('!HB', a, s) + nlri
    nh = next_hop(r, a, s)
    body = struct.pack('!HBB', a, s, len(nh) & 0xff) + nh
    snpa = r.choice([0, 0, 0, 0, 1, 2])
    body += bytes([snpa]) + b''.join(bytes([k]) + rbytes(r, k) for k in
                                     [r.randint(0, 3) for _ in range(snpa)])
    return body + nlri


def ext_comm(r):
    t = r.choice([0x0002, 0x0102, 0x0202, 0x0003, 0x0103, 0x0203, 0x000a, 0x4004, 0x0005, 0x0105,
                  0x0205, 0x8005, 0x0107, 0x8001, 0x0306, 0x8000, 0x800a, 0x0009, 0x030c, 0x010b,
                  0xf10a, 0x8800, 0x8801, 0x8802, 0x8803, 0x8804, 0x8805, 0x0008,
                  r.getrandbits(16)])
    if t == 0x030c:
        v = rbytes(r, 4) + struct.pack('!H', r.randint(0, 20))
    elif t in (0x0306, 0x8000):
        v = rbytes(r, 4) + bytes([r.choice([1, 2, 3, 5, 7, 129, r.randint(0, 255)]), r.getrandbits(8)])
    elif t == 0x800a:
        v = bytes([r.choice([0, 1, 4, 5, 19, 25, 44, r.randint(0, 60)])]) + rbytes(r, 5)
    else:
        v = rbytes(r, 6)
    return struct.pack('!H', t) + v


def pmsi(r):
    t = r.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, r.randint(0, 255)])
    v = bytes([r.getrandbits(8), t]) + rbytes(r, 3)
    v += rbytes(r, r.choice([4, 8, 8, 12, r.randint(0, 16)]))
    return v


def aigp(r):
    v = b''
    for _ in range(r.randint(1, 3)):
        t = r.choice([1, 1, 2, r.randint(0, 255)])
        val = rbytes(r, 8 if t == 1 else r.randint(0, 6))
        ln = len(val) + 3
        if r.random() < 0.15:
            ln = r.randint(0, 20)
        v += bytes([t]) + struct.pack('!H', ln) + val
    if r.random() < 0.2:
        v += rbytes(r, r.randint(1, 2))
    return v


def attr(r, depth=0):
    t = r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14, 14, 14, 14, 15, 15, 15, 16, 16, 17, 18, 22, 22,
                  24, 26, 26, 32, 128, 128, 255, r.randint(0, 255)])
    if t == 1:
        v = bytes([r.randint(0, 4)])
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
    elif t in (14, 15):
        v = mp_attr(r, t == 15)
    elif t == 16:
        v = b''.join(ext_comm(r) for _ in range(r.randint(1, 4)))
    elif t == 22:
        v = pmsi(r)
    elif t == 26:
        v = aigp(r)
    elif t == 32:
        v = rbytes(r, 12 * r.randint(0, 2))
    elif t == 128:
        v = rbytes(r, 4) + b''.join(attr(r, depth + 1) for _ in range(r.randint(0, 2) if depth < 12 else 0))
        if depth == 0 and r.random() < 0.1:  # nested deeper than tcpdump recurses
            inner = b''
            for _ in range(12):
                inner = struct.pack('!BBB', 0xc0, 128, 4 + len(inner)) + rbytes(r, 4) + inner \
                    if len(inner) < 250 else inner
            v += inner
        if r.random() < 0.15:
            v += rbytes(r, r.randint(1, 3))
    else:
        v = rbytes(r, r.randint(0, 8))
    v = mangle(r, v, 0.06)
    flags = r.choice([0x40, 0x40, 0x80, 0xc0, 0x50, 0x90, 0xe0, 0, r.getrandbits(8)])
    ln = len(v)
    if r.random() < 0.05:
        ln = r.randint(0, 300)
    if flags & 0x10:
        return struct.pack('!BBH', flags, t, ln & 0xffff) + v
    return struct.pack('!BBB', flags, t, ln & 0xff) + v


def v4_prefixes(r, n, addpath):
    v = b''
    for _ in range(n):
        if addpath:
            v += struct.pack('!I', r.getrandbits(8))
        v += prefix(r, 32)
    if r.random() < 0.05:
        v += bytes([r.randint(33, 255)]) + rbytes(r, 2)
    return v


def bgp_update(r):
    wd = v4_prefixes(r, r.choice([0, 0, 1, 3]), r.random() < 0.2)
    if r.random() < 0.05:
        wd += rbytes(r, r.randint(1, 3))
    attrs = b''.join(attr(r) for _ in range(r.randint(0, 4)))
    if r.random() < 0.05:
        attrs += rbytes(r, r.randint(1, 2))
    nlri = v4_prefixes(r, r.choice([0, 0, 1, 2]), r.random() < 0.2)
    wl = len(wd) if r.random() > 0.05 else r.randint(0, 60)
    al = len(attrs) if r.random() > 0.05 else r.randint(0, 200)
    return bgp_msg(2, struct.pack('!H', wl) + wd + struct.pack('!H', al) + attrs + nlri)


def bgp_caps(r):
    caps = b''
    for _ in range(r.randint(0, 5)):
        code = r.choice([1, 2, 8, 64, 65, 69, 69, 70, 71, 73, 128, r.randint(0, 255)])
        if code == 1:
            a, s = r.choice(AFI_SAFI + [(r.choice([5, 8, 10, 11, 12, 13, 14, 15]), 1)])
            val = struct.pack('!HBB', a, 0, s)
        elif code == 64:
            val = struct.pack('!H', r.getrandbits(16)) + b''.join(
                struct.pack('!HBB', *r.choice(AFI_SAFI), r.getrandbits(8))
                for _ in range(r.randint(0, 3)))
        elif code == 8:
            val = b''.join(struct.pack('!HBB', *r.choice(AFI_SAFI), r.getrandbits(8))
                           for _ in range(r.randint(0, 3)))
        elif code == 65:
            val = struct.pack('!I', r.getrandbits(32))
        elif code == 69:
            val = b''.join(struct.pack('!HBB', *r.choice(AFI_SAFI), r.randint(0, 4))
                           for _ in range(r.randint(0, 3)))
        else:
            val = rbytes(r, r.choice([0, 0, 1, 2, 3, 4, 7]))
        val = mangle(r, val, 0.15)
        caps += bytes([code, len(val)]) + val
    if r.random() < 0.1:
        caps += bytes([r.randint(0, 255), r.randint(5, 30)]) + rbytes(r, r.randint(0, 4))
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


def bgp_notification(r):
    major = r.choice([1, 2, 3, 4, 5, 5, 6, 6, 6, 7, r.randint(0, 9)])
    minor = r.randint(0, 11)
    data = b''
    if major == 6 and minor in (2, 4):
        text = bytes(r.choice(b'abcdefgh xyz\x01\x80') for _ in range(r.randint(0, 12)))
        data = bytes([len(text) if r.random() > 0.2 else r.randint(0, 40)]) + text
        data += rbytes(r, r.choice([0, 0, 3, 7]))
    elif major == 6 and minor == 1:
        data = struct.pack('!HBI', *r.choice(AFI_SAFI), r.getrandbits(32))
    else:
        data = rbytes(r, r.choice([0, 0, 2]))
    return bgp_msg(3, bytes([major, minor]) + data)


def bgp_refresh(r):
    a, s = r.choice(AFI_SAFI)
    body = struct.pack('!HBB', a, r.choice([0, 0, 1, 2, 7]), s)
    body = mangle(r, body, 0.3)
    return bgp_msg(5, body)


def gen_bgp(r, n=700):
    frames = []
    for i in range(n):
        msgs = b''
        for _ in range(r.choice([1, 1, 1, 2])):
            kind = r.choice(['open', 'update', 'update', 'update', 'update', 'update', 'notif',
                             'refresh'])
            m = {'open': bgp_open, 'update': bgp_update, 'notif': bgp_notification,
                 'refresh': bgp_refresh}[kind](r)
            msgs += m
        sport = r.choice([179, r.randint(1024, 65535)])
        dport = 179 if sport != 179 else r.randint(1024, 65535)
        if r.random() < 0.2:
            pkt = Ether(src=MAC1, dst=MAC2) / IPv6(src='2001:db8::1', dst='2001:db8::2') / \
                TCP(sport=sport, dport=dport, flags='PA', seq=i * 1000, ack=1) / Raw(msgs)
        else:
            pkt = Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='10.0.0.2', id=i) / \
                TCP(sport=sport, dport=dport, flags='PA', seq=i * 1000, ack=1) / Raw(msgs)
        frames.append(raw(pkt))
    return cut(r, frames, 0.12, 54)


def tcp179(r, i, msgs):
    return raw(Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='10.0.0.2', id=i & 0xffff) /
               TCP(sport=r.randint(1024, 65535), dport=179, flags='PA', seq=i * 1000, ack=1) /
               Raw(msgs))


def gen_bgp_mp(r):
    """Per address family: MP_REACH and MP_UNREACH attributes, each family many times; then
    every extended community type, notification code and the short or odd UPDATE layouts."""
    msgs = []
    for a, s in AFI_SAFI:
        for k in range(24):
            if k % 2:
                v = struct.pack('!HB', a, s) + b''.join(mp_nlri(r, a, s) for _ in range(r.randint(1, 3)))
                t = 15
            else:
                nh = next_hop(r, a, s)
                v = struct.pack('!HBB', a, s, len(nh) & 0xff) + nh + b'\0' + \
                    b''.join(mp_nlri(r, a, s) for _ in range(r.randint(1, 3)))
                t = 14
            v = mangle(r, v, 0.1)
            at = struct.pack('!BBH', 0x90, t, len(v)) + v
            msgs.append(bgp_msg(2, struct.pack('!HH', 0, len(at)) + at))
    for _ in range(150):
        v = b''.join(ext_comm(r) for _ in range(r.randint(1, 3)))
        at = struct.pack('!BBB', 0xc0, 16, len(v)) + v
        msgs.append(bgp_msg(2, struct.pack('!HH', 0, len(at)) + at))
    for _ in range(60):
        v = pmsi(r)
        at = struct.pack('!BBB', 0xc0, 22, len(v)) + v
        msgs.append(bgp_msg(2, struct.pack('!HH', 0, len(at)) + at))
    for major in range(10):
        for minor in range(13):
            data = rbytes(r, r.choice([0, 0, 3]))
            if major == 6 and minor in (2, 4):
                text = b'shutdown'[:r.randint(0, 8)]
                data = bytes([len(text) + r.choice([0, 0, 1, 5])]) + text + rbytes(r, r.choice([0, 2]))
            msgs.append(bgp_msg(3, bytes([major, minor]) + data))
    # UPDATE layouts: withdrawn with add-path identifiers and a short rest, lengths that run
    # past the message, a message that ends inside the attribute length or the NLRI
    for _ in range(80):
        wd = v4_prefixes(r, r.randint(1, 3), True) + rbytes(r, r.randint(0, 3))
        k = r.randint(0, 5)
        if k == 0:
            body = struct.pack('!H', len(wd)) + wd + struct.pack('!H', 0)
        elif k == 1:
            body = struct.pack('!H', r.randint(0, 1))
        elif k == 2:
            body = struct.pack('!H', len(wd)) + wd
        elif k == 3:
            body = struct.pack('!HH', 0, 0) + v4_prefixes(r, r.randint(1, 3), True) + rbytes(r, r.randint(1, 3))
        elif k == 4:
            body = struct.pack('!HH', 0, 0) + bytes([r.randint(9, 32)]) + rbytes(r, r.randint(0, 1))
        else:
            body = struct.pack('!H', len(wd)) + wd + struct.pack('!H', 0) + bytes([r.randint(9, 32)])
        msgs.append(bgp_msg(2, body))
    for _ in range(30):  # ROUTE-REFRESH and OPEN cut inside the message
        m = r.choice([bgp_refresh(r), bgp_open(r)])
        msgs.append(m[:r.randint(19, len(m))])
    for _ in range(30):  # MCAST-VPN routes whose text outgrows tcpdump's 164-byte buffer
        t = r.choice([3, 6, 7])
        sl, gl = r.choice([200, 24, 208, 32]), r.choice([136, 255, 232])
        sg = bytes([sl]) + rbytes(r, sl >> 3) + bytes([gl]) + rbytes(r, gl >> 3)
        v = struct.pack('!HHI', r.choice([0, 2]), 0xfff0 | r.getrandbits(4), 0xfffffff0 | r.getrandbits(4)) + \
            (struct.pack('!I', 0xfffffff0 | r.getrandbits(4)) if t != 3 else b'') + sg + \
            (rbytes(r, r.choice([4, 12])) if t == 3 else b'')
        nl = bytes([t, len(v)]) + v
        mp = struct.pack('!HBB', 1, 5, 4) + rbytes(r, 4) + b'\0' + nl
        at = struct.pack('!BBH', 0x90, 14, len(mp)) + mp
        msgs.append(bgp_msg(2, struct.pack('!HH', 0, len(at)) + at))
    r.shuffle(msgs)
    frames = [tcp179(r, i, m) for i, m in enumerate(msgs)]
    return cut(r, frames, 0.1, 54)


# ---------------------------------------------------------------- LDP
def ldp_tlv(r):
    t = r.choice([0x0100, 0x0100, 0x0100, 0x0101, 0x0103, 0x0104, 0x0200, 0x0201, 0x0202, 0x0300,
                  0x0301, 0x0302, 0x0303, 0x0400, 0x0401, 0x0402, 0x0403, 0x0500, 0x0501, 0x0502,
                  0x0503, 0x0600, 0x0601, r.getrandbits(14)])
    if t == 0x0100:
        ft = r.choice([1, 2, 2, 3, 0x80, 0x80, 0x80, r.getrandbits(8)])
        if ft == 2:
            af = r.choice([1, 2, 1, 2, 3, 5, 13, r.getrandbits(16)])
            plen = r.randint(0, 40 if af == 1 else 140)
            v = bytes([ft]) + struct.pack('!H', af) + bytes([plen]) + rbytes(r, (plen + 7) // 8)
        elif ft == 0x80:
            params = b''
            for _ in range(r.randint(0, 4)):
                it = r.choice([1, 3, 0x0c, 0x0c, r.getrandbits(8)])
                iv = struct.pack('!H', r.getrandbits(16)) if it == 1 else \
                    bytes([r.getrandbits(3), r.getrandbits(3)]) if it == 0x0c else \
                    bytes(r.choice(b'pw-one \x01\x7f\x80') for _ in range(r.randint(0, 10)))
                il = len(iv) + 2
                if r.random() < 0.1:
                    il = r.randint(0, 20)
                params += bytes([it, il]) + iv
            info = len(params) + 4
            if r.random() < 0.15:
                info = r.choice([0, 1, 3, r.randint(0, 60)])
            v = bytes([ft]) + struct.pack('!HB', r.getrandbits(16), info) + rbytes(r, 4)
            v += (rbytes(r, 4) + params) if info else b''
        else:
            v = bytes([ft]) + rbytes(r, r.randint(0, 4))
    elif t == 0x0101:
        af = r.choice([1, 2, 5, 8, 13, r.getrandbits(16)])
        v = struct.pack('!H', af) + rbytes(r, (4 if af == 1 else 16 if af == 2 else 3) * r.randint(0, 3))
    elif t == 0x0503:
        v = rbytes(r, 4) + r.choice([b'\0' * 4, rbytes(r, 4)]) + r.choice([b'\0' * 4, rbytes(r, 4)])
    elif t == 0x0300:
        v = rbytes(r, 4) + r.choice([b'\0' * 4, rbytes(r, 4)]) + rbytes(r, 4)
    else:
        v = rbytes(r, r.choice([2, 4, 8, 16, r.randint(0, 20)]))
    v = mangle(r, v, 0.12)
    return struct.pack('!HH', t | r.choice([0, 0x8000, 0x4000]), len(v)) + v


def ldp_pdu(r):
    msgs = b''
    for _ in range(r.randint(1, 3)):
        mt = r.choice([0x0001, 0x0100, 0x0200, 0x0201, 0x0300, 0x0301, 0x0400, 0x0401, 0x0402,
                       0x0403, 0x0404, r.getrandbits(15)])
        body = rbytes(r, 4) + b''.join(ldp_tlv(r) for _ in range(r.randint(0, 3)))
        ml = len(body)
        if r.random() < 0.08:
            ml = r.randint(0, 80)
        msgs += struct.pack('!HH', mt | r.choice([0, 0x8000]), ml) + body
    pl = len(msgs) + 6
    if r.random() < 0.1:
        pl = r.choice([r.randint(0, 8), pl + r.randint(1, 20)])
    return struct.pack('!HH', r.choice([1, 1, 1, 1, 2]), pl) + rbytes(r, 4) + \
        struct.pack('!H', r.getrandbits(16)) + msgs


def gen_ldp(r):
    frames = []
    for i in range(500):
        pay = b''.join(ldp_pdu(r) for _ in range(r.choice([1, 1, 2])))
        if r.random() < 0.1:
            pay += rbytes(r, r.randint(1, 12))
        if r.random() < 0.5:
            pkt = Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='10.0.0.2', id=i) / \
                TCP(sport=646, dport=r.randint(1024, 65535), flags='PA', seq=i * 1000, ack=1) / Raw(pay)
        else:
            pkt = Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='224.0.0.2', id=i) / \
                UDP(sport=646, dport=646) / Raw(pay)
        frames.append(raw(pkt))
    for i in range(12):
        # a last message whose length reaches past the PDU's bytes by up to four (the header
        # check covers only its length); a prefix FEC that ends after its address family
        msg = struct.pack('!HHI', r.choice([0x0201, 0x0100]), r.randint(4, 7), r.getrandbits(32))
        fec = struct.pack('!HHBH', 0x0100, 3, 2, r.choice([1, 2])) + bytes([r.randint(0, 32)])
        msg = struct.pack('!HHI', 0x0201, 4, 7) + msg
        pdu = struct.pack('!HH', 1, 6 + 16 + r.randint(0, 3)) + rbytes(r, 6) + msg
        if i % 2:
            m = struct.pack('!HHI', 0x0400, 4 + len(fec), 1) + fec
            pdu = struct.pack('!HH', 1, 6 + len(m)) + rbytes(r, 6) + m
        frames.append(raw(Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='10.0.0.2') /
                          UDP(sport=646, dport=646) / Raw(pdu)))
    frames = cut(r, frames, 0.1, 42)
    # pseudowire FECs with each interface parameter last, cut at every byte past the PDU header
    # (tcpdump checks a message's length from its start: its last four bytes may be cut)
    for k in range(4):
        params = [struct.pack('!BBH', 1, 4, 1500 + k), b'\x03\x06desc', b'\x0c\x04' + bytes([k, 7 - k])]
        params = b''.join(params[k % 3 + 1:] + params[:k % 3 + 1])
        fec = bytes([0x80]) + struct.pack('!HB', 0x8005, len(params) + 4) + rbytes(r, 8) + params
        tlv = struct.pack('!HH', 0x0100, len(fec)) + fec
        m = struct.pack('!HHI', 0x0400, 4 + len(tlv), k) + tlv
        d = raw(Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='10.0.0.2') / UDP(sport=646, dport=646) /
                Raw(struct.pack('!HH', 1, 6 + len(m)) + rbytes(r, 6) + m))
        frames += [(d[:n], len(d)) for n in range(52, len(d) + 1, 1 if k < 3 else 3)]
    return frames


# ---------------------------------------------------------------- PIM
def enc(r, kind, v6):
    """An encoded unicast (0), group (1) or source (2) address, now and then of a family or
    encoding tcpdump does not know."""
    fam = r.choice([2, 2, 2, 2, 2, 3, 0]) if v6 else r.choice([1, 1, 1, 1, 1, 2, 3])
    et = r.choice([0, 0, 0, 0, 0, 0, 1])
    a = rbytes(r, 16 if fam == 2 else 4)
    if kind == 0:
        return bytes([fam, et]) + a
    return bytes([fam, et, r.getrandbits(8), r.choice([32, 24, 128, 64, r.randint(0, 255)])]) + a


def pim_hello_opts(r):
    v = b''
    for _ in range(r.randint(0, 5)):
        t = r.choice([1, 2, 18, 19, 20, 21, 22, 24, 65001, r.getrandbits(16)])
        want = {1: 2, 2: 4, 18: 4, 19: 4, 20: 4, 21: 4, 22: 0}.get(t)
        if t in (24, 65001):
            val = b''.join(enc(r, 0, r.random() < 0.3) for _ in range(r.randint(0, 2)))
        elif want is not None:
            val = rbytes(r, want if r.random() < 0.7 else r.choice([0, 1, 2, 3, 5, 8]))
        else:
            val = rbytes(r, r.randint(0, 6))
        v += struct.pack('!HH', t, len(val)) + val
    return v


def pim_body(r, t, v6):
    if t == 0:
        return pim_hello_opts(r)
    if t == 1:
        flags = struct.pack('!I', r.choice([0, 0x80000000, 0x40000000, r.getrandbits(32)]))
        inner = r.choice([
            raw(IP(src='10.1.1.1', dst='239.1.1.1') / UDP(sport=1, dport=2) / Raw(rbytes(r, 4))),
            raw(IPv6(src='2001:db8::9', dst='ff0e::1') / UDP(sport=1, dport=2)),
            b'\0' * 20, rbytes(r, r.randint(1, 20))])
        return flags + inner
    if t == 2:
        return enc(r, 1, v6) + enc(r, 0, v6)
    if t in (3, 6, 7):
        v = enc(r, 0, v6) + bytes([0, r.randint(0, 3)]) + struct.pack('!H', r.getrandbits(16))
        for _ in range(r.randint(0, 3)):
            nj, np_ = r.randint(0, 2), r.randint(0, 2)
            v += enc(r, 1, v6) + struct.pack('!HH', nj, np_) + \
                b''.join(enc(r, 2, v6) for _ in range(nj + np_))
        return v
    if t == 4:
        v = struct.pack('!HBB', r.getrandbits(16), r.getrandbits(8), r.getrandbits(8)) + enc(r, 0, v6)
        for _ in range(r.randint(0, 3)):
            n = r.randint(0, 3)
            v += enc(r, 1, v6) + bytes([n, r.choice([n, r.randint(0, 4)])]) + b'\0\0'
            v += b''.join(enc(r, 0, v6) + struct.pack('!HBB', r.getrandbits(16), r.getrandbits(8), 0)
                          for _ in range(r.choice([n, n, r.randint(0, 4)])))
        return v
    if t == 5:
        return enc(r, 1, v6) + enc(r, 0, v6) + rbytes(r, 8)
    if t == 8:
        n = r.randint(0, 3)
        return bytes([r.choice([n, n, r.randint(0, 5)]), r.getrandbits(8)]) + \
            struct.pack('!H', r.getrandbits(16)) + enc(r, 0, v6) + b''.join(enc(r, 1, v6) for _ in range(n))
    if t == 9:
        return enc(r, 0, v6) + enc(r, 1, v6) + enc(r, 0, v6) + rbytes(r, 2)
    if t == 10:
        return enc(r, 0, v6) + rbytes(r, 8) + enc(r, 0, v6) + rbytes(r, 8) + rbytes(r, 2)
    return rbytes(r, r.randint(0, 12))


def gen_pim(r):
    frames = []
    for i in range(600):
        v6 = r.random() < 0.3
        t = r.choice(list(range(12)) + [0, 1, 3, 4, 8, r.randint(12, 15)])
        rsv = r.choice([0, 0, 0, r.randint(1, 5) << 4, r.getrandbits(8), 4, 16])
        body = pim_body(r, t, v6)
        if r.random() < 0.3:  # the message ends early (the IP length agrees)
            body = body[:r.randint(0, len(body))]
        hdr = bytes([r.choice([0x20, 0x20, 0x20, 0x20, 0x10, 0x30]) | t, rsv])
        msg = hdr + b'\0\0' + body
        if r.random() < 0.8 and not v6:
            sm = csum(msg)
            msg = hdr + struct.pack('!H', sm) + body
        elif r.random() < 0.5:
            msg = hdr + struct.pack('!H', r.getrandbits(16)) + body
        if r.random() < 0.05:
            msg = msg[:r.randint(0, 3)]
        if v6:
            pkt = Ether(src=MAC1, dst=MAC2) / IPv6(src='fe80::1', dst='ff02::d', nh=103) / Raw(msg)
        else:
            pkt = Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='224.0.0.13', proto=103, id=i) / Raw(msg)
        frames.append(raw(pkt))
    frames = cut(r, frames, 0.1, 34)
    # messages that end at every byte (the IP length agrees): each of the length checks
    for t in (0, 1, 4, 9):
        for _ in range(3):
            body = pim_body(r, t, False)
            for n in range(len(body) + 1):
                msg = bytes([0x20 | t, 0]) + b'\0\0' + body[:n]
                frames.append((raw(Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='224.0.0.13',
                                                                   proto=103) / Raw(msg)), 0))
    return [(d, w or len(d)) for d, w in frames]


csum = tinypcap.csum


# ---------------------------------------------------------------- Auto-RP and DVMRP
def gen_autorp(r):
    frames = []
    for i in range(300):
        n = r.randint(0, 3)
        v = bytes([r.choice([0x11, 0x12, 0x12, 0x13, 0x21, r.getrandbits(8)]),
                   r.choice([n, n, n, r.randint(0, 5)])]) + \
            struct.pack('!H', r.choice([0, 0, 60, 181, 3600, r.getrandbits(16)])) + rbytes(r, 4)
        for _ in range(n):
            k = r.randint(0, 3)
            v += rbytes(r, 4) + bytes([r.choice([0, 1, 2, 3, 3, r.getrandbits(8)]),
                                       r.choice([k, k, r.randint(0, 5)])])
            v += b''.join(bytes([r.choice([0, 1, r.getrandbits(8)]), r.randint(0, 32)]) + rbytes(r, 4)
                          for _ in range(k))
        if r.random() < 0.3:
            v = v[:r.randint(0, len(v))]
        frames.append(raw(Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='224.0.1.40', id=i) /
                          UDP(sport=496, dport=496) / Raw(v)))
    return cut(r, frames, 0.1, 42)


def dvmrp_body(r, t):
    if t == 1:
        return rbytes(r, 4) + b''.join(rbytes(r, 4) for _ in range(r.randint(0, 3))) + \
            rbytes(r, r.choice([0, 0, 1, 2, 3]))
    if t == 2:
        v = b''
        for _ in range(r.randint(0, 3)):
            mask = r.choice([b'\0\0\0', b'\xff\0\0', b'\xff\xff\0', b'\xff\xff\xff', rbytes(r, 3)])
            width = 4 if mask[2] else 3 if mask[1] else 2 if mask[0] else 1
            routes = r.randint(1, 3)
            v += mask
            for k in range(routes):
                v += rbytes(r, width) + bytes([r.getrandbits(7) | (0x80 if k == routes - 1 else 0)])
        if r.random() < 0.3:
            v += rbytes(r, r.randint(1, 4))
        return v
    if t == 4:
        v = b''
        for _ in range(r.randint(0, 3)):
            n = r.randint(0, 3)
            v += rbytes(r, 4) + bytes([r.getrandbits(8), r.getrandbits(8), n]) + rbytes(r, 4 * n)
        return v
    if t == 6:
        v = b''
        for _ in range(r.randint(0, 3)):
            n = r.randint(0, 3)
            v += rbytes(r, 4) + bytes([r.getrandbits(8), r.getrandbits(8), r.getrandbits(8),
                                       r.choice([n, n, n + 1, r.randint(0, 5)])]) + rbytes(r, 4 * n)
        return v
    if t in (7, 8, 9):
        return rbytes(r, 12 if t == 7 else 8) + rbytes(r, r.choice([0, 0, 4]))
    return rbytes(r, r.randint(0, 10))


def gen_dvmrp(r):
    frames = []
    for i in range(400):
        t = r.choice(list(range(0, 11)) + [2, 2, 4, 6, 1, r.getrandbits(8)])
        body = dvmrp_body(r, t)
        if r.random() < 0.2:
            body = body[:r.randint(0, len(body))]
        hdr = bytes([0x13, t, 0, 0, 0, r.getrandbits(8), r.randint(0, 255), r.choice([3, 3, 2, r.getrandbits(8)])])
        msg = hdr + body
        msg = msg[:2] + struct.pack('!H', csum(msg)) + msg[4:]
        if r.random() < 0.04:
            msg = msg[:r.randint(1, 7)]
        frames.append(raw(Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='224.0.0.4', proto=2, id=i) / Raw(msg)))
    return cut(r, frames, 0.1, 34)


# ---------------------------------------------------------------- OSPFv2 and OSPFv3
def tlvs16(r, items, pad=True):
    """(type, value) pairs as 16-bit type and length TLVs, padded to 4 bytes, now and then
    with a length that disagrees."""
    v = b''
    for t, val in items:
        ln = len(val)
        if r.random() < 0.08:
            ln = r.choice([ln + r.randint(1, 12), max(0, ln - 1), 0, r.getrandbits(16)])
        v += struct.pack('!HH', t, ln & 0xffff) + val
        if pad and len(val) % 4:
            v += b'\0' * (4 - len(val) % 4)
    return v


def te_subtlvs(r):
    items = []
    for _ in range(r.randint(0, 5)):
        st = r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 14, 15, 16, 17, 0, r.randint(18, 40)])
        want = {1: 1, 2: 4, 3: 4, 4: 4, 5: 4, 6: 4, 7: 4, 8: 32, 9: 4, 11: 8, 14: 4,
                15: 36, 16: 8, 17: 12}.get(st, r.randint(0, 8))
        if st == 1:
            val = bytes([r.choice([1, 2, 3])])
        elif st == 14:
            val = bytes([r.getrandbits(8)]) + b'\0\0\0'
        elif st == 15:
            val = bytes([r.choice([1, 2, 3, 4, 51, 100, 150, 200, r.getrandbits(8)]),
                         r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, r.getrandbits(8)])]) + \
                rbytes(r, 2) + rbytes(r, 32)
        elif st == 17:
            val = bytes([r.choice([0, 1, 254, 7])]) + b'\0\0\0' + rbytes(r, 4 * r.randint(0, 9))
        else:
            val = rbytes(r, want)
        if r.random() < 0.1:
            val = rbytes(r, r.choice([0, 1, 2, 3, 5, 8, 40]))
        items.append((st, val))
    return tlvs16(r, items)


def opaque_body(r, ot):
    if ot == 1:  # traffic engineering
        items = []
        for _ in range(r.randint(0, 3)):
            t = r.choice([1, 2, 2, 0, r.randint(3, 9)])
            items.append((t, rbytes(r, 4) if t == 1 else te_subtlvs(r) if t == 2 else rbytes(r, r.randint(0, 6))))
        return tlvs16(r, items)
    if ot == 3:  # grace
        items = []
        for _ in range(r.randint(0, 4)):
            t = r.choice([1, 2, 3, 0, r.randint(4, 9)])
            items.append((t, rbytes(r, 4) if t in (1, 3) else bytes([r.randint(0, 4)]) if t == 2 else rbytes(r, r.randint(0, 5))))
        return tlvs16(r, items)
    if ot == 4:  # router information
        items = [(r.choice([1, 1, 0, r.randint(2, 9)]), r.choice([rbytes(r, 4), rbytes(r, r.randint(0, 6))]))
                 for _ in range(r.randint(0, 3))]
        return tlvs16(r, items)
    return rbytes(r, r.randint(0, 12))


def lsa_length(r, body):
    """An LSA's body, sometimes cut, and its length field, sometimes wrong (OSPFv2 and v3)."""
    if r.random() < 0.05:
        body = body[:r.randint(0, len(body))]
    ln = 20 + len(body)
    if r.random() < 0.04:
        ln = r.randint(0, 80)
    return body, ln


def lsa2(r):
    t = r.choice([1, 2, 3, 4, 5, 6, 7, 9, 10, 10, 10, 11, r.randint(12, 255)])
    lsid = rbytes(r, 4)
    if t == 1:
        n = r.randint(0, 3)
        body = bytes([r.getrandbits(8), 0]) + struct.pack('!H', n) + b''.join(
            rbytes(r, 8) + bytes([r.choice([1, 2, 3, 4, r.randint(5, 9)]), 0]) + rbytes(r, 2) for _ in range(n))
    elif t in (9, 10, 11):
        ot = r.choice([1, 1, 3, 3, 4, 4, r.randint(0, 255)])
        lsid = bytes([ot]) + rbytes(r, 3)
        body = opaque_body(r, ot)
    else:
        body = rbytes(r, r.choice([4, 8, 12, 16]))
    body, ln = lsa_length(r, body)
    return struct.pack('!HBB', r.getrandbits(16), r.getrandbits(8), t) + lsid + rbytes(r, 8) + \
        struct.pack('!HH', r.getrandbits(16), ln) + body


def ospf2(r):
    n = r.randint(1, 3)
    body = struct.pack('!I', n) + b''.join(lsa2(r) for _ in range(n))
    hdr = struct.pack('!BBH', 2, 4, 24 + len(body)) + rbytes(r, 8) + b'\0\0' + b'\0\0' + b'\0' * 8
    return hdr + body


def prefix6(r, maxw=4):
    plen = r.choice([0, 32, 48, 64, 128, r.randint(0, 140)])
    return plen, rbytes(r, min(((plen + 31) // 32) * 4, 4 * maxw + 4))


def lsa3(r):
    t = r.choice([0x2001, 0x2002, 0x2003, 0x2004, 0x4005, 0x0008, 0x2009, 0x000b, 0x000a,
                  0x0006, 0x200a, 0x000d, 0x000e, 0x2007, r.getrandbits(16)])
    if t == 0x2001:
        body = rbytes(r, 4) + b''.join(bytes([r.choice([1, 2, 4, 3, r.getrandbits(8)]), 0]) + rbytes(r, 14)
                                       for _ in range(r.randint(0, 3)))
    elif t == 0x4005:
        fl = r.choice([0, 0x02000000, 0x01000000, 0x03000000, 0x04000000]) | r.getrandbits(24)
        plen, pfx = prefix6(r)
        body = struct.pack('!IBBH', fl, plen, r.getrandbits(8), r.choice([0, 0, 1, 0x2001])) + pfx
        if fl & 0x02000000:
            body += rbytes(r, 16)
        if fl & 0x01000000:
            body += rbytes(r, 4)
        body += rbytes(r, 4)
    elif t == 0x2009:
        n = r.randint(0, 3)
        body = struct.pack('!HH', n, r.choice([0x2001, 0x2002])) + rbytes(r, 8)
        for _ in range(n):
            plen, pfx = prefix6(r)
            body += struct.pack('!BBH', plen, r.getrandbits(8), r.getrandbits(16)) + pfx
    elif t == 0x0008:
        n = r.randint(0, 3)
        body = bytes([r.getrandbits(8)]) + rbytes(r, 3) + rbytes(r, 16) + struct.pack('!I', n)
        for _ in range(n):
            plen, pfx = prefix6(r)
            body += struct.pack('!BBH', plen, r.getrandbits(8), 0) + pfx
    elif t == 0x000b:
        body = opaque_body(r, 3)
    elif t == 0x000a:
        body = opaque_body(r, 1)
    elif t == 0x2003:
        plen, pfx = prefix6(r)
        body = rbytes(r, 4) + struct.pack('!BBH', plen, r.getrandbits(8), 0) + pfx
    else:
        body = rbytes(r, r.choice([4, 8, 12, 20]))
    body, ln = lsa_length(r, body)
    return struct.pack('!HH', r.getrandbits(16), t) + rbytes(r, 12) + \
        struct.pack('!HH', r.getrandbits(16), ln) + body


def ospf3(r):
    n = r.randint(1, 3)
    body = struct.pack('!I', n) + b''.join(lsa3(r) for _ in range(n))
    ln = 16 + len(body)
    if r.random() < 0.05:
        ln += r.randint(1, 40)
    return struct.pack('!BBH', 3, 4, ln) + rbytes(r, 8) + b'\0\0' + bytes([r.choice([0, 0, 1]), 0]) + body


def lsa_header3(r):
    return struct.pack('!HH', r.getrandbits(16), r.choice([0x2001, 0x2009, 0x0008, 0x4005, 0xa00a, r.getrandbits(16)])) + \
        rbytes(r, 12) + struct.pack('!HH', r.getrandbits(16), r.choice([20, 36, 44, r.randint(0, 60)]))


def ospf3_other(r):
    """OSPFv3 Hello, Database Description, LS Request and LS Ack, with the LLS block and the
    authentication trailer after them now and then."""
    t = r.choice([1, 2, 3, 5, 1, 2, 6, 0])
    lbit = r.choice([0, 0x200, 0x200])
    if t == 1:
        body = rbytes(r, 4) + struct.pack('!I', (r.getrandbits(8) << 24) | lbit | r.getrandbits(9)) + \
            rbytes(r, 4) + rbytes(r, 8) + b''.join(rbytes(r, 4) for _ in range(r.randint(0, 3)))
    elif t == 2:
        body = struct.pack('!I', lbit | r.getrandbits(9)) + struct.pack('!HBB', r.getrandbits(16), 0, r.getrandbits(3)) + \
            rbytes(r, 4) + b''.join(lsa_header3(r) for _ in range(r.randint(0, 2)))
    elif t == 3:
        body = b''.join(b'\0\0' + struct.pack('!H', r.choice([0x2001, 0x4005, 0x000b, r.getrandbits(16)])) + rbytes(r, 8)
                        for _ in range(r.randint(0, 3)))
    elif t == 5:
        body = b''.join(lsa_header3(r) for _ in range(r.randint(0, 3)))
    else:
        body = rbytes(r, r.randint(0, 12))
    if r.random() < 0.1:
        body = body[:r.randint(0, len(body))]
    ln = 16 + len(body)
    trail = b''
    if lbit and r.random() < 0.8:
        tl = r.choice([b'', struct.pack('!HHI', 1, 4, r.getrandbits(32)), rbytes(r, r.randint(1, 6))])
        dl = 4 + len(tl)
        if r.random() < 0.1:
            dl = r.choice([0, 2, dl + 8])
        trail += struct.pack('!HH', r.getrandbits(16), dl) + tl
    if r.random() < 0.4:
        ad = rbytes(r, r.choice([0, 16, 20, 32]))
        al = 16 + len(ad)
        if r.random() < 0.1:
            al = r.choice([8, al + 4])
        trail += struct.pack('!HHHHII', r.choice([1, 1, 2]), al, 0, r.getrandbits(16), r.getrandbits(32),
                             r.getrandbits(32)) + ad
    if r.random() < 0.05:
        trail = trail[:r.randint(0, len(trail))]
    return struct.pack('!BBH', 3, t, ln) + rbytes(r, 8) + b'\0\0' + bytes([r.choice([0, 0, 1]), 0]) + body + trail


def gen_ospf(r):
    frames = []
    for i in range(300):
        pkt = Ether(src=MAC1, dst=MAC2) / IPv6(src='fe80::1', dst='ff02::5', nh=89) / Raw(ospf3_other(r))
        frames.append(raw(pkt))
    for i in range(700):
        if i % 2:
            pkt = Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='224.0.0.5', proto=89, id=i) / Raw(ospf2(r))
        else:
            pkt = Ether(src=MAC1, dst=MAC2) / IPv6(src='fe80::1', dst='ff02::5', nh=89) / Raw(ospf3(r))
        frames.append(raw(pkt))
    frames = cut(r, frames, 0.1, 34)
    # a TE link per switching capability and encoding: tcpdump's names for each
    for sc, enc_ in zip([1, 2, 3, 4, 51, 100, 150, 200, 7, 1, 2, 3, 4, 51, 150],
                        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 0, 5, 9]):
        sub = tlvs16(r, [(15, bytes([sc, enc_]) + rbytes(r, 2) + rbytes(r, 32)), (14, bytes([r.getrandbits(8)]) + b'\0\0\0')])
        body = tlvs16(r, [(2, sub)])
        lsa = struct.pack('!HBB', 1, 0x42, 10) + b'\x01\0\0\x07' + rbytes(r, 8) + \
            struct.pack('!HH', 0, 20 + len(body)) + body
        msg = struct.pack('!BBH', 2, 4, 28 + len(lsa)) + rbytes(r, 8) + b'\0' * 12 + struct.pack('!I', 1) + lsa
        frames.append((raw(Ether(src=MAC1, dst=MAC2) / IP(src='10.0.0.1', dst='224.0.0.5', proto=89) / Raw(msg)), 0))
    return [(d, w or len(d)) for d, w in frames]


GENERATORS = {'ospf': (gen_ospf, 89), 'pim': (gen_pim, 103), 'autorp': (gen_autorp, 496), 'dvmrp': (gen_dvmrp, 0x13), 'ldp': (gen_ldp, 646), 'bgp': (gen_bgp, 0xb6b), 'bgp-mp': (gen_bgp_mp, 0xb6c)}


def main():
    names = sys.argv[1:] or list(GENERATORS)
    for name in names:
        gen, seed = GENERATORS[name]
        frames = gen(random.Random(seed))
        write_pcap('cov-routing-%s.pcap' % name, frames)
        print('cov-routing-%s.pcap: %d packets' % (name, len(frames)))


if __name__ == '__main__':
    main()
