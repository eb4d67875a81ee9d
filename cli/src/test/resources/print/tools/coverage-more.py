#!/usr/bin/python3
"""Captures for printer code no other capture reached (sFlow, NetFlow, SNMP, RADIUS, PPTP, STP):
packets built toward those branches with seeded random field values around them (unknown types,
wrong lengths and counts, truncated records), written to captures/cov-more-*.pcap.
NetFlow (cov-more-cnfp.pcap) prints only under -T cnfp, so the golden test does not list it."""
import os
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(__file__))
import tinypcap  # noqa: E402

# COV_SEED and COV_OUT make other captures elsewhere, for a wider search than the kept ones
R = random.Random(int(os.environ.get('COV_SEED', '20261207')))
OUT = os.environ.get('COV_OUT', os.path.join(os.path.dirname(__file__), '..', 'captures'))
MAC = bytes.fromhex('0000005e0001') + bytes.fromhex('0000005e0002')


def ip4(proto, payload, src=b'\x0a\x00\x00\x01', dst=b'\x0a\x00\x00\x02', short=0):
    """short: bytes at the end that the IP length leaves out (Ethernet padding, as it were)."""
    h = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(payload) - short, 1, 0, 64, proto, 0,
                    src, dst)
    h = h[:10] + struct.pack('!H', tinypcap.csum(h)) + h[12:]
    return MAC + b'\x08\x00' + h + payload


def short_by(payload):
    """Sometimes a few bytes fewer than the payload, for the lengths that leave out trailing
    captured bytes: the printers' length checks, not their truncation checks, then fail."""
    return R.randrange(1, min(len(payload), 16) + 1) if payload and R.random() < 0.12 else 0


def udp(sport, dport, payload):
    k = short_by(payload)
    return ip4(17, struct.pack('!HHHH', sport, dport, 8 + len(payload) - k, 0) + payload,
               short=k)


def tcp(sport, dport, payload):
    h = struct.pack('!HHIIBBHHH', sport, dport, 1, 1, 0x50, 0x18, 8192, 0, 0)
    src, dst = b'\x0a\x00\x00\x01', b'\x0a\x00\x00\x02'
    ph = src + dst + struct.pack('!BBH', 0, 6, len(h) + len(payload))
    c = tinypcap.csum(ph + h + payload)
    return ip4(6, h[:16] + struct.pack('!H', c) + h[18:] + payload, short=short_by(payload))


def rnd(n):
    return bytes(R.randrange(256) for _ in range(n))


def u32(*v):
    return struct.pack('!%dI' % len(v), *v)


# ---- sFlow v5 (UDP 6343)
FLOW_TYPES = [1, 2, 3, 4, 1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011,
              1012, 7, 2000]
CTR_TYPES = [1, 2, 3, 4, 5, 7, 1001, 9]


def flow_record():
    t = R.choice(FLOW_TYPES)
    ent = 0 if R.random() < 0.85 else R.randrange(1, 9)
    n = R.choice([0, 4, 8, 16, 24, 32, R.randrange(0, 60)])
    body = rnd(n)
    ln = n if R.random() < 0.9 else R.randrange(0, 80)
    return u32((ent << 12) | t, ln) + body


def ctr_record():
    t = R.choice(CTR_TYPES)
    ent = 0 if R.random() < 0.85 else R.randrange(1, 9)
    n = R.choice([0, 8, 40, 88, 92, R.randrange(0, 120)])
    body = rnd(n)
    ln = n if R.random() < 0.9 else R.randrange(0, 120)
    return u32((ent << 20) | t, ln) + body


def sample():
    t = R.choice([1, 2, 3, 4, 4, 3, 5, 0])
    k = R.randrange(0, 4)
    if t in (1, 3):
        recs = b''.join(flow_record() for _ in range(k))
        hdr = rnd(28) if t == 1 else rnd(40)
    elif t in (2, 4):
        recs = b''.join(ctr_record() for _ in range(k))
        hdr = rnd(8) if t == 2 else rnd(12)
    else:
        recs, hdr = rnd(R.randrange(0, 20)), b''
    cnt = k if R.random() < 0.85 else R.randrange(0, 6)
    body = hdr + u32(cnt) + recs
    ln = len(body) if R.random() < 0.9 else R.randrange(0, len(body) + 20)
    return u32(t, ln) + body


def sflow():
    ipv = R.choice([1, 1, 1, 2, 3])
    samples = [sample() for _ in range(R.randrange(0, 4))]
    n = len(samples) if R.random() < 0.85 else R.randrange(0, 6)
    agent = rnd(4) if ipv == 1 else rnd(16)
    d = u32(5, ipv) + agent + u32(R.randrange(2**32), R.randrange(1000), R.randrange(2**32), n)
    d += b''.join(samples)
    if R.random() < 0.1:
        d += rnd(R.randrange(1, 8))  # less than a sample header left
    if R.random() < 0.1:
        d = d[:R.randrange(4, len(d))]  # short datagram, with its UDP length saying so
    if R.random() < 0.05:
        d = u32(R.choice([2, 4, 5]), ipv) + rnd(R.randrange(0, 40))
    return udp(R.randrange(1024, 65535), 6343, d)


