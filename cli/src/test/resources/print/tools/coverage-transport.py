#!/usr/bin/python3
"""Writes captures/cov-transport-*.pcap: packets aimed at printer code no other capture reaches
(SCTP and M3UA, ISAKMP/IKEv1/IKEv2, NFS, and BOOTP, ICMPv6, DNS, DHCPv6, Geneve/VXLAN-GPE/NSH,
Mobility, LWRES), built with field values drawn from a seeded random generator around those
paths: unknown types, wrong lengths and counts, truncated options, some frames cut short
(caplen less than the wire length). Deterministic; re-run to re-make them:

    /usr/bin/python3 coverage-transport.py [sctp isakmp nfs udp ip6]

cov-transport-udp.pcap holds BOOTP/DHCP, DNS, LWRES, Geneve, VXLAN-GPE and NSH;
cov-transport-ip6.pcap ICMPv6, DHCPv6 and Mobility. A tenth of the frames has a few bytes past
the headers changed at random (COV_MUTATE).
"""
import os, random, struct, sys
from scapy.all import Ether, IP, IPv6, UDP, TCP, Raw, conf

conf.verb = 0
MUTATE = float(os.environ.get('COV_MUTATE', '0.1'))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tinypcap  # noqa: E402

OUT = os.environ.get('COV_OUT') or os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'captures')


def write(name, frames):
    """Ethernet frames, one a second; a frame given as (bytes, wire_len) is a cut one."""
    tinypcap.save(os.path.join(OUT, name), frames)


