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


SECTIONS = {
    'sctp': (sctp, 1500),
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