# ---- NetFlow v1/5/6/7 (UDP 2055, -T cnfp)
def cnfp():
    ver = R.choice([1, 5, 6, 7, 9])
    k = R.randrange(0, 4)
    hdr = 16 if ver == 1 else 24
    rec = 48 if ver == 1 else 52
    cnt = k if R.random() < 0.85 else R.randrange(0, 6)
    h = struct.pack('!HHIII', ver, cnt, R.randrange(2**32), R.randrange(2**31),
                    R.randrange(10**9)) + rnd(hdr - 16)
    rs = b''
    for _ in range(k):
        r = bytearray(rnd(rec))
        r[38] = R.choice([6, 6, 17, 1, 253])
        if ver == 1:
            r[40] = R.choice([0, 0x3f, R.randrange(256)])
        else:
            r[37] = R.choice([0, 0x3f, R.randrange(256)])
        rs += bytes(r)
    d = h + rs
    if R.random() < 0.15:
        d = d[:R.randrange(2, len(d))]
    return udp(R.randrange(1024, 65535), 2055, d)


# ---- SNMP (UDP 161/162): BER with odd tags, lengths and versions
def ber_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return bytes([0x80 | len(b)]) + b


def tlv(tag, v):
    return bytes([tag]) + ber_len(len(v)) + v


def snmp_value():
    c = R.randrange(12)
    if c == 0:
        return tlv(0x02, rnd(R.randrange(1, 5)))
    if c == 1:
        return tlv(0x04, rnd(R.randrange(0, 8)))
    if c == 2:
        return tlv(0x30, tlv(0x02, b'\x01'))  # SEQ as a value
    if c == 3:
        return bytes([0x1f, 0x81]) + rnd(3)  # extended tag, maybe cut
    if c == 4:
        return bytes([0x1f, 0x85, 0x80])  # extended tag running off the end
    if c == 5:
        return tlv(R.choice([0x40, 0x41, 0x42, 0x43, 0x44, 0x46, 0x47]), rnd(R.randrange(0, 9)))
    if c == 6:
        return tlv(R.choice([0x80, 0x81, 0x82, 0x85, 0xa0 + R.randrange(3)]), rnd(R.randrange(0, 3)))
    if c == 7:
        return tlv(0x05, b'')
    if c == 8:
        return tlv(0x06, bytes([0x2b, 6, 1, 2, 1]) + rnd(R.randrange(0, 4)))
    if c == 9:
        return tlv(0xc0 | R.randrange(32), rnd(2))  # private class
    if c == 10:
        return tlv(0x09, rnd(3))  # REAL: unknown universal type
    return rnd(R.randrange(0, 4))


def varbinds():
    vb = b''
    for _ in range(R.randrange(0, 4)):
        vb += tlv(0x30, tlv(0x06, bytes([0x2b, 6, 1, 2, 1, 1, R.randrange(9), 0])) + snmp_value())
    s = tlv(0x30, vb)
    if R.random() < 0.2:
        s += rnd(R.randrange(1, 5))  # extra after the SEQ of varbinds
    return s


def snmp_pdu():
    pt = R.choice([0xa0, 0xa1, 0xa2, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7, 0xa8, 0xa9])
    if pt == 0xa4:
        body = (tlv(0x06, b'\x2b\x06\x01\x04\x01\x09') + tlv(0x40, rnd(4)) +
                tlv(0x02, bytes([R.randrange(8)])) + tlv(0x02, b'\x00') + tlv(0x43, rnd(2)))
    else:
        body = tlv(0x02, rnd(2)) + tlv(0x02, bytes([R.randrange(20)])) + tlv(0x02, b'\x00')
    body += varbinds()
    return tlv(pt, body)


def snmp():
    ver = R.choice([0, 1, 3, 3, 2, 7])
    if ver == 3:
        flags = R.choice([b'\x04', b'\x07', b'\x00\x01', b''])
        glob = tlv(0x30, tlv(0x02, b'\x01') + tlv(0x02, b'\x05\xdc') + tlv(0x04, flags) +
                   tlv(0x02, b'\x03'))
        usm = tlv(0x04, tlv(0x30, tlv(0x04, rnd(5)) + tlv(0x02, b'\x01') + tlv(0x02, b'\x02') +
                            tlv(0x04, b'user') + tlv(0x04, b'') + tlv(0x04, b'')))
        if R.random() < 0.5:
            scoped = tlv(0x30, tlv(0x04, rnd(4)) + tlv(0x04, b'') +
                         (snmp_pdu() if R.random() < 0.8 else b''))
        else:
            scoped = tlv(0x04, rnd(8))
        msg = tlv(0x30, tlv(0x02, b'\x03') + glob + usm + scoped)
    else:
        tail = snmp_pdu() if R.random() < 0.85 else R.choice([b'', snmp_value()])
        msg = tlv(0x30, tlv(0x02, bytes([ver])) + tlv(0x04, b'public') + tail)
    if R.random() < 0.1:
        msg = msg[:R.randrange(1, len(msg))]
    return udp(R.randrange(1024, 65535), R.choice([161, 162]), msg)