def eth(rnd, p, cut_share=0.1):
    raw = bytes(Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02') / p)
    if rnd.random() < MUTATE and len(raw) > 62:
        # a few bytes past the network and transport headers changed at random
        b = bytearray(raw)
        for _ in range(rnd.randrange(1, 4)):
            b[rnd.randrange(62, len(b))] = rnd.randrange(256)
        raw = bytes(b)
    if rnd.random() < cut_share and len(raw) > 40:
        return raw[:rnd.randrange(34, len(raw))], len(raw)
    return raw


def rbytes(rnd, n):
    return bytes(rnd.randrange(256) for _ in range(n))


def pad4(b):
    return b + b'\0' * (-len(b) % 4)


def w32(*ws):
    return b''.join(struct.pack('!I', w & 0xffffffff) for w in ws)


# ---------------------------------------------------------------- SCTP and M3UA

M3UA_TAGS = [0x0004, 0x0006, 0x0007, 0x0009, 0x000b, 0x000c, 0x000d, 0x0011, 0x0012, 0x0013,
             0x0200, 0x0204, 0x0205, 0x0206, 0x0207, 0x0208, 0x0209, 0x020a, 0x020b, 0x020c,
             0x020e, 0x0210, 0x0212, 0x0213]


def m3ua(rnd):
    params = b''
    for _ in range(rnd.randrange(0, 5)):
        tag = rnd.choice(M3UA_TAGS + [rnd.randrange(1 << 16)])
        v = rbytes(rnd, rnd.choice([0, 1, 2, 3, 4, 4, 4, 5, 8, 11]))
        ln = 4 + len(v)
        if rnd.random() < 0.12:
            ln = rnd.choice([0, 3, 4, ln + 9, rnd.randrange(1 << 16)])
        params += struct.pack('!HH', tag, ln) + pad4(v)
    ver = rnd.choice([1] * 9 + [2])
    if rnd.random() < 0.1:
        params += rbytes(rnd, rnd.randrange(1, 4))
    cls = rnd.choice([0, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7, 8, 9, 9, 10, 11, rnd.randrange(256)])
    typ = rnd.choice([0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 6, 7, rnd.randrange(256)])
    ln = 8 + len(params)
    if rnd.random() < 0.12:
        ln = rnd.choice([ln + 4, ln - 1, 0, rnd.randrange(1 << 32)])
    m = struct.pack('!BBBBI', ver, 0, cls, typ, ln & 0xffffffff) + params
    if rnd.random() < 0.05:
        m = m[:rnd.randrange(0, 8)]
    return m


def sctp_chunk(rnd):
    t = rnd.choice([0, 0, 0, 1, 2, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 0xc0, 0xc1, 0xc2,
                    rnd.randrange(256)])
    flags = rnd.randrange(256) if rnd.random() < 0.5 else rnd.randrange(8)
    if t == 0:
        ppid = 3 if rnd.random() < 0.5 else rnd.choice(list(range(0, 30)) * 3 + [rnd.randrange(1 << 32)])
        pay = m3ua(rnd) if ppid == 3 and rnd.random() < 0.9 else rbytes(rnd, rnd.randrange(0, 20))
        body = struct.pack('!IHHI', rnd.randrange(1 << 32), rnd.randrange(1 << 16),
                           rnd.randrange(1 << 16), ppid) + pay
        if rnd.random() < 0.1:
            body = body[:rnd.randrange(0, 13)]
    elif t in (1, 2):
        body = struct.pack('!IIHHI', *(rnd.randrange(1 << 32), rnd.randrange(1 << 32),
                                       rnd.randrange(1 << 16), rnd.randrange(1 << 16),
                                       rnd.randrange(1 << 32))) + rbytes(rnd, rnd.choice([0, 0, 4, 8]))
        if rnd.random() < 0.1:
            body = body[:rnd.randrange(0, 16)]
    elif t == 3:
        gaps, dups = rnd.randrange(0, 4), rnd.randrange(0, 4)
        body = struct.pack('!IIHH', rnd.randrange(1 << 32), rnd.randrange(1 << 32),
                           rnd.choice([gaps, gaps, rnd.randrange(8)]),
                           rnd.choice([dups, dups, rnd.randrange(8)]))
        body += rbytes(rnd, 4 * (gaps + dups)) + rbytes(rnd, rnd.choice([0, 0, 0, 1, 2, 3]))
        if rnd.random() < 0.1:
            body = body[:rnd.randrange(0, 12)]
    else:
        body = rbytes(rnd, rnd.randrange(0, 12))
    ln = 4 + len(body)
    if rnd.random() < 0.12:
        ln = rnd.choice([0, 1, 3, ln + 1, ln + 3, ln + 40, rnd.randrange(1 << 16)])
    c = struct.pack('!BBH', t, flags, ln & 0xffff) + body
    return pad4(c) if rnd.random() < 0.9 else c


def sctp(rnd, n):
    out = []
    for i in range(n):
        sport = rnd.choice([6704, 6705, 6706]) if rnd.random() < 0.08 else rnd.randrange(1, 65536)
        dport = rnd.choice([rnd.randrange(1, 65536), 2905, 2905])
        chunks = b''.join(sctp_chunk(rnd) for _ in range(rnd.choice([1, 1, 1, 2, 3])))
        if rnd.random() < 0.1:
            chunks = chunks[:len(chunks) - rnd.randrange(1, 4)] if len(chunks) > 4 else chunks
        hdr = struct.pack('!HHII', sport, dport, rnd.randrange(1 << 32), 0)
        seg = hdr + chunks
        if rnd.random() < 0.03:
            seg = seg[:rnd.randrange(0, 12)]
        if rnd.random() < 0.3:
            p = IPv6(src='2001:db8::1', dst='2001:db8::2', nh=132) / Raw(seg)
        else:
            p = IP(src='10.1.0.1', dst='10.1.0.2', proto=132) / Raw(seg)
        out.append(eth(rnd, p))
    return out


# ---------------------------------------------------------------- ISAKMP, IKEv1 and IKEv2

def attrs(rnd, n):
    """ISAKMP data attributes: short (AF bit) and variable ones, some with odd lengths."""
    b = b''
    for _ in range(n):
        t = rnd.choice(list(range(0, 20)) + [rnd.randrange(1 << 15)])
        if rnd.random() < 0.6:
            b += struct.pack('!HH', 0x8000 | t, rnd.choice([0, 1, 2, 3, 4, 5, 7, 14, rnd.randrange(1 << 16)]))
        else:
            v = rbytes(rnd, rnd.choice([0, 1, 2, 4, 4, 8]))
            ln = len(v) if rnd.random() < 0.9 else rnd.randrange(1 << 16)
            b += struct.pack('!HH', t, ln) + v
    return b


def gen_hdr(rnd, np, body, crit=0):
    ln = 4 + len(body)
    if rnd.random() < 0.05:
        ln = rnd.choice([0, 3, 4, rnd.randrange(5, 8), ln - 1, ln + 5, rnd.randrange(1 << 16)])
    return struct.pack('!BBH', np, crit, ln & 0xffff) + body


def chain(rnd, items):
    """items: (type, body) list; each payload's next-payload names the one after it."""
    out = b''
    for i, (t, body) in enumerate(items):
        np = items[i + 1][0] if i + 1 < len(items) else 0
        if rnd.random() < 0.03:
            np = rnd.randrange(256)
        out += gen_hdr(rnd, np, body, 0x80 if rnd.random() < 0.1 else 0)
    return out


def v1_sa(rnd):
    props = []
    for pn in range(rnd.randrange(1, 3)):
        proto = rnd.choice([1, 2, 3, 4, 1, 3, rnd.randrange(256)])
        spi = rbytes(rnd, rnd.choice([0, 4, 4, 2, 16]))
        ts = [(3, struct.pack('!BBH', tn, rnd.choice(list(range(0, 13)) + [rnd.randrange(256)]), 0) +
               attrs(rnd, rnd.randrange(0, 6))) for tn in range(rnd.randrange(0, 3))]
        props.append((2, struct.pack('!BBBB', pn, proto, len(spi), len(ts)) + spi + chain(rnd, ts)))
    doi = 1 if rnd.random() < 0.85 else rnd.randrange(1 << 32)
    sit = rnd.choice([1, 1, 2, 3, 4, 5, 7, 0, rnd.randrange(1 << 32)])
    body = struct.pack('!II', doi, sit)
    if sit != 1:
        body += struct.pack('!I', rnd.randrange(1 << 32))
    return body + chain(rnd, props)


def v1_id(rnd):
    t = rnd.choice(list(range(0, 13)) + [1, 4, 5, 6, 7, 8, rnd.randrange(256)])
    n = {1: 4, 4: 8, 5: 16, 6: 32, 7: 8, 8: 32}.get(t, rnd.randrange(0, 20))
    if rnd.random() < 0.2:
        n = rnd.randrange(0, 40)
    elif rnd.random() < 0.2:
        n = rnd.randrange(0, n + 1)
    data = bytes(rnd.choice(b'abcxyz.@-') for _ in range(n)) if t in (2, 3) else rbytes(rnd, n)
    return struct.pack('!BBH', t, rnd.choice([0, 6, 17, rnd.randrange(256)]), rnd.choice([0, 500, rnd.randrange(1 << 16)])) + data


def v1_n(rnd):
    doi = 1 if rnd.random() < 0.85 else rnd.randrange(1 << 32)
    t = rnd.choice([1, 14, 30, 8192, 8193, 9000, 16384, 16385, 20000, 24576, 24576, 24577, 24577, 24578, 24579, 30000, 40000, rnd.randrange(1 << 16)])
    spi = rbytes(rnd, rnd.choice([0, 0, 4, 8, 16]))
    if t == 24576:
        data = attrs(rnd, rnd.randrange(0, 4))
    elif t == 24577:
        data = rbytes(rnd, rnd.choice([4, 4, 0, 2]))
    else:
        data = rbytes(rnd, rnd.choice([0, 0, 3, 8, 20]))
    return struct.pack('!IBBH', doi, rnd.choice([0, 1, 2, 3, 4, 9]), len(spi), t) + spi + data


def v1_d(rnd):
    doi = 1 if rnd.random() < 0.85 else rnd.randrange(1 << 32)
    sz, num = rnd.choice([0, 4, 16]), rnd.randrange(0, 4)
    return struct.pack('!IBBH', doi, rnd.choice([1, 2, 3, 4, 7]), sz, rnd.choice([num, num, num + 2])) + rbytes(rnd, sz * num)


def v1_payload(rnd):
    t = rnd.choice([1, 1, 4, 5, 5, 5, 5, 5, 6, 7, 8, 9, 10, 11, 11, 11, 12, 12, 13, 14, 20, rnd.randrange(256)])
    if t == 1:
        return t, v1_sa(rnd)
    if t == 5:
        return t, v1_id(rnd)
    if t == 11:
        return t, v1_n(rnd)
    if t == 12:
        return t, v1_d(rnd)
    if t in (6, 7):
        return t, bytes([rnd.choice([0, 1, 4, 11, rnd.randrange(256)])]) + rbytes(rnd, rnd.randrange(0, 8))
    return t, rbytes(rnd, rnd.choice([0, 1, 4, 8, 20]))


def v2_sa(rnd):
    props = []
    for pn in range(rnd.randrange(1, 3)):
        proto = rnd.choice([1, 2, 3, 1, 3, rnd.randrange(256)])
        spi = rbytes(rnd, rnd.choice([0, 4, 8, 8]))
        ts = []
        for _ in range(rnd.randrange(0, 4)):
            tt = rnd.choice([1, 2, 3, 4, 5, rnd.randrange(256)])
            ts.append((3, struct.pack('!BBH', tt, 0, rnd.choice([1, 2, 3, 5, 12, 14, 19, 20, 31, rnd.randrange(1 << 16)])) +
                       attrs(rnd, rnd.choice([0, 0, 1, 2]))))
        num = len(ts) if rnd.random() < 0.9 else rnd.randrange(8)
        if rnd.random() < 0.08:  # a proposal too short for its SPI
            props.append((2, struct.pack('!BBBB', pn + 1, proto, 16, num) + rbytes(rnd, 4)))
            continue
        props.append((2, struct.pack('!BBBB', pn + 1, proto, len(spi), num) + spi + chain(rnd, ts)))
    return chain(rnd, props) + (rbytes(rnd, rnd.randrange(1, 4)) if rnd.random() < 0.08 else b'')


def v2_ts(rnd):
    sels = b''
    n = rnd.randrange(0, 3)
    for _ in range(n):
        st = rnd.choice([7, 7, 8, 8, rnd.randrange(256)])
        a = rbytes(rnd, 8 if st == 7 else 32 if st == 8 else rnd.randrange(0, 12))
        ln = 8 + len(a) if rnd.random() < 0.85 else rnd.choice([0, 4, 7, 8, 40])
        sels += struct.pack('!BBHHH', st, rnd.choice([0, 6, 17]), ln, rnd.randrange(1 << 16), rnd.randrange(1 << 16)) + a
    return struct.pack('!BBH', rnd.choice([n, n, n + 1]), 0, 0) + sels


def v2_payload(rnd):
    t = rnd.choice([33, 33, 34, 35, 36, 37, 38, 39, 40, 41, 41, 41, 42, 43, 44, 45, 46, 47, 48, 53, rnd.randrange(256)])
    if t == 33:
        return t, v2_sa(rnd)
    if t == 34:
        return t, struct.pack('!HH', rnd.choice([1, 2, 14, 19, 31, rnd.randrange(1 << 16)]), 0) + rbytes(rnd, rnd.choice([0, 4, 16]))
    if t in (35, 36):
        it = rnd.choice([1, 2, 3, 5, 9, 10, 11, 12, rnd.randrange(256)])
        data = bytes(rnd.choice(b'abcxyz.@-\x01') for _ in range(rnd.randrange(0, 12))) if it in (2, 3) else rbytes(rnd, rnd.choice([0, 4, 16, 7]))
        return t, struct.pack('!B3x', it) + data
    if t in (37, 38):
        return t, bytes([rnd.choice([1, 4, 11, 12, rnd.randrange(256)])]) + rbytes(rnd, rnd.randrange(0, 8))
    if t == 39:
        return t, struct.pack('!B3x', rnd.choice([1, 2, 3, 9, 14, rnd.randrange(256)])) + rbytes(rnd, rnd.choice([0, 4, 16]))
    if t == 41:
        nt = rnd.choice([1, 4, 4, 5, 7, 9, 11, 14, 17, 24, 34, 35, 36, 37, 38, 39, 40, 43, 44, 16384, 16385, 16386,
                         16387, 16388, 16389, 16390, 16391, 16391, 16392, 16393, 16394, 16395, 16396, 16404, 40960, 50000, 8192, 9000,
                         rnd.randrange(1 << 16)])
        spi = rbytes(rnd, rnd.choice([0, 0, 4, 8]))
        data = rbytes(rnd, rnd.choice([0, 0, 4, 5, 12]))
        return t, struct.pack('!BBH', rnd.choice([0, 1, 2, 3]), len(spi), nt) + spi + data
    if t == 42:
        sz, num = rnd.choice([0, 4, 8]), rnd.randrange(0, 3)
        return t, struct.pack('!BBH', rnd.choice([1, 2, 3]), sz, num) + rbytes(rnd, sz * num)
    if t in (44, 45):
        return t, v2_ts(rnd)
    return t, rbytes(rnd, rnd.choice([0, 1, 4, 8, 20]))


def isakmp(rnd, n):
    out = []
    for i in range(n):
        v2 = rnd.random() < 0.5
        if v2:
            items = [v2_payload(rnd) for _ in range(rnd.choice([1, 1, 2, 3]))]
            if items and items[0][0] == 46 and rnd.random() < 0.5:
                items = items[:1]
            vers = rnd.choice([0x20, 0x20, 0x20, 0x21])
            xch = rnd.choice([34, 35, 36, 37, 37, 2, rnd.randrange(256)])
            flags = rnd.choice([0x08, 0x20, 0x28, 0x10, 0, rnd.randrange(256)])
        else:
            items = [v1_payload(rnd) for _ in range(rnd.choice([1, 1, 2, 3]))]
            vers = rnd.choice([0x10, 0x10, 0x10, 0x11, 0x30])
            xch = rnd.choice([0, 1, 2, 4, 5, 6, 32, rnd.randrange(256)])
            flags = rnd.choice([0, 0, 1, 2, 4, rnd.randrange(256)])
        body = chain(rnd, items)
        np = items[0][0] if rnd.random() < 0.97 else rnd.randrange(256)
        msgid = 0 if rnd.random() < 0.4 else rnd.randrange(1 << 32)
        ln = 28 + len(body)
        if rnd.random() < 0.07:
            ln = rnd.choice([0, 27, ln - 3, ln + 8, rnd.randrange(1 << 32)])
        msg = rbytes(rnd, 8) + (b'\0' * 8 if rnd.random() < 0.3 else rbytes(rnd, 8))
        msg += struct.pack('!BBBBII', np, vers, xch, flags, msgid, ln) + body
        r = rnd.random()
        if r < 0.15:
            udp = UDP(sport=4500, dport=4500) / Raw(b'\0\0\0\0' + msg)
        elif r < 0.2:
            udp = UDP(sport=4500, dport=4500) / Raw(msg[:rnd.randrange(0, 12)] if rnd.random() < 0.5 else b'\xff')
        else:
            udp = UDP(sport=500, dport=500) / Raw(msg)
        p = (IPv6(src='2001:db8::1', dst='2001:db8::2') if rnd.random() < 0.2 else IP(src='10.2.0.1', dst='10.2.0.2')) / udp
        out.append(eth(rnd, p, 0.2))
    return out


# ---------------------------------------------------------------- NFS v2 and v3 over Sun RPC

NFS_ERRS = [1, 2, 5, 6, 11, 12, 13, 17, 18, 19, 20, 21, 22, 26, 27, 28, 30, 31, 45, 62, 63, 66, 69,
            70, 71, 99, 10001, 10002, 10003, 10004, 10005, 10006, 10007, 10008, 10009, 77]


def nfs_fh(rnd, n):
    """File handle bytes shaped like the servers tcpdump's nfs_fhandle.c recognises."""
    fh = bytearray(rbytes(rnd, n))
    k = rnd.randrange(9)
    if k == 0:    # Auspex: bytes 2 and 3 zero, byte 1 small
        fh[0], fh[1], fh[2], fh[3] = 6, rnd.randrange(0, 4), 0, 0
    elif k == 1:  # DEC OSF/1
        fh[4], fh[5], fh[8], fh[9] = rnd.randrange(1, 256), 0, 12, 0
        if rnd.random() < 0.5:
            fh[0] = 6
        elif rnd.random() < 0.6:
            fh[0], fh[1], fh[2] = 0, 0, rnd.randrange(1, 256)
    elif k == 2:  # IRIX 4
        fh[0], fh[4], fh[5], fh[6], fh[7] = rnd.choice([6, 7]), 0, 8, 0, 0
        if rnd.random() < 0.6:
            fh[0], fh[1], fh[3] = 0, 0, rnd.randrange(1, 256)
    elif k == 3:  # 4.4BSD
        fh[2], fh[3], fh[6], fh[7] = 0, 0, 0, 0
    elif k == 4:  # Ultrix
        fh[2], fh[3], fh[21], fh[23] = 0, 0, 0, 0
        fh[6] = rnd.randrange(1, 256)
    elif k == 5:  # SunOS 5
        fh[2], fh[3], fh[9] = 0, 0, 10
        fh[6] = rnd.randrange(1, 256)
    elif k == 6:  # HP-UX 9 and SunOS 5
        fh[8], fh[9] = 0, 10
        if rnd.random() < 0.5:
            fh[4:8] = b'\0\0\0\0'
    elif k == 7:  # AIX 3.2 / Linux-ish, minor 257 with a text part
        fh[0:4] = struct.pack('<I', 257)
        fh[8:14] = bytes(rnd.choice(b'abc\0') for _ in range(6))
    elif k == 8:  # mostly zeros
        fh = bytearray(n)
        fh[rnd.randrange(n)] = rnd.randrange(256)
    return bytes(fh)


def fh3(rnd):
    n = rnd.choice([32, 32, 28, 64, 8, 0, 12, 36])
    return struct.pack('!I', n) + nfs_fh(rnd, max(n, 24))[:n] if n >= 24 or rnd.random() < 0.5 else struct.pack('!I', n) + rbytes(rnd, n)


def fname(rnd):
    t = bytes(rnd.choice(b'abcdefxyz.\x01\x7f\xe9 ') for _ in range(rnd.randrange(0, 14)))
    ln = len(t) if rnd.random() < 0.95 else rnd.choice([len(t) + 9, 0xffffffff, 0xfffffffe])
    return struct.pack('!I', ln & 0xffffffff) + pad4(t)


def sattr3(rnd):
    b = b''
    for _ in range(4):  # mode, uid, gid, size (tcpdump reads a 4-byte size)
        if rnd.random() < 0.5:
            b += w32(1, rnd.choice([0o644, 0o755, 0o4777, rnd.randrange(1 << 32)]))
        else:
            b += w32(0)
    for _ in range(2):  # atime, mtime: don't change, server time, client time
        t = rnd.choice([0, 1, 2, 2, 3])
        b += w32(t) + (w32(rnd.randrange(1 << 32), rnd.randrange(1 << 32)) if t == 2 else b'')
    return b


def fattr(rnd, v3):
    t = rnd.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, rnd.randrange(1 << 32)])
    if v3:
        return w32(t, rnd.randrange(1 << 16), rnd.randrange(5), rnd.randrange(2000), rnd.randrange(2000)) + rbytes(rnd, 8 * 3) + \
            rbytes(rnd, 16) + w32(*[rnd.randrange(1 << 32) for _ in range(6)])
    return w32(t, rnd.randrange(1 << 16), rnd.randrange(5), rnd.randrange(2000), rnd.randrange(2000)) + rbytes(rnd, 48)


