#!/usr/bin/python3
"""Writes captures/cov-transport-*.pcap: packets aimed at printer code no other capture reaches
(SCTP and M3UA, ISAKMP/IKEv1/IKEv2, NFS, and BOOTP, ICMPv6, DNS, DHCPv6, Geneve/VXLAN-GPE/NSH,
Mobility, LWRES), built with field values drawn from a seeded random generator around those
paths: unknown types, wrong lengths and counts, truncated options, some frames cut short
(caplen less than the wire length). Deterministic; re-run to re-make them:

    /usr/bin/python3 coverage-transport.py
"""
import os, random, struct, sys
from scapy.all import Ether, IP, IPv6, UDP, TCP, Raw, conf

conf.verb = 0
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'captures')


def write(name, frames):
    """A little-endian microsecond pcap of Ethernet frames, one a second; a frame given as
    (bytes, wire_len) is a cut one."""
    path = os.path.join(OUT, name)
    with open(path, 'wb') as f:
        f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
        for i, fr in enumerate(frames):
            data, wire = fr if isinstance(fr, tuple) else (fr, len(fr))
            f.write(struct.pack('<IIII', 1700000000 + i, 0, len(data), wire) + data)
    os.chmod(path, 0o644)


def eth(rnd, p, cut_share=0.1):
    raw = bytes(Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02') / p)
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
    cls = rnd.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, rnd.randrange(256)])
    typ = rnd.choice([0, 1, 2, 3, 4, 5, 6, 7, rnd.randrange(256)])
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
        ppid = 3 if rnd.random() < 0.6 else rnd.choice(list(range(0, 30)) + [rnd.randrange(1 << 32)])
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
        ln = rnd.choice([0, 3, 4, ln - 1, ln + 5, rnd.randrange(1 << 16)])
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
    t = rnd.choice(list(range(0, 13)) + [rnd.randrange(256)])
    n = {1: 4, 4: 8, 5: 16, 6: 32, 7: 8, 8: 32}.get(t, rnd.randrange(0, 20))
    if rnd.random() < 0.2:
        n = rnd.randrange(0, 40)
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
    t = rnd.choice([1, 1, 4, 5, 5, 5, 6, 7, 8, 9, 10, 11, 11, 11, 12, 12, 13, 14, 20, rnd.randrange(256)])
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
        props.append((2, struct.pack('!BBBB', pn + 1, proto, len(spi), num) + spi + chain(rnd, ts)))
    return chain(rnd, props)


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
        nt = rnd.choice([1, 4, 5, 7, 9, 11, 14, 17, 24, 34, 35, 36, 37, 38, 39, 40, 43, 44, 16384, 16385, 16386,
                         16387, 16388, 16389, 16390, 16391, 16392, 16393, 16394, 16395, 16396, 16404, 40960, 50000, 8192, 9000,
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
        out.append(eth(rnd, p))
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
    elif k == 2:  # IRIX 4
        fh[0], fh[4], fh[5], fh[6], fh[7] = rnd.choice([6, 7]), 0, 8, 0, 0
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


SECTIONS = {
    'sctp': (sctp, 1500),
    'isakmp': (isakmp, 1500),
    'nfs': (nfs, 1800),
}


def main():
    only = sys.argv[1:]
    for name, (gen, n) in SECTIONS.items():
        if only and name not in only:
            continue
        rnd = random.Random('cov-transport-' + name)
        write('cov-transport-%s.pcap' % name, gen(rnd, n))


if __name__ == '__main__':
    main()