# ---- RADIUS (UDP 1812/3799): Error-Cause values, cut attributes
def radius():
    code = R.choice([1, 2, 3, 4, 40, 41, 42, 43, 44, 45])
    attrs = b''
    for _ in range(R.randrange(1, 5)):
        c = R.randrange(6)
        if c == 0:
            v = struct.pack('!I', R.choice([201, 202, 401, 402, 403, 404, 405, 406, 407, 501, 502,
                                            503, 504, 505, 506, 507, 508, 509, 510, 300]))
            attrs += bytes([101, 6]) + v
        elif c == 1:
            t = R.randrange(1, 256)
            v = rnd(R.randrange(0, 8))
            attrs += bytes([t, len(v) + 2 if R.random() < 0.8 else R.randrange(0, 12)]) + v
        elif c == 2:
            t = R.choice([26, 2, 6, 7, 61, 85, 87, 95, 96, 97, 101, 145, 146, 147, 126, 127,
                          127, 128, 128, 129])
            v = rnd(R.choice([0, 1, 3, 4, 5, 8, 16, 20, 21, 22, 30]))
            attrs += bytes([t, len(v) + 2]) + v
        elif c == 3:
            v = struct.pack('!I', R.choice([9, 311, 8164])) + bytes([R.randrange(256), 4]) + rnd(2)
            attrs += bytes([26, len(v) + 2]) + v
        else:
            t = R.choice([1, 4, 5, 8, 12, 27, 44, 55, 62, 79, 80, 88])
            v = rnd(R.choice([0, 2, 4, 6]))
            attrs += bytes([t, len(v) + 2]) + v
    d = struct.pack('!BBH', code, R.randrange(256), 20 + len(attrs)) + rnd(16) + attrs
    if R.random() < 0.3:
        d = d[:R.randrange(20, len(d) + 1)]
    return udp(R.randrange(1024, 65535), R.choice([1812, 1813, 3799]), d)


# ---- PPTP (TCP 1723)
PPTP_LEN = {1: 156, 2: 156, 3: 16, 4: 16, 5: 16, 6: 16, 7: 168, 8: 32, 9: 220, 10: 28, 11: 24,
            12: 16, 13: 16, 14: 148, 15: 40, 16: 24}


def pptp():
    ct = R.randrange(0, 18)
    n = PPTP_LEN.get(ct, 16)
    body = bytearray(rnd(n))
    if ct in (3, 4):
        body[0] = R.choice([0, 1, 2, 3, 4])
    d = struct.pack('!HHIHH', 12 + n, 1, 0x1a2b3c4d, ct, 0) + bytes(body)
    if R.random() < 0.2:
        d = d[:R.randrange(8, len(d))]
    return tcp(R.randrange(1024, 65535), 1723, d)


# ---- STP (802.3 + LLC 42/42/03)
def stp():
    ver = R.choice([0, 2, 3, 4, 1])
    typ = R.choice([0x00, 0x02, 0x80, 0x07, 0x01])
    body = struct.pack('!HBB', R.choice([0, 0, 0, 1]), ver, typ)
    if typ == 0x02 or ver >= 2:
        body += rnd(32) + bytes([0]) + rnd(2)
        if ver >= 3:
            n = R.randrange(0, 3)
            body += struct.pack('!H', 64 + 16 * n) + rnd(64 + 16 * n)
    elif typ == 0:
        body += rnd(31)
    cut = R.random() < 0.25
    if cut:
        body = body[:R.randrange(0, len(body))]
    llc = b'\x42\x42\x03' + body
    dst = bytes.fromhex('0180c2000000')
    fr = dst + MAC[6:] + struct.pack('!H', len(llc) - short_by(llc)) + llc
    return fr


# ---- LSP ping (UDP 3503): TLVs and FEC sub-TLVs of random types and lengths
def lspping_tlv():
    t = R.choice([1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 20, 21, 0x8000])
    if t == 1:
        subs = b''
        for _ in range(R.randrange(1, 3)):
            st = R.randrange(1, 20)
            n = R.choice([5, 6, 12, 13, 14, 16, 17, 20, 24, 28, 40, 44, R.randrange(0, 48)])
            body = rnd(n)
            ln = n if R.random() < 0.75 else R.randrange(0, 50)
            subs += struct.pack('!HH', st, ln) + body + pad4(n)
        v = subs
    elif t == 2:
        v = bytes([0, 0, 5, 220, 1, 0, 0, 0]) + rnd(R.choice([8, 32, 12, 0])) + \
            bytes([0, 0, 4 * R.randrange(3)]) + rnd(R.randrange(0, 24))
        v = v[:R.randrange(0, len(v) + 1)] if R.random() < 0.5 else v
    else:
        v = rnd(R.randrange(0, 24))
    ln = len(v) if R.random() < 0.8 else R.randrange(0, 40)
    return struct.pack('!HH', t, ln) + v + pad4(len(v))