def post_op(rnd):
    return w32(1) + fattr(rnd, True) if rnd.random() < 0.7 else w32(0)


def wcc(rnd):
    pre = w32(1) + rbytes(rnd, 24) if rnd.random() < 0.6 else w32(0)
    return pre + post_op(rnd)


def nfs_call_args(rnd, v3, proc):
    fh = (lambda: fh3(rnd)) if v3 else (lambda: nfs_fh(rnd, 32))
    if not v3:  # version 2 procedure numbers
        if proc in (1, 4, 5, 17):
            return fh() + w32(*[rnd.randrange(1 << 32) for _ in range(rnd.randrange(0, 10))])
        if proc == 2:
            return fh() + w32(*[rnd.randrange(1 << 32) for _ in range(8)])
        if proc in (4, 9, 10, 14, 15):
            return fh() + fname(rnd) + w32(*[rnd.randrange(1 << 32) for _ in range(8)])
        if proc == 6:
            return fh() + w32(rnd.randrange(1 << 32), rnd.randrange(1 << 16), rnd.randrange(1 << 16))
        if proc == 8:
            return fh() + w32(rnd.randrange(1 << 32), rnd.randrange(1 << 32), rnd.randrange(1 << 32), rnd.randrange(1 << 16))
        if proc in (11, 12):
            return fh() + fname(rnd) + fh() + fname(rnd)
        if proc == 13:
            return fh() + fname(rnd) + fname(rnd) + rbytes(rnd, 32)
        if proc == 16:
            return fh() + w32(rnd.randrange(1 << 32), rnd.randrange(1 << 16))
        return fh() + rbytes(rnd, rnd.randrange(0, 16))
    if proc in (1, 5, 18, 19, 20):
        return fh()
    if proc == 2:
        return fh() + sattr3(rnd) + w32(rnd.choice([0, 1])) + rbytes(rnd, 8)
    if proc in (3, 12, 13):
        return fh() + fname(rnd) + (sattr3(rnd) if proc == 9 else b'')
    if proc == 4:
        return fh() + w32(rnd.choice([0x3f, 0x1, 0x5, 0x12, 0x20, 0x40, 0x3e, rnd.randrange(1 << 32)]))
    if proc in (6, 21):
        return fh() + rbytes(rnd, 8) + w32(rnd.randrange(1 << 16))
    if proc == 7:
        return fh() + rbytes(rnd, 8) + w32(rnd.randrange(1 << 16), rnd.randrange(1 << 16), rnd.choice([0, 1, 2, 3, 9])) + rbytes(rnd, 8)
    if proc == 8:
        return fh() + fname(rnd) + w32(rnd.choice([0, 1, 2, 5])) + sattr3(rnd)
    if proc == 9:
        return fh() + fname(rnd) + sattr3(rnd)
    if proc == 10:
        return fh() + fname(rnd) + sattr3(rnd) + fname(rnd)
    if proc == 11:
        t = rnd.choice([1, 2, 3, 4, 5, 6, 7, 8, rnd.randrange(1 << 32)])
        b = fh() + fname(rnd) + w32(t) + sattr3(rnd)
        if t in (3, 4) or rnd.random() < 0.2:
            b += w32(rnd.randrange(256), rnd.randrange(256))
        return b
    if proc == 14:
        return fh() + fname(rnd) + fh() + fname(rnd)
    if proc == 15:
        return fh() + fh() + fname(rnd)
    if proc == 16:
        return fh() + rbytes(rnd, 16) + w32(rnd.randrange(1 << 16))
    if proc == 17:
        return fh() + rbytes(rnd, 16) + w32(rnd.randrange(1 << 16), rnd.randrange(1 << 16))
    return fh() + rbytes(rnd, rnd.randrange(0, 16))