def pad4(n):
    """The padding to a 4-byte boundary, left out at times (a TLV too short for it)."""
    return b'\0' * (-n % 4) if R.random() < 0.8 else b''


def lspping():
    h = struct.pack('!HHBBBBIIQQ', R.choice([1, 1, 1, 2]), R.randrange(2), R.choice([1, 2, 3]),
                    R.randrange(1, 7), R.randrange(0, 16), R.randrange(0, 4),
                    R.randrange(2**32), R.randrange(2**32), R.randrange(2**64), R.randrange(2**64))
    d = h + b''.join(lspping_tlv() for _ in range(R.randrange(0, 4)))
    if R.random() < 0.1:
        d = d[:R.randrange(1, 36)]
    return udp(R.randrange(1024, 65535), 3503, d)


# ---- MPLS label stacks (Ethernet 0x8847) over IPv4, IPv6, OSI and reserved labels
def mpls():
    n = R.randrange(1, 4)
    labels = b''
    for k in range(n):
        lab = R.choice([0, 1, 2, 3, 4, 7, 13, 14, 15, R.randrange(16, 2**20)])
        bos = 1 if k == n - 1 else 0
        labels += struct.pack('!I', (lab << 12) | (R.randrange(8) << 9) | (bos << 8) |
                              R.randrange(256))
    c = R.randrange(5)
    if c == 0:
        pl = bytes.fromhex('4500001c000100004001') + b'\0\0' + bytes(8) + bytes(8)
    elif c == 1:
        pl = bytes.fromhex('6000000000083a40') + bytes(32) + bytes([128, 0, 0, 0, 0, 1, 0, 1])
    elif c == 2:
        pl = bytes([0x83, 27, 1, 0, 0x0f, 1, 0, 27]) + rnd(20)  # OSI IS-IS
    elif c == 3:
        pl = bytes([0x81]) + rnd(20)
    else:
        pl = rnd(R.randrange(0, 24))
    fr = MAC + b'\x88\x47' + labels + pl
    return maybe_cut(fr, 0.15)


# ---- GRE (IP 47): version 0 with routing (SREs), MPLS and IPX payloads, odd flags
def gre():
    flags = R.choice([0x0000, 0x4000, 0x8000, 0x2000, 0x1000, 0xb000, 0x7000, 0x0001])
    proto = R.choice([0x8847, 0x8137, 0x0800, 0x86dd, 0x6558, 0x1234, 0x880b])
    h = struct.pack('!HH', flags, proto)
    if flags & 0xc000:
        h += struct.pack('!HH', R.randrange(2**16), R.choice([0, 4, 8, R.randrange(2**16)]))
    if flags & 0x2000:
        h += rnd(4)
    if flags & 0x1000:
        h += rnd(4)
    if flags & 0x4000:
        for _ in range(R.randrange(0, 3)):
            af = R.choice([0x0800, 0xfffe, 0x1234])
            ln = R.choice([4, 8, 2, 6, 0, 3, 12])
            off = R.choice([0, 4, 2, 8, 20])
            h += struct.pack('!HBB', af, off, ln) + rnd(ln)
        h += b'\0\0\0\0'
    if proto == 0x8847:
        pl = struct.pack('!I', (R.randrange(2**20) << 12) | 0x1ff) + \
            bytes.fromhex('4500001c000100004001') + bytes(10) + bytes(8)
    elif proto == 0x8137:
        pl = b'\xff\xff' + struct.pack('!H', 30) + bytes([0, 4]) + rnd(24)
    else:
        pl = rnd(R.randrange(0, 30))
    d = h + pl
    if R.random() < 0.1:
        d = d[:R.randrange(1, len(d))]
    return ip4(47, d)


# ---- IPv6 with hop-by-hop Router Alert / Jumbo options, cut or wrong length
def ip6hbh():
    opts = b''
    for _ in range(R.randrange(1, 3)):
        c = R.randrange(5)
        if c == 0:
            opts += bytes([5, R.choice([2, 2, 1, 3])]) + rnd(2)
        elif c == 1:
            opts += bytes([0xc2, R.choice([4, 4, 3])]) + struct.pack('!I', R.randrange(2**32))
        elif c == 2:
            opts += bytes([1, R.randrange(0, 4)]) + bytes(R.randrange(0, 4))
        elif c == 3:
            opts += b'\0'
        else:
            opts += bytes([R.randrange(2, 255), R.randrange(0, 6)]) + rnd(R.randrange(0, 6))
    tail = b''
    if R.random() < 0.35:  # a Router Alert or Jumbo option cut by the header's end
        k = R.choice([0, 1, 2, 3])
        tail = bytes([R.choice([5, 0xc2]), k]) + rnd(k)
    opts += b'\0' * (-(len(opts) + len(tail) + 2) % 8) + tail
    hbh = bytes([59, (len(opts) + 2) // 8 - 1]) + opts
    plen = len(hbh) if R.random() < 0.7 else R.choice([0, 2, len(hbh) + 40])
    h = struct.pack('!IHBB', 0x60000000, plen, 0, 64) + bytes(15) + b'\1' + bytes(15) + b'\2'
    fr = MAC + b'\x86\xdd' + h + hbh
    return maybe_cut(fr, 0.2)


# ---- RIP (UDP 520): v1/v2 entries of other address families, auth, short entries
def rip():
    ver = R.choice([1, 2, 2, 0, 3])
    cmd = R.choice([1, 2, 1, 2, 5, 9])
    ents = b''
    for _ in range(R.randrange(0, 4)):
        af = R.choice([2, 2, 0, 6, 7, 16, 23, 0xffff, 99])
        if af == 0xffff:
            ents += struct.pack('!HH', af, R.choice([2, 3, 1])) + rnd(16)
        else:
            ents += struct.pack('!HH', af, R.randrange(2**16)) + rnd(16)
    if R.random() < 0.2:
        ents += rnd(R.randrange(1, 19))
    d = bytes([cmd, ver, 0, 0]) + ents
    if R.random() < 0.1:
        d = d[:R.randrange(1, len(d) + 1)]
    return udp(520, 520, d)


# ---- TFTP (UDP 69): requests without mode or options, cut error messages
def tftp():
    op = R.choice([1, 2, 3, 4, 5, 6, 7, 0])
    if op in (1, 2):
        d = b'file.bin\0' + R.choice([b'octet\0', b'netascii\0', b'', b'octet']) + \
            R.choice([b'', b'blksize\x001428\0', b'tsize\0', b'timeout\x005'])
    elif op == 5:
        d = struct.pack('!H', R.randrange(10)) + R.choice([b'no such file\0', b'', b'x'])
    elif op == 6:
        d = R.choice([b'blksize\x001428\0', b'tsize\0', b''])
    else:
        d = rnd(R.randrange(0, 8))
    d = struct.pack('!H', op) + d
    if R.random() < 0.1:
        d = d[:2]  # the opcode alone
    if R.random() < 0.3:
        d = d[:R.randrange(0, len(d) + 1)]
    return udp(R.randrange(1024, 65535), 69, d)


# ---- Kerberos v4 (UDP 750) message types, short messages
def krb():
    t = R.choice([2, 4, 6, 8, 10, 12, 14, 16, 32, 7])
    d = bytes([4, t | R.randrange(2)]) + b'user\0' + b'inst\0' + b'REALM\0' + rnd(12)
    if R.random() < 0.4:
        d = d[:R.randrange(1, len(d))]
    if R.random() < 0.1:
        d = bytes([R.choice([5, 3])]) + rnd(6)
    return udp(R.randrange(1024, 65535), R.choice([750, 88]), d)


# ---- HNCP (UDP 8231): every TLV type with lengths around the right one, nested TLVs
HNCP_TYPES = [1, 2, 3, 4, 5, 8, 9, 10, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 99]
HNCP_SIZE = {2: 4, 3: 8, 4: 8, 5: 20, 8: 12, 9: 8, 10: 36, 32: 4, 34: 13, 35: 6, 36: 20, 37: 0,
             38: 0, 39: 2, 40: 4, 41: 4, 42: 32, 43: 1}


def hncp_tlv(depth=0):
    t = R.choice(HNCP_TYPES)
    if t == 33 and depth < 2:
        v = b''.join(hncp_tlv(depth + 1) for _ in range(R.randrange(0, 3)))
    else:
        n = HNCP_SIZE.get(t, 0)
        v = rnd(max(0, n + R.choice([0, 0, 0, -1, -3, 1, 4, R.randrange(0, 24)])))
        at = {34: 8, 35: 5, 43: 0}.get(t)
        if at is not None and len(v) > at:  # a prefix length or policy byte, at times too long
            v = bytearray(v)
            v[at] = R.choice([0, 1, 8, 24, 48, 64, 128, 129, 130, 131, 200])
            v = bytes(v)
    ln = len(v) if R.random() < 0.85 else R.randrange(0, 40)
    return struct.pack('!HH', t, ln) + v + b'\0' * (-len(v) % 4)


def hncp():
    d = b''.join(hncp_tlv() for _ in range(R.randrange(1, 4)))
    if R.random() < 0.1:
        d = d[:R.randrange(1, len(d) + 1)]
    return udp(8231, 8231, d)


# ---- ATA over Ethernet (0x88a2): every command with short bodies
def aoe():
    ver = R.choice([1, 1, 1, 1, 2])
    cmd = R.choice([0, 1, 2, 3, 4, 5, 9])
    h = bytes([(ver << 4) | R.randrange(16), R.randrange(256)]) + rnd(2) + \
        bytes([R.randrange(256), cmd]) + rnd(4)
    if cmd == 0:
        body = rnd(12)
    elif cmd == 1:
        body = rnd(8) + bytes([R.randrange(6)]) + rnd(R.choice([0, 3, 8, 40]))
        if len(body) > 7:
            body = body[:6] + struct.pack('!H', R.choice([0, 4, 40, 1024])) + body[8:]
    elif cmd == 2:  # MAC mask list: directives of 8 bytes, counted
        k = R.randrange(0, 4)
        body = bytes([0, R.randrange(4), R.randrange(6), k if R.random() < 0.7 else k + 1]) + \
            b''.join(bytes([0, R.randrange(4)]) + rnd(6) for _ in range(k))
    elif cmd == 3:  # reserve/release: MACs of 6 bytes, counted
        k = R.randrange(0, 4)
        body = bytes([R.randrange(4), k if R.random() < 0.7 else k + 1]) + rnd(6 * k)
    else:
        body = rnd(R.randrange(0, 20))
    body = body[:R.randrange(0, len(body) + 1)] if R.random() < 0.3 else body
    fr = MAC + b'\x88\xa2' + h + body
    return maybe_cut(fr, 0.1)


# ---- IPX (802.3 raw, 0xffff checksum): SAP and RIP commands, short entries
def ipx():
    sock = R.choice([0x452, 0x453, 0x452, 0x453, 0x455])
    if sock == 0x452:
        cmd = R.choice([1, 2, 3, 4, 5])
        if cmd in (1, 3):
            d = struct.pack('!HH', cmd, R.choice([4, 0x0278, 0xffff, R.randrange(2**16)]))
        else:
            d = struct.pack('!H', cmd)
            for _ in range(R.randrange(0, 3)):
                d += struct.pack('!H', R.choice([4, 7, 0x0278, R.randrange(2**16)])) + \
                    b'SERVER'.ljust(48, b'\0') + rnd(12) + struct.pack('!H', R.randrange(17))
    elif sock == 0x453:
        cmd = R.choice([1, 2, 3])
        d = struct.pack('!H', cmd) + b''.join(
            rnd(4) + struct.pack('!HH', R.randrange(17), R.randrange(99))
            for _ in range(R.randrange(0, 3)))
    else:
        d = rnd(R.randrange(0, 10))
    if R.random() < 0.3:
        d = d[:R.randrange(0, len(d) + 1)]
    h = struct.pack('!HHBB', 0xffff, 30 + len(d), 0, R.choice([1, 4, 17])) + \
        rnd(4) + rnd(6) + struct.pack('!H', sock) + rnd(4) + rnd(6) + struct.pack('!H', sock)
    pl = h + d
    return MAC + struct.pack('!H', len(pl)) + pl


def maybe_cut(fr, share):
    """The frame, or with probability SHARE cut after the Ethernet header at a random length."""
    if R.random() < share:
        fr = fr[:R.randrange(14, len(fr))]
    return fr


def pcap(name, dlt, frames):
    tinypcap.save(os.path.join(OUT, name), frames, dlt)


# ---- 802.11 action frames (every category, mesh and self-protected actions), control frames
# of every subtype, behind radiotap headers that carry vendor namespaces
def wifi_frame():
    c = R.randrange(3)
    a = rnd(6) + rnd(6) + rnd(6)
    if c == 0:
        cat = R.choice([0, 1, 2, 3, 7, 13, 13, 14, 15, 15, 127, 50])
        act = R.randrange(12)
        return bytes([0xd0, 0]) + rnd(2) + a + rnd(2) + bytes([cat, act]) + rnd(R.randrange(8))
    if c == 1:
        st = R.randrange(16)
        return bytes([0x04 | (st << 4), 0]) + rnd(2) + rnd(6) + rnd(R.choice([0, 6, 10, 20]))
    return bytes([R.choice([0x08, 0x88]), R.choice([0, 1, 2, 3])]) + rnd(2) + a + rnd(2) + \
        (rnd(6) if R.random() < 0.3 else b'') + rnd(R.randrange(0, 16))


def radiotap():
    items = b''
    present = []
    word = (1 << 1) | (1 << 3)  # flags, channel
    body = bytes([R.choice([0, 0x10, 0x20])]) + b'\0' + struct.pack('<HH', 2412, 0x00a0)
    if R.random() < 0.6:
        word |= 1 << 30 | (1 << 31)  # a vendor namespace in the next word
        present = [word, R.choice([0, 1, 3]) | (1 << 31 if R.random() < 0.3 else 0)]
        if present[1] & (1 << 31):
            present.append(0)
        skip = R.choice([0, 2, 4, 7, 40])
        vend = rnd(3) + bytes([R.randrange(4)]) + struct.pack('<H', skip) + rnd(skip)
        items = body + vend
    else:
        present = [word]
        items = body
    hl = 4 + 4 * len(present) + len(items)
    hlen = hl if R.random() < 0.8 else R.choice([8, 12, hl + 8, 2, hl - R.randrange(1, 12)])
    return struct.pack('<BBH', 0, 0, hlen) + b''.join(struct.pack('<I', w) for w in present) + \
        items + wifi_frame()


def prism():
    if R.random() < 0.5:
        h = struct.pack('!II', R.choice([0x80211001, 0x80211002]), R.choice([64, 8, 4, 200])) + \
            rnd(56)
    else:
        h = struct.pack('<I', 0x44) + rnd(140)
    fr = h + wifi_frame()
    if R.random() < 0.4:
        fr = fr[:R.randrange(0, min(len(fr), 150))]
    return fr


# ---- SunATM (link type 123): Q.2931 signalling message types, OAM cells of every cell and
# function type, LANE control opcodes, LLC
def sunatm():
    c = R.randrange(5)
    dirtype = R.choice([0x80, 0x00]) | R.choice([0, 1, 2, 2, 3])
    if c == 0:
        vpi, vci = 0, 5
        mt = R.choice([0x02, 0x07, 0x0f, 0x05, 0x4d, 0x5a, 0x46, 0x4e, 0x7d, 0x75, 0x80, 0x81,
                       0x82, 0x83, 0x84, 0x99])
        pdu = bytes([R.choice([9, 9, 9, 3])]) + rnd(4) + bytes([mt]) + rnd(R.randrange(0, 10))
    elif c == 1:
        vpi, vci = 0, R.choice([3, 4])
        hdr = (R.randrange(256) << 20) | (R.choice([3, 4, 77]) << 4) | \
            (R.randrange(8) << 1) | R.randrange(2)
        ct = (R.choice([1, 2, 8, 15, 3]) << 4) | R.choice([0, 1, 2, 4, 8, 9])
        pdu = struct.pack('!I', hdr) + bytes([ct]) + rnd(47)
    elif c == 2:
        vpi, vci = R.randrange(4), R.randrange(32, 200)
        dirtype = (dirtype & 0xf0) | 1
        op = R.choice([0x0001, 0x0101, 0x0002, 0x0102, 0x0003, 0x0103, 0x0004, 0x0104, 0x0005,
                       0x0105, 0x0006, 0x0106, 0x0007, 0x0008, 0x0009, 0x0108, 0x0abc])
        pdu = b'\xff\x00' + bytes([1, 1]) + struct.pack('!H', op) + rnd(R.randrange(0, 20))
    elif c == 3:
        vpi, vci = 0, R.choice([1, 2, 0x10])
        pdu = tlv(0x30, tlv(0x02, b'\x00') + tlv(0x04, b'ILMI') + tlv(0xa0, b''))
    else:
        vpi, vci = R.randrange(4), R.randrange(32, 200)
        pdu = bytes.fromhex('aaaa0300000008004500001c000100004001') + bytes(10) + bytes(8)
    fr = bytes([dirtype, vpi]) + struct.pack('!H', vci) + pdu
    if R.random() < 0.1:
        fr = fr[:R.randrange(1, len(fr))]
    return fr


# ---- OpenFlow 1.3 (TCP 6653): every message type at its fixed length and around it, hello
# elements with odd lengths, port status reasons past the table
OF13_LEN = {0: 8, 1: 12, 2: 8, 3: 8, 4: 16, 5: 8, 6: 32, 7: 8, 8: 12, 9: 12, 12: 80, 16: 40,
            17: 16, 18: 8, 19: 8, 20: 8, 21: 8, 22: 16, 23: 8, 24: 24, 25: 24, 26: 8, 27: 32,
            28: 32}


def of13_msg():
    t = R.choice(list(OF13_LEN) + [29, 30, 31, 40])
    n = OF13_LEN.get(t, 8)
    if t == 0:
        body = b''
        for _ in range(R.randrange(0, 3)):
            et = R.choice([1, 1, 2])
            ln = R.choice([8, 8, 4, 12, 3, 20])
            body += struct.pack('!HH', et, ln) + rnd(max(0, ln - 4)) + b'\0' * (-ln % 8)
        if R.random() < 0.2:
            body += rnd(R.randrange(1, 4))
    else:
        body = bytearray(rnd(max(0, n - 8) + R.choice([0, 0, 0, -1, 4, R.randrange(0, 16)])))
        if t == 12 and body:
            body[0] = R.choice([0, 1, 2, 3, 200])
        body = bytes(body)
    if t != 0 and R.random() < 0.5:
        body = body[:max(0, n - 8)].ljust(max(0, n - 8), b'\0')  # the fixed length
    ln = 8 + len(body) if R.random() < 0.9 else R.randrange(0, 100)
    return struct.pack('!BBHI', R.choice([4, 4, 4, 4, 1]), t, ln, R.randrange(2**32)) + body


def of13():
    d = b''.join(of13_msg() for _ in range(R.randrange(1, 3)))
    return tcp(R.randrange(1024, 65535), 6653, d)



def write(name, gen, n):
    pcap(name, 1, [gen() for _ in range(n)])


write('cov-more-sflow.pcap', sflow, 400)
write('cov-more-cnfp.pcap', cnfp, 200)
write('cov-more-snmp.pcap', snmp, 400)
write('cov-more-radius.pcap', radius, 400)
write('cov-more-pptp.pcap', pptp, 200)
write('cov-more-stp.pcap', stp, 400)
write('cov-more-lspping.pcap', lspping, 700)
write('cov-more-mpls-gre.pcap', lambda: R.choice([mpls, gre])(), 400)
write('cov-more-ip6hbh.pcap', ip6hbh, 200)
write('cov-more-rip-tftp-krb.pcap', lambda: R.choice([rip, tftp, krb])(), 700)
write('cov-more-hncp.pcap', hncp, 700)
write('cov-more-aoe.pcap', aoe, 500)
write('cov-more-ipx.pcap', ipx, 300)
pcap('cov-more-radiotap.pcap', 127, [radiotap() for _ in range(800)])
pcap('cov-more-prism.pcap', 119, [prism() for _ in range(200)])
pcap('cov-more-sunatm.pcap', 123, [sunatm() for _ in range(700)])
write('cov-more-of13.pcap', of13, 400)


# ---- IPv6 jumbo payloads (RFC 2675) before extension headers and upper layers: where tcpdump
# checks the jumbo length (at the payload only), and lengths past 2^31
def jumbo():
    size = R.choice([65536, 70000, R.randrange(65536, 2**31), 2**31 - 1, 2**31,
                     R.randrange(2**31, 2**32), 2**32 - 1, 2**32 - 24])
    hbh = bytes([0, 0, 0xc2, 4]) + struct.pack('!I', size)
    exts, nh = [], None
    for _ in range(R.choice([0, 0, 1, 2])):
        kind = R.choice([60, 43, 44, 0])
        exts.append(kind)
    chain = b''
    upper = R.choice([17, 17, 6, 58, 59, 99])
    kinds = exts + [upper]
    for i, kind in enumerate(exts):
        nxt = kinds[i + 1]
        if kind == 44:
            chain += bytes([nxt, 0]) + struct.pack('!HI', 0, R.randrange(2**32))
        elif kind == 43:
            chain += bytes([nxt, 0, 0, 0]) + bytes(4)
        else:
            chain += bytes([nxt, 0, 1, 4]) + bytes(4)
    hbh = bytes([kinds[0]]) + hbh[1:]
    if upper == 17:
        body = struct.pack('!HHHH', R.choice([53, 500, 4789, 9999]), 53,
                           R.choice([0, 0, 8, 30]), 0) + rnd(R.randrange(0, 30))
    elif upper == 6:
        body = struct.pack('!HHIIBBHHH', 80, 1234, 1, 1, 0x50, 0x18, 8192, 0, 0) + rnd(10)
    elif upper == 58:
        body = bytes([128, 0, 0, 0]) + rnd(8)
    else:
        body = rnd(R.randrange(0, 12))
    plen = 0 if R.random() < 0.85 else len(hbh) + len(chain) + len(body)
    h = struct.pack('!IHBB', 0x60000000, plen, 0, 64) + bytes(15) + b'\1' + bytes(15) + b'\2'
    return maybe_cut(MAC + b'\x86\xdd' + h + hbh + chain + body, 0.15)


# ---- BSD loopback (DLT_NULL): every family tcpdump names, in either byte order, others
def loopback():
    fam = R.choice([2, 6, 7, 16, 23, 24, 28, 30, 0, 1, 17, 99, R.randrange(2**16)])
    head = struct.pack('<I' if R.random() < 0.8 else '>I', fam)
    if fam == 2:
        body = ip4(17, struct.pack('!HHHH', 53, 53, 8 + 4, 0) + rnd(4))[14:]
    elif fam == 16:  # a long DDP header
        body = struct.pack('!HHHHBBBBB', R.randrange(13, 60), 0, R.randrange(2**16),
                           R.randrange(2**16), R.randrange(256), R.randrange(256),
                           R.randrange(256), R.randrange(256), R.randrange(1, 8))
        body += rnd(R.randrange(0, 20))
    else:
        body = rnd(R.randrange(0, 40))
    fr = head + body
    if R.random() < 0.1:  # cut anywhere, the family too
        fr = fr[:R.randrange(1, len(fr))]
    return fr


write('cov-more-jumbo.pcap', jumbo, 300)
pcap('cov-more-null.pcap', 0, [loopback() for _ in range(300)])


# ---- PPI (DLT 192) around frames of other link types, those tcpdump has no printer for too
# (14 and 101 are raw IP only on other systems or only in files)
def ppi():
    dlt = R.choice([1, 1, 12, 14, 101, 105, 127, 228, 229, 0, R.randrange(300)])
    if dlt in (12, 14, 101, 228):
        inner = ip4(17, struct.pack('!HHHH', 53, 53, 8 + 4, 0) + rnd(4))[14:]
    elif dlt == 1:
        inner = ip4(17, struct.pack('!HHHH', 53, 53, 8 + 4, 0) + rnd(4))
    else:
        inner = rnd(R.randrange(0, 40))
    fr = struct.pack('<BBHI', 0, 0, 8, dlt) + inner
    if R.random() < 0.1:
        fr = fr[:R.randrange(1, len(fr))]
    return fr


pcap('cov-more-ppi.pcap', 192, [ppi() for _ in range(200)])