def dir_entries(rnd, v3, plus):
    b = b''
    for _ in range(rnd.randrange(0, 4)):
        b += w32(1) + (rbytes(rnd, 8) if v3 else w32(rnd.randrange(1 << 32))) + fname(rnd) + (rbytes(rnd, 8) if v3 else w32(rnd.randrange(1 << 32)))
        if plus:
            b += post_op(rnd) + (w32(1) + fh3(rnd) if rnd.random() < 0.6 else w32(0))
    return b + w32(0, rnd.choice([0, 1]))


def nfs_reply_body(rnd, v3, proc):
    st = 0 if rnd.random() < 0.7 else rnd.choice(NFS_ERRS)
    ok = st == 0
    b = w32(st)
    if not v3:
        if proc in (1, 2, 8):
            return b + (fattr(rnd, False) if ok else b'')
        if proc in (4, 9, 14):
            return b + (nfs_fh(rnd, 32) + fattr(rnd, False) if ok else b'')
        if proc == 5:
            return b + (fname(rnd) if ok else b'')
        if proc == 6:
            return b + (fattr(rnd, False) + fname(rnd) if ok else b'')
        if proc == 16:
            return b + (dir_entries(rnd, False, False) if ok else b'')
        if proc == 17:
            return b + (w32(*[rnd.randrange(1 << 16) for _ in range(5)]) if ok else b'')
        return b
    if proc == 1:
        return b + (fattr(rnd, True) if ok else b'')
    if proc in (2, 12, 13, 21):
        return b + wcc(rnd) + (rbytes(rnd, 8) if proc == 21 and ok else b'')
    if proc == 3:
        return b + (fh3(rnd) + post_op(rnd) + post_op(rnd) if ok else post_op(rnd))
    if proc == 4:
        return b + post_op(rnd) + (w32(rnd.randrange(64)) if ok else b'')
    if proc == 5:
        return b + post_op(rnd) + (fname(rnd) if ok else b'')
    if proc == 6:
        return b + post_op(rnd) + (w32(rnd.randrange(1 << 16), rnd.choice([0, 1]), 4) + rbytes(rnd, 4) if ok else b'')
    if proc == 7:
        return b + wcc(rnd) + (w32(rnd.randrange(1 << 16), rnd.choice([0, 1, 2, 7])) + rbytes(rnd, 8) if ok else b'')
    if proc in (8, 9, 10, 11):
        return b + ((w32(1) + fh3(rnd) if rnd.random() < 0.7 else w32(0)) + post_op(rnd) if ok else b'') + wcc(rnd)
    if proc == 14:
        return b + wcc(rnd) + wcc(rnd)
    if proc == 15:
        return b + post_op(rnd) + wcc(rnd)
    if proc in (16, 17):
        return b + post_op(rnd) + (rbytes(rnd, 8) + dir_entries(rnd, True, proc == 17) if ok else b'')
    if proc == 18:
        return b + post_op(rnd) + (rbytes(rnd, 48) + w32(rnd.randrange(1 << 32)) if ok else b'')
    if proc == 19:
        return b + post_op(rnd) + (w32(*[rnd.randrange(1 << 16) for _ in range(7)]) + rbytes(rnd, 16) + w32(rnd.randrange(32)) if ok else b'')
    if proc == 20:
        return b + post_op(rnd) + (w32(rnd.randrange(1 << 16), rnd.randrange(256), *[rnd.choice([0, 1]) for _ in range(4)]) if ok else b'')
    return b + rbytes(rnd, rnd.randrange(0, 12))


def nfs(rnd, n):
    out, calls = [], []
    for i in range(n):
        v6 = rnd.random() < 0.3
        cli, srv = ('2001:db8::a', '2001:db8::b') if v6 else ('10.3.0.1', '10.3.0.2')
        tcp = rnd.random() < 0.2
        if rnd.random() < 0.5 or not calls:
            xid = rnd.randrange(1 << 32)
            vers = rnd.choice([2, 3, 3])
            proc = rnd.randrange(0, 23) if rnd.random() < 0.95 else rnd.randrange(1 << 32)
            cred = rbytes(rnd, rnd.choice([0, 4, 12, 20]))
            verf = rbytes(rnd, rnd.choice([0, 0, 8]))
            body = w32(xid, 0, 2, 100003, vers, proc, rnd.choice([0, 1]), len(cred)) + cred + w32(0, len(verf)) + verf
            body += nfs_call_args(rnd, vers == 3, proc)
            calls.append((xid, vers, proc, v6, tcp))
            src, dst, sport, dport = cli, srv, rnd.randrange(600, 1024), 2049
        else:
            xid, vers, proc, v6, tcp = rnd.choice(calls[-20:])
            cli, srv = ('2001:db8::a', '2001:db8::b') if v6 else ('10.3.0.1', '10.3.0.2')
            r = rnd.random()
            if r < 0.08:  # denied: version mismatch or an authentication error
                rs = rnd.choice([0, 1, 1, 1, 2])
                body = w32(xid, 1, 1, rs) + (w32(rnd.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 99]), rnd.randrange(4)) if rs else w32(2, 3))
            elif r < 0.14:  # accepted with an error status
                body = w32(xid, 1, 0, 0, 0, rnd.choice([1, 2, 3, 4, 5, 6, 77])) + w32(2, 3)
            elif r < 0.16:
                body = w32(xid, 1, rnd.choice([2, 5, 0xffffffff]))
            else:
                vl = rnd.choice([0, 0, 8])
                body = w32(xid, 1, 0, rnd.choice([0, 1]), vl) + rbytes(rnd, vl) + w32(0) + nfs_reply_body(rnd, vers == 3, proc)
            src, dst, sport, dport = srv, cli, 2049, rnd.randrange(600, 1024)
        if rnd.random() < 0.04:
            body = body[:rnd.randrange(0, len(body))]
        if tcp:
            l4 = TCP(sport=sport, dport=dport, flags='PA', seq=rnd.randrange(1 << 32), ack=rnd.randrange(1 << 32)) / Raw(struct.pack('!I', 0x80000000 | len(body)) + body)
        else:
            l4 = UDP(sport=sport, dport=dport) / Raw(body)
        p = (IPv6(src=src, dst=dst) if v6 else IP(src=src, dst=dst)) / l4
        out.append(eth(rnd, p, 0.06))
    return out


# ---------------------------------------------------------------- BOOTP/DHCP

DHCP_TAGS = [77, 77, 1, 3, 6, 12, 15, 19, 20, 27, 29, 30, 31, 33, 33, 34, 36, 39, 46, 46, 50, 51, 52, 52, 53,
             54, 55, 57, 60, 61, 61, 61, 77, 81, 81, 82, 82, 116, 121, 121, 249, 249, 125, 43]


def dhcp_option(rnd):
    tag = rnd.choice(DHCP_TAGS) if rnd.random() < 0.8 else rnd.randrange(1, 255)
    if tag == 33:
        v = rbytes(rnd, rnd.choice([0, 4, 8, 8, 16, 12, 9]))
    elif tag in (19, 20, 27, 29, 30, 31, 34, 36, 39, 116):
        v = bytes(rnd.choice([0, 1, 1, 0, 2, 255]) for _ in range(rnd.choice([1, 1, 2, 3, 0])))
    elif tag == 61:
        v = bytes([rnd.choice([0, 1, 6, 7, 15, 23, 24, 32, rnd.randrange(256)])]) + bytes(rnd.choice(b'abc\x01\x7f-') for _ in range(rnd.randrange(0, 10)))
        if rnd.random() < 0.1:
            v = b''
    elif tag == 81:
        v = bytes([rnd.choice([0, 1, 3, 5, 0x0f, 0x10, 0xf4, rnd.randrange(256)]), rnd.choice([0, 0, 255, 3]), rnd.choice([0, 0, 1])]) + bytes(rnd.choice(b'abc.\x00\x01') for _ in range(rnd.randrange(0, 10)))
        if rnd.random() < 0.1:
            v = v[:rnd.randrange(0, 3)]
    elif tag == 82:
        v = b''
        for _ in range(rnd.randrange(0, 4)):
            d = bytes(rnd.choice(b'abc\x01\xff') for _ in range(rnd.randrange(0, 8)))
            ln = len(d) if rnd.random() < 0.85 else rnd.randrange(256)
            v += bytes([rnd.choice([1, 2, 6, 9, rnd.randrange(256)]), ln]) + d
        if rnd.random() < 0.1:
            v += bytes([1])
    elif tag in (121, 249):
        v = b''
        for _ in range(rnd.randrange(0, 4)):
            w = rnd.choice([0, 8, 16, 24, 32, 1, 9, 31, 33, 40])
            v += bytes([w]) + rbytes(rnd, (min(w, 32) + 7) // 8) + rbytes(rnd, 4)
        if rnd.random() < 0.3:
            v = v[:rnd.randrange(0, len(v) + 1)]
    elif tag in (46, 52):
        v = bytes([rnd.choice([0, 1, 2, 3, 4, 8, 9])]) if rnd.random() < 0.85 else rbytes(rnd, rnd.choice([0, 2]))
    elif tag == 77:
        v = b''.join((lambda d: bytes([len(d)]) + d)(rbytes(rnd, rnd.randrange(0, 5))) for _ in range(rnd.randrange(1, 3)))
        if rnd.random() < 0.3:
            v += bytes([rnd.randrange(2, 9)])
    elif tag == 53:
        v = bytes([rnd.randrange(0, 20)]) if rnd.random() < 0.9 else rbytes(rnd, 2)
    else:
        v = rbytes(rnd, rnd.choice([0, 1, 2, 3, 4, 5, 8, 12]))
    return bytes([tag, len(v)]) + v


def bootp(rnd, n):
    out = []
    for i in range(n):
        op = rnd.choice([1, 2, 1, 2, 3])
        htype, hlen = (1, 6) if rnd.random() < 0.8 else (rnd.choice([6, 7, 32, 1]), rnd.choice([6, 16, 0]))
        hdr = struct.pack('!BBBBIHH', op, htype, hlen, rnd.randrange(3), rnd.randrange(1 << 32), rnd.choice([0, 0, 5]), rnd.choice([0, 0x8000, 0x0001]))
        hdr += b''.join(rnd.choice([b'\0' * 4, rbytes(rnd, 4)]) for _ in range(4))
        hdr += rbytes(rnd, 6) + b'\0' * 10
        sname = bytes(rnd.choice(b'abc\x01.') for _ in range(rnd.choice([0, 0, 5, 64]))) if rnd.random() < 0.3 else b''
        file = bytes(rnd.choice(b'abc/\x7f') for _ in range(rnd.choice([0, 7, 128]))) if rnd.random() < 0.3 else b''
        hdr += sname.ljust(64, b'\0')[:64] + file.ljust(128, b'\0')[:128]
        magic = struct.pack('!I', 0x63825363) if rnd.random() < 0.92 else rnd.choice([b'\0' * 4, rbytes(rnd, 4)])
        opts = b''
        for _ in range(rnd.randrange(1, 8)):
            if rnd.random() < 0.1:
                opts += b'\0' * rnd.randrange(1, 4)
            opts += dhcp_option(rnd)
        if rnd.random() < 0.8:
            opts += b'\xff' + (b'\0' * rnd.randrange(0, 6) if rnd.random() < 0.3 else b'')
        if rnd.random() < 0.08:
            opts = opts[:rnd.randrange(len(opts))] + bytes([rnd.randrange(256), 200])
        sp, dp = (68, 67) if op == 1 else (67, 68)
        p = IP(src='10.4.0.1', dst='10.4.0.2') / UDP(sport=sp, dport=dp) / Raw(hdr + magic + opts)
        out.append(eth(rnd, p, 0.05))
    return out


# ---------------------------------------------------------------- ICMPv6

def icmp6_csum(src, dst, body):
    from scapy.utils import checksum
    import socket
    ph = socket.inet_pton(socket.AF_INET6, src) + socket.inet_pton(socket.AF_INET6, dst) + struct.pack('!I3xB', len(body), 58)
    return checksum(ph + body)


def inner6(rnd):
    """An IPv6 header with an extension chain ending in TCP, UDP or else, as an error quotes it."""
    chain, hdrs = [], b''
    for _ in range(rnd.choice([0, 0, 1, 2, 3])):
        chain.append(rnd.choice([0, 60, 43, 44, 51]))
    last = rnd.choice([6, 17, 17, 58, 132, 59])
    nhs = chain + [last]
    for i, h in enumerate(chain):
        nh = nhs[i + 1]
        if h == 44:
            hdrs += struct.pack('!BBHI', nh, 0, rnd.choice([0, 0, 1, 8, 0x100]), rnd.randrange(1 << 32))
        elif h == 51:
            k = rnd.choice([1, 4])
            hdrs += struct.pack('!BB', nh, k) + rbytes(rnd, (k + 2) * 4 - 2)
        else:
            k = rnd.choice([0, 0, 1])
            hdrs += struct.pack('!BB', nh, k) + rbytes(rnd, (k + 1) * 8 - 2)
    up = struct.pack('!HH', rnd.randrange(1 << 16), rnd.choice([53, 80, 33434, rnd.randrange(1 << 16)])) + rbytes(rnd, rnd.choice([4, 16]))
    ip = struct.pack('!IHBB', 0x60000000, len(hdrs) + len(up), nhs[0], 64) + rbytes(rnd, 32)
    b = ip + hdrs + up
    return b[:rnd.randrange(30, len(b))] if rnd.random() < 0.15 else b


def nd_options(rnd):
    b = b''
    for _ in range(rnd.randrange(0, 5)):
        t = rnd.choice([1, 2, 3, 4, 5, 7, 8, 14, 24, 24, 24, 25, 31, 37, 38, rnd.randrange(256)])
        if t == 24:
            ln = rnd.choice([1, 2, 3, 4, 0])
        elif t == 3:
            ln = rnd.choice([4, 4, 2])
        else:
            ln = rnd.choice([1, 1, 2, 3, 0])
        body = bytearray(rbytes(rnd, max(ln * 8 - 2, 0)))
        if t == 24 and len(body) >= 2:
            body[0] = rnd.choice([0, 8, 48, 64, 65, 128, 129])
        b += bytes([t, ln]) + bytes(body)
        if ln == 0:
            break
    return b


def icmp6_body(rnd):
    t = rnd.choice([1, 1, 1, 2, 3, 4, 128, 129, 130, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140,
                    141, 141, 142, 142, 143, 144, 145, 146, 147, 151, 152, 153, 155, 200, rnd.randrange(256)])
    code = rnd.choice([0, 0, 1, 2, 3, 4, 5, rnd.randrange(256)])
    if t == 1 and rnd.random() < 0.6:
        code = 4
    if t in (1, 3, 4):
        rest = w32(rnd.randrange(1 << 32)) + inner6(rnd)
    elif t == 2:
        rest = w32(rnd.choice([1280, 1500, 0])) + inner6(rnd)
    elif t == 130:
        rest = rbytes(rnd, rnd.choice([20, 24, 16, 28, 36, 2]))
        if len(rest) == 20 and rnd.random() < 0.5:
            rest = rest[:4] + b'\xff\x02' + rest[6:]
    elif t == 134:
        rest = bytes([rnd.randrange(256), rnd.choice([0, 0x80, 0x40, 0xc0, 0x18, 0x08, 0x02, rnd.randrange(256)])]) + rbytes(rnd, 10) + nd_options(rnd)
    elif t in (133, 141, 142, 137, 135, 136):
        rest = rbytes(rnd, {133: 4, 141: 4, 142: 4, 137: 36, 135: 20, 136: 20}[t]) + nd_options(rnd)
    elif t in (139, 140):
        rest = struct.pack('!HH', rnd.choice([0, 2, 3, 4, 5]), rnd.randrange(1 << 16)) + rbytes(rnd, 8) + rbytes(rnd, rnd.choice([0, 4, 16, 9]))
    elif t == 155:
        code = rnd.choice([0, 1, 2, 3, 0x80, 0x81, 0x8a, rnd.randrange(256)])
        rest = rbytes(rnd, rnd.choice([0, 4, 8, 24, 28]))
    else:
        rest = rbytes(rnd, rnd.choice([4, 8, 20]))
    return struct.pack('!BBH', t, code, 0) + rest


def icmp6(rnd, n):
    out = []
    src, dst = 'fe80::1', 'ff02::1'
    for i in range(n):
        body = bytearray(icmp6_body(rnd))
        c = icmp6_csum(src, dst, bytes(body))
        if rnd.random() < 0.95:
            body[2:4] = struct.pack('!H', c)
        p = IPv6(src=src, dst=dst, nh=58, hlim=255) / Raw(bytes(body))
        out.append(eth(rnd, p, 0.08))
    return out


# ---------------------------------------------------------------- DNS

def dname(rnd):
    if rnd.random() < 0.1:
        return b'\xc0\x0c'
    labels = [bytes(rnd.choice(b'abcxyz09-') for _ in range(rnd.randrange(1, 8))) for _ in range(rnd.randrange(0, 3))]
    return b''.join(bytes([len(l)]) + l for l in labels) + b'\0'


def rdata(rnd, t):
    if t == 1:
        return rbytes(rnd, 4)
    if t in (2, 5, 12, 39):
        return dname(rnd)
    if t == 6:
        return dname(rnd) + dname(rnd) + rbytes(rnd, 20)
    if t == 15:
        return rbytes(rnd, 2) + dname(rnd)
    if t == 16:
        return b''.join(bytes([k]) + rbytes(rnd, k) for k in [rnd.randrange(8) for _ in range(rnd.randrange(1, 3))])
    if t == 28:
        return rbytes(rnd, 16)
    if t == 33:
        return rbytes(rnd, 6) + dname(rnd)
    if t == 38:
        pl = rnd.choice([0, 64, 128, 129, 120, 7])
        return bytes([pl]) + rbytes(rnd, 16 - min(pl, 128) // 8 if pl <= 128 else 2) + (dname(rnd) if 0 < pl <= 128 else b'')
    if t == 250:
        return dname(rnd) + rbytes(rnd, 6) + struct.pack('!HH', 300, 4) + rbytes(rnd, 4) + struct.pack('!HHH', 1, 0, 0)
    if t == 256:
        return rbytes(rnd, 4) + b'http://x'
    return rbytes(rnd, rnd.choice([0, 2, 5]))


def edns_options(rnd):
    b = b''
    for _ in range(rnd.randrange(0, 4)):
        o = rnd.choice([3, 5, 6, 7, 8, 9, 10, 10, 11, 12, 13, 14, 15, rnd.randrange(1 << 16)])
        if o in (5, 6, 7):
            v = bytes(rnd.choice([0, 1, 2, 3, 4, 5, 8, 10, 10, 13, 14, 15, 16, 252, 253, 254, 99]) for _ in range(rnd.randrange(0, 5)))
        elif o == 8:
            fam = rnd.choice([1, 2, 3])
            sp = rnd.choice([0, 8, 24, 32, 33, 64, 128])
            v = struct.pack('!HBB', fam, sp, rnd.choice([0, 0, 8])) + rbytes(rnd, (sp + 7) // 8 if rnd.random() < 0.8 else 2)
            if rnd.random() < 0.1:
                v = v[:rnd.randrange(1, 4)]
        elif o == 10:
            v = rbytes(rnd, rnd.choice([8, 16, 24, 40, 7, 12, 41]))
        elif o == 13:
            v = dname(rnd)
        else:
            v = rbytes(rnd, rnd.choice([0, 2, 4, 5]))
        b += struct.pack('!HH', o, len(v)) + v
    return b


def dns(rnd, n):
    out = []
    types = [1, 2, 5, 6, 12, 15, 16, 28, 33, 38, 39, 104, 250, 256, 41, rnd.randrange(1 << 16)]
    for i in range(n):
        qr = rnd.choice([0, 1])
        flags = (qr << 15) | rnd.randrange(1 << 15) if rnd.random() < 0.3 else (qr << 15) | 0x0100
        qd = [dname(rnd) + struct.pack('!HH', rnd.choice(types), rnd.choice([1, 3, 4, 255, 254, 0x8001])) for _ in range(rnd.choice([1, 1, 0, 2]))]
        rrs = []
        for _ in range(rnd.randrange(0, 4)):
            t = 41 if rnd.random() < 0.25 else rnd.choice(types)
            if t == 41:
                rd = edns_options(rnd)
                rrs.append(b'\0' + struct.pack('!HHIH', 41, rnd.choice([512, 4096, 1232]), rnd.choice([0, 0x8000, 0x01008000, 0x00010000]), len(rd)) + rd)
            else:
                rd = rdata(rnd, t)
                ln = len(rd) if rnd.random() < 0.92 else rnd.randrange(0, 40)
                rrs.append(dname(rnd) + struct.pack('!HHIH', t, rnd.choice([1, 1, 3, 4, 255, 0x8001, 7]), rnd.randrange(1 << 32), ln) + rd)
        an = rnd.randrange(len(rrs) + 1)
        hdr = struct.pack('!HHHHHH', rnd.randrange(1 << 16), flags, len(qd), an, 0, len(rrs) - an)
        msg = hdr + b''.join(qd) + b''.join(rrs)
        port = rnd.choice([53, 53, 53, 5353, 5355])
        p = IP(src='10.5.0.1', dst='10.5.0.2') / UDP(sport=port, dport=port) / Raw(msg)
        out.append(eth(rnd, p, 0.06))
    return out


# ---------------------------------------------------------------- DHCPv6

def d6_option(rnd, depth=0):
    code = rnd.choice([11, 11, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30,
                       31, 32, 33, 34, 36, 37, 38, 39, 40, 41, 42, 43, 47, 48, 51, 56, 56, 57, 58, 59, 60, 64, 65, 82, 83, 86,
                       rnd.randrange(1 << 16)])
    if code == 13:
        v = struct.pack('!H', rnd.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 99])) + bytes(rnd.choice(b'abc \x01') for _ in range(rnd.randrange(0, 8)))
    elif code in (3, 4, 25) and depth < 2:
        v = rbytes(rnd, 12 if code != 4 else 4) + b''.join(d6_option(rnd, depth + 1) for _ in range(rnd.randrange(0, 3)))
    elif code in (5, 26) and depth < 2:
        v = rbytes(rnd, 24 if code == 5 else 25) + b''.join(d6_option(rnd, depth + 1) for _ in range(rnd.randrange(0, 2)))
    elif code == 9 and depth < 2:
        v = bytes([rnd.choice([1, 11, 12, 99])]) + rbytes(rnd, 3) + b''.join(d6_option(rnd, depth + 1) for _ in range(rnd.randrange(0, 2)))
    elif code == 1 or code == 2:
        v = struct.pack('!H', rnd.choice([1, 2, 3, 4, 9])) + rbytes(rnd, rnd.choice([6, 8, 12, 2, 0]))
    elif code == 56:
        v = b''
        for _ in range(rnd.randrange(0, 3)):
            st = rnd.choice([1, 2, 3, 9])
            d = rbytes(rnd, 16) if st in (1, 2) and rnd.random() < 0.8 else dname(rnd) if st == 3 else rbytes(rnd, rnd.randrange(0, 6))
            v += struct.pack('!HH', st, len(d) if rnd.random() < 0.9 else len(d) + 4) + d
    elif code in (24, 21, 29, 33, 57):
        v = dname(rnd) + dname(rnd)
    elif code == 11:
        v = bytes([rnd.choice([0, 1, 2, 2, 3, 4]), rnd.choice([0, 1, 2]), rnd.choice([0, 1, 2])]) + rbytes(rnd, rnd.choice([8, 8, 0, 12, 9, 24, 28, 40]))
    elif code == 39:
        v = bytes([rnd.randrange(8)]) + dname(rnd)
    else:
        v = rbytes(rnd, rnd.choice([0, 1, 2, 3, 4, 8, 16, 17, 20, 24, 25]))
    ln = len(v) if rnd.random() < 0.93 else rnd.randrange(0, 40)
    return struct.pack('!HH', code, ln) + v


def dhcp6(rnd, n):
    out = []
    for i in range(n):
        t = rnd.choice(list(range(1, 14)) + [12, 13, 20, rnd.randrange(256)])
        opts = b''.join(d6_option(rnd) for _ in range(rnd.randrange(0, 5)))
        if t in (12, 13):
            inner = bytes([rnd.choice([1, 3, 7])]) + rbytes(rnd, 3) + b''.join(d6_option(rnd) for _ in range(rnd.randrange(0, 2)))
            opts = struct.pack('!HH', 9, len(inner)) + inner + opts
            msg = bytes([t, rnd.randrange(3)]) + rbytes(rnd, 32) + opts
        else:
            msg = bytes([t]) + rbytes(rnd, 3) + opts
        p = IPv6(src='fe80::1', dst='ff02::1:2') / UDP(sport=546, dport=547) / Raw(msg)
        out.append(eth(rnd, p, 0.06))
    return out


# ---------------------------------------------------------------- Geneve, VXLAN-GPE and NSH

def nsh(rnd):
    md = rnd.choice([1, 2, 2, 0, 3, 15])
    if md == 1:
        body = rbytes(rnd, 16)
    elif md == 2:
        body = b''
        for _ in range(rnd.randrange(0, 3)):
            d = rbytes(rnd, rnd.choice([0, 1, 4, 5, 8]))
            tl = len(d) if rnd.random() < 0.85 else rnd.randrange(256)
            body += struct.pack('!HBB', rnd.choice([0, 0x100, 0xfff0, rnd.randrange(1 << 16)]), rnd.randrange(256), tl) + pad4(d)
    else:
        body = rbytes(rnd, rnd.choice([0, 4, 8]))
    ln = 2 + len(body) // 4
    if rnd.random() < 0.15:
        ln = rnd.choice([0, 1, 2, 5, 6, 63])
    nxt = rnd.choice([1, 2, 3, 4, 5, 0xfe, 0xff, 9])
    hdr = struct.pack('!HBB', (rnd.choice([0, 0, 1]) << 14) | (rnd.randrange(2) << 13) | (rnd.randrange(64) << 6) | ln, md, nxt)
    return hdr + struct.pack('!I', rnd.randrange(1 << 32)) + body + rbytes(rnd, rnd.choice([0, 8]))


def tunnel(rnd, n):
    out = []
    for i in range(n):
        k = rnd.random()
        if k < 0.4:  # Geneve
            opts = b''
            for _ in range(rnd.randrange(0, 4)):
                d = rbytes(rnd, 4 * rnd.randrange(0, 3))
                opts += struct.pack('!HBB', rnd.choice([0, 1, 0xff, 0x100, 0x101, 0x102, 0x103, 0x104, 0x105, 0xfff0, 0xffff, rnd.randrange(1 << 16)]),
                                    rnd.randrange(256), len(d) // 4 | rnd.choice([0, 0, 0xe0])) + d
            ol = len(opts) // 4 if rnd.random() < 0.9 else rnd.randrange(64)
            proto = rnd.choice([0x6558, 0x0800, 0x86dd, 0x894f, rnd.randrange(1 << 16)])
            msg = struct.pack('!BBH', (rnd.choice([0, 0, 1]) << 6) | ol, rnd.choice([0, 0x80, 0x40, 0xc0, 0x3f]), proto) + rbytes(rnd, 3) + b'\0' + opts
            msg += bytes(Ether(src='02:00:00:00:00:03', dst='02:00:00:00:00:04') / IP() / UDP()) if proto == 0x6558 else rbytes(rnd, 8)
            if rnd.random() < 0.1:
                msg = msg[:rnd.randrange(0, 8)]
            l4 = UDP(sport=rnd.randrange(1024, 65536), dport=6081) / Raw(msg)
        elif k < 0.7:  # VXLAN-GPE
            nxt = rnd.choice([1, 2, 3, 4, 4, 5, 0xfe, 0xff, 9])
            msg = struct.pack('!BBBB', rnd.choice([0x0c, 0x08, 0x04, 0x2c, rnd.randrange(256)]), 0, 0, nxt) + rbytes(rnd, 4)
            msg += nsh(rnd) if nxt == 4 else rbytes(rnd, rnd.choice([0, 8, 20]))
            if rnd.random() < 0.08:
                msg = msg[:rnd.randrange(0, 8)]
            l4 = UDP(sport=rnd.randrange(1024, 65536), dport=4790) / Raw(msg)
        else:  # NSH right after Ethernet
            raw = bytes(Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02', type=0x894f)) + nsh(rnd)
            if rnd.random() < 0.08:
                raw = raw[:rnd.randrange(14, len(raw))]
            out.append(raw)
            continue
        out.append(eth(rnd, IP(src='10.6.0.1', dst='10.6.0.2') / l4, 0.05))
    return out


# ---------------------------------------------------------------- Mobility Header

def mobility(rnd, n):
    out = []
    for i in range(n):
        t = rnd.choice([0, 1, 2, 3, 3, 4, 5, 5, 6, 6, 7, 8, rnd.randrange(256)])
        base = {0: 4, 1: 12, 2: 12, 3: 20, 4: 20, 5: 8, 6: 8, 7: 20}.get(t, rnd.choice([4, 8]))
        body = bytearray(rbytes(rnd, base))
        opts = b''
        for _ in range(rnd.randrange(0, 5)):
            o = rnd.choice([0, 1, 2, 3, 4, 5, 6, 9, rnd.randrange(256)])
            if o == 0:
                opts += b'\0'
                continue
            ln = {1: rnd.choice([0, 1, 4]), 2: 2, 3: 16, 4: 4, 5: 12}.get(o, rnd.randrange(0, 8))
            if rnd.random() < 0.15:
                ln = rnd.randrange(0, 20)
            opts += bytes([o, ln]) + rbytes(rnd, ln)
        b = bytes(body) + opts
        b += b'\0' * (-(len(b) + 4) % 8)
        hlen = (len(b) + 4) // 8 - 1
        if rnd.random() < 0.08:
            hlen = rnd.randrange(0, 6)
        mh = struct.pack('!BBBB', 59, hlen, t, 0) + b
        if rnd.random() < 0.05:
            mh = mh[:rnd.randrange(0, 8)]
        p = IPv6(src='2001:db8::1', dst='2001:db8::2', nh=135) / Raw(mh)
        out.append(eth(rnd, p, 0.08))
    return out


# ---------------------------------------------------------------- BIND's lightweight resolver

def lw_name(rnd):
    t = bytes(rnd.choice(b'abcx.\x01') for _ in range(rnd.randrange(0, 10)))
    return struct.pack('!H', len(t)) + t + (b'\0' if rnd.random() < 0.9 else b'x')


def lw_addr(rnd):
    fam = rnd.choice([1, 1, 2, 2, 3])
    a = rbytes(rnd, {1: 4, 2: 16}.get(fam, rnd.randrange(0, 6)))
    if rnd.random() < 0.1:
        a = a[:rnd.randrange(len(a) + 1)]
    return struct.pack('!IH', fam, len(a)) + a


def lwres(rnd, n):
    out = []
    for i in range(n):
        op = rnd.choice([0, 0x10001, 0x10001, 0x10002, 0x10002, 0x10003, 0x10003, 0x10004])
        resp = rnd.random() < 0.5
        fl = w32(rnd.choice([0, 1, 0x80000000]))
        if op == 0x10001:
            if resp:
                na, nb = rnd.randrange(3), rnd.randrange(3)
                body = fl + struct.pack('!HH', na, nb) + lw_name(rnd) + b''.join(lw_name(rnd) for _ in range(na)) + b''.join(lw_addr(rnd) for _ in range(nb))
            else:
                body = fl + w32(rnd.choice([0, 1, 2, 3, 7, 0x10003])) + lw_name(rnd)
        elif op == 0x10002:
            if resp:
                na = rnd.randrange(3)
                body = fl + struct.pack('!H', na) + lw_name(rnd) + b''.join(lw_name(rnd) for _ in range(na))
            else:
                body = fl + lw_addr(rnd)
        elif op == 0x10003:
            if resp:
                nr, ns = rnd.randrange(3), rnd.randrange(2)
                body = fl + struct.pack('!HHIHH', rnd.choice([1, 3, 4, 255, 9]), rnd.choice([1, 28, 16, 999]), rnd.randrange(1 << 20), nr, ns) + lw_name(rnd)
                body += b''.join((lambda d: struct.pack('!H', len(d)) + d)(rbytes(rnd, rnd.randrange(0, 6))) for _ in range(nr + ns))
            else:
                body = fl + struct.pack('!HH', rnd.choice([1, 3, 4, 255, 9]), rnd.choice([1, 28, 16, 999])) + lw_name(rnd)
        else:
            body = rbytes(rnd, rnd.randrange(0, 12))
        v = 0 if rnd.random() < 0.9 else rnd.randrange(1, 4)
        ln = 28 + len(body)
        if rnd.random() < 0.15:
            ln = rnd.choice([ln + 4, ln - 2, 0, 28])
        if rnd.random() < 0.1:
            body += rbytes(rnd, 4)
        msg = struct.pack('!IHHIIIIHH', ln, v, (1 if resp else 0) | rnd.choice([0, 0, 0, 2]), rnd.randrange(1 << 32), op,
                          rnd.choice([0, 0, 1]), rnd.choice([0, 1024]), rnd.choice([0, 0, 1]), rnd.choice([0, 0, 4])) + body
        p = IP(src='10.7.0.1', dst='10.7.0.2') / UDP(sport=rnd.randrange(1024, 65536) if not resp else 921, dport=921 if not resp else rnd.randrange(1024, 65536)) / Raw(msg)
        out.append(eth(rnd, p, 0.06))
    return out


# file name part: (generator, frames) pairs, each with a random generator of its own
FILES = {
    'sctp': [(sctp, 1500)],
    'isakmp': [(isakmp, 1500)],
    'nfs': [(nfs, 1800)],
    'udp': [(bootp, 400), (dns, 700), (lwres, 400), (tunnel, 500)],
    'ip6': [(icmp6, 800), (dhcp6, 500), (mobility, 400)],
}


def main():
    only = sys.argv[1:]
    scale = int(os.environ.get('COV_SCALE', '1'))
    for name, parts in FILES.items():
        if only and name not in only:
            continue
        frames = []
        for gen, n in parts:
            # COV_SEED and COV_SCALE (with COV_OUT) make other and larger runs for a search
            rnd = random.Random('cov-transport-' + gen.__name__ + os.environ.get('COV_SEED', ''))
            frames += gen(rnd, n * scale)
        write('cov-transport-%s.pcap' % name, frames)


if __name__ == '__main__':
    main()
