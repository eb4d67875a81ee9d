#!/usr/bin/env python3
"""Writes the WAN link-type captures of the printer's golden tests (captures/wan-*.pcap): Frame
Relay, multilink Frame Relay, SLIP, SunATM, RFC 1483 ATM, Classical IP over ATM and Juniper's
link types (every one tcpdump decodes, and some it leaves UNSUPPORTED), with seeded random field
values, wrong lengths and cut frames. Plain Python (no scapy); deterministic. Re-make them with:

    python3 wan-links.py ../captures
"""
import os
import random
import struct
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
R = random.Random(182)


def csum(data):
    if len(data) % 2:
        data += b'\0'
    s = sum(struct.unpack('!%dH' % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff


def ip4(proto=17, payload=None):
    if payload is None:
        payload = struct.pack('!HHHH', R.randrange(1024, 65535), R.choice([9999, 40000]),
                              8 + 4, 0) + bytes(R.randrange(256) for _ in range(4))
    src = bytes([10, 0, R.randrange(256), R.randrange(1, 255)])
    dst = bytes([10, 1, R.randrange(256), R.randrange(1, 255)])
    h = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(payload), R.randrange(65536), 0,
                    R.randrange(1, 255), proto, 0, src, dst)
    return h[:10] + struct.pack('!H', csum(h)) + h[12:] + payload


def tcp4():
    th = struct.pack('!HHIIBBHHH', R.randrange(1024, 65535), 80, R.getrandbits(32),
                     R.getrandbits(32), 0x50, 0x18, 8192, 0, 0) + b'data' * R.randrange(3)
    return ip4(6, th)


def ip6():
    payload = struct.pack('!HHHH', 5353, 5353, 12, 0) + b'abcd'
    return (struct.pack('!IHBB', 0x60000000, len(payload), 17, 64)
            + bytes.fromhex('fe80000000000000000000000000000' + '%x' % R.randrange(1, 16))
            + bytes.fromhex('ff020000000000000000000000000001') + payload)


def write(name, linktype, frames):
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, linktype))
        t = 1700000000
        for i, fr in enumerate(frames):
            wire = len(fr)
            cap = fr
            if R.random() < 0.12:  # a cut frame
                cap = fr[:R.randrange(1, len(fr) + 1)]
            elif R.random() < 0.05:  # a wire length the bytes do not fill
                wire += R.randrange(1, 40)
            f.write(struct.pack('<IIII', t + i, R.randrange(1000000), len(cap), wire) + cap)


def q922(dlci=None, size=2):
    dlci = R.randrange(1024) if dlci is None else dlci
    cr, fecn, becn, de = (R.random() < 0.2 for _ in range(4))
    if size == 2:
        return bytes([(dlci >> 4) << 2 | cr << 1, (dlci & 0xf) << 4 | fecn << 3 | becn << 2
                      | de << 1 | 1])
    if size == 3:
        return bytes([(dlci >> 10) << 2 | cr << 1, ((dlci >> 6) & 0xf) << 4 | fecn << 3, (dlci & 0x3f) << 2 | 1])
    return bytes([(dlci >> 17) << 2, ((dlci >> 13) & 0xf) << 4, ((dlci >> 6) & 0x7f) << 1,
                  (dlci & 0x3f) << 2 | R.choice([0, 2]) | 1])


def q933():
    ansi = R.random() < 0.5
    ies = b''
    if ansi:
        ies += b'\x95'
    rt = 0x01 if ansi else 0x51
    lv = 0x03 if ansi else 0x53
    pvc = 0x07 if ansi else 0x57
    ies += bytes([rt, 1, R.choice([0, 1, 2, 7])])
    ies += bytes([lv, 2, R.randrange(256), R.randrange(256)])
    for _ in range(R.randrange(3)):
        d = R.randrange(1024)
        ies += bytes([pvc, 3, d >> 4 & 0x3f, (d & 0xf) << 3 | 0x80, 0x80 | R.choice([0, 2, 8, 10])])
    if R.random() < 0.2:
        ies += bytes([R.randrange(0x10, 0x7f), 2, 1, 2])
    if R.random() < 0.1:
        ies += bytes([pvc, 2, 1, 2])
    cref = R.choice([b'\x00', b'\x01\x00', b'\x01\x05', b'\x02\x01\x02'])
    return b'\x08' + cref + bytes([R.choice([0x75, 0x7d, 0x05, 0x4d, 0x33])]) + ies


def fr_frame():
    k = R.randrange(10)
    size = R.choice([2, 2, 2, 2, 3, 4])
    a = q922(size=size)
    pad = b'\x00' if size == 3 or R.random() < 0.1 else b''
    if k == 0:
        return a + b'\x03' + pad + b'\xcc' + ip4()
    if k == 1:
        return a + b'\x03' + pad + b'\x8e' + ip6()
    if k == 2:
        return a + b'\x03' + pad + b'\x80' + bytes([0, 0, 0, 8, 0]) + ip4()
    if k == 3:
        return a + b'\x03' + pad + b'\x80' + bytes([0, 0, 0x0c, 0x12, 0x34]) + b'\x00' * 10
    if k == 4:
        return q922(dlci=0) + b'\x03' + q933()
    if k == 5:
        b0 = R.choice([0xc0, 0x80, 0x40, 0x00, 0xc1]) | R.randrange(16) << 1
        return a + b'\x03' + pad + b'\xb1' + bytes([b0, R.randrange(256)]) + b'frag'
    if k == 6:
        return a + b'\x03' + pad + b'\xcf' + b'\xc0\x21\x01\x01\x00\x08\x05\x06\x12\x34'
    if k == 7:
        return a + struct.pack('!H', R.choice([0x0800, 0x86dd, 0x1234])) + ip4()
    if k == 8:
        return a + b'\x03' + pad + bytes([R.choice([0x42, 0x09, 0x00])]) + b'\x01\x02\x03\x04'
    return a + bytes([R.choice([0x13, 0x03])])


def mfr_frame():
    if R.random() < 0.5:
        ies = b''
        for _ in range(R.randrange(4)):
            t = R.choice([1, 2, 3, 3, 6, 7, 9])
            if t in (1, 2):
                v = ('bundle%d' % R.randrange(100)).encode() + (b'\x00' if R.random() < 0.5 else b'')
            elif t == 3:
                v = struct.pack('!I', R.getrandbits(32)) if R.random() < 0.8 else b'\x01\x02'
            else:
                v = bytes(R.randrange(256) for _ in range(R.randrange(1, 6)))
            ies += bytes([t, len(v) + 2]) + v
        return bytes([0xe1, 0, R.randrange(0, 9)]) + ies
    b0 = R.choice([0xc0, 0x80, 0x40, 0x00]) | R.randrange(16) << 1 | 1
    return bytes([b0, R.randrange(256)]) + fr_frame()


def slip_frame():
    d = R.choice([0, 1, 0, 1, 7])
    k = R.randrange(4)
    pkt = tcp4()
    hdr = bytearray(16)
    hdr[0] = d
    if k == 0:
        hdr[1] = 0x40
    elif k == 1:
        hdr[1] = 0x70
        hdr[10] = R.randrange(256)
    elif k == 2:
        flags = R.choice([0x0b, 0x0f, 0x40 | 0x07, 0x27, 0x41, 0x02])
        c = bytes([0x80 | flags]) + (bytes([R.randrange(16)]) if flags & 0x40 else b'')
        c += b'\x12\x34' + bytes([R.choice([0, 5]), 1, 2, 3, 4, 5, 6, 7])
        hdr[1:1 + len(c)] = c[:15]
    else:
        hdr[1] = R.choice([0x00, 0x10, 0x20])
    if R.random() < 0.1:
        return bytes(hdr) + bytes([0x30]) + pkt[1:]
    return bytes(hdr) + (ip6() if R.random() < 0.15 else pkt)


def oam_cell(vci, hec=True):
    vpi = R.randrange(256) if vci not in (3, 4) else 0
    hdr = struct.pack('!I', vpi << 20 | vci << 4 | R.randrange(8) << 1 | R.randrange(2))
    ct = R.choice([0x18, 0x10, 0x11, 0x14, 0x20, 0x81, 0xf0])
    body = bytes([ct]) + bytes(R.randrange(256) for _ in range(45))
    crc_field = R.randrange(1024)
    payload = body + struct.pack('!H', crc_field)
    if R.random() < 0.5:
        payload = body + struct.pack('!H', crc10_fix(body))
    return hdr + (b'\x00' if hec else b'') + payload


CRC10 = []
for i in range(256):
    acc = i << 2
    for _ in range(8):
        acc <<= 1
        if acc & 0x400:
            acc ^= 0x633
    CRC10.append(acc & 0xffff)


def crc10(data):
    acc = 0
    for b in data:
        acc = ((acc << 8) & 0x3ff) ^ CRC10[(acc >> 2) & 0xff] ^ b
    return acc


def crc10_fix(body):
    for c in range(1024):
        if crc10(body + struct.pack('!H', c)) == 0:
            return c
    return 0


def sunatm_frame():
    k = R.randrange(7)
    d = R.choice([0x00, 0x80]) | R.choice([2, 2, 1, 0])
    if k == 0:
        msg = bytes([9, 3, 0, 0, R.randrange(256), R.choice([5, 7, 0x4d, 0x99]), 0, 0, 0])
        return bytes([d, 0]) + struct.pack('!H', 5) + msg
    if k in (1, 2):
        vci = R.choice([3, 4])
        return bytes([d, 0]) + struct.pack('!H', vci) + oam_cell(vci)
    if k == 3:
        return bytes([d, 0]) + struct.pack('!H', R.choice([1, 2])) + b'\x00' * 8
    if k == 4:
        return bytes([d & 0xf0 | 1, 1]) + struct.pack('!H', 40) + b'\xff\x00\x01\x01\x00' + bytes([R.randrange(10)]) + b'\x00' * 4
    return bytes([d & 0xf0 | 2, R.randrange(4)]) + struct.pack('!H', R.randrange(32, 200)) + b'\xaa\xaa\x03\x00\x00\x00\x08\x00' + ip4()


def rfc1483_frame():
    k = R.randrange(4)
    if k == 0:
        return b'\xaa\xaa\x03\x00\x00\x00\x08\x00' + ip4()
    if k == 1:
        return b'\x03\xcc' + ip4()
    if k == 2:
        return bytes(R.randrange(256) for _ in range(20)) + b'\xaa\xaa\x03\x00\x00\x00\x08\x00' + ip4()
    return b'\x06\x06\x03' + ip4()


def clip_frame():
    if R.random() < 0.5:
        return b'\xaa\xaa\x03\x00\x00\x00\x08\x00' + ip4()
    return ip4()


def juniper(cookie=b'', flags=None):
    flags = R.choice([0x00, 0x01, 0x81, 0x80, 0x03]) if flags is None else flags
    h = b'MGC' + bytes([flags])
    if flags & 0x80:
        tlvs = b''
        for _ in range(R.randrange(1, 5)):
            t = R.choice([1, 2, 3, 4, 5, 6, 7, 8, 130, 9])
            n = R.choice([1, 2, 4, 3, 5]) if t != 2 else 4
            tlvs += bytes([t, n]) + (b'ge-0' if t == 2 else bytes(R.randrange(64) for _ in range(n)))
        h += struct.pack('!H', len(tlvs)) + tlvs
    return h + cookie


def ether():
    return bytes.fromhex('0200000000020200000000010800') + ip4()


def juniper_ether_frame():
    j = juniper()
    if j[3] & 0x02:
        return j + b'\x00\x00\x00\x00' + ip4()
    return j + ether()


def juniper_atm1_frame():
    k = R.randrange(5)
    if k == 0:
        return juniper(bytes([0x80, 0, 0, 5])) + oam_cell(R.choice([3, 4, 40]), hec=False)
    cookie = bytes([R.randrange(0x7f), 0, 0, R.randrange(256)])
    if k == 1:
        return juniper(cookie) + b'\xaa\xaa\x03\x00\x00\x00\x08\x00' + ip4()
    if k == 2:
        return juniper(cookie) + b'\x03\xcc' + ip4()
    if k == 3:
        return juniper(cookie) + ip4()
    return juniper(bytes([0x54, 1, 2, 3, 4, 5])) + b'\x00\x00' + b'\x11' * 8


def juniper_es_frame():
    t = R.choice([1, 2, 3, 4, 5, 9])
    ih = struct.pack('!HBBI4s4s', R.randrange(65536), R.randrange(256), t, R.getrandbits(32),
                     bytes([192, 0, 2, 1]), bytes([198, 51, 100, 2]))
    return juniper(flags=R.choice([0, 1])) + ih + ip4()


def main():
    write('wan-fr.pcap', 107, [fr_frame() for _ in range(80)])
    write('wan-mfr.pcap', 182, [mfr_frame() for _ in range(50)])
    write('wan-slip.pcap', 8, [slip_frame() for _ in range(40)])
    write('wan-sunatm.pcap', 123, [sunatm_frame() for _ in range(50)])
    write('wan-atm1483.pcap', 100, [rfc1483_frame() for _ in range(24)])
    write('wan-clip.pcap', 106, [clip_frame() for _ in range(16)])
    write('wan-juniper-ether.pcap', 178, [juniper_ether_frame() for _ in range(30)])
    write('wan-juniper-atm1.pcap', 137, [juniper_atm1_frame() for _ in range(40)])
    write('wan-juniper-es.pcap', 132, [juniper_es_frame() for _ in range(20)])
    write('wan-juniper-ppp.pcap', 179, [juniper() + b'\xff\x03\x00\x21' + ip4() for _ in range(12)])
    write('wan-juniper-fr.pcap', 180, [juniper() + fr_frame() for _ in range(16)])
    write('wan-juniper-chdlc.pcap', 181,
          [juniper() + b'\x0f\x00\x08\x00' + ip4() for _ in range(12)])
    write('wan-slip-bsdos.pcap', 102, [bytes(R.randrange(256) for _ in range(16)) + ip4()
                                       for _ in range(8)])


main()


# --- Juniper's other link types (appended: the captures above stay byte for byte the same) ---

def jhdr(flags=None):
    """The MGC header with any flags and every extension TLV type, sometimes damaged."""
    if flags is None:
        flags = R.choice([0x00, 0x01, 0x80, 0x81, 0x41, 0x05, 0xc5, 0x84, 0x02, 0x83])
    h = b'MGC' + bytes([flags])
    if flags & 0x80:
        tlvs = b''
        for _ in range(R.randrange(0, 6)):
            t = R.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 128, 130, 200, 255])
            n = R.choice([1, 2, 3, 4, 4, 4, 5, 6])
            if t == 2:
                v = R.choice([b'ge-0/0/0', b'so-1/2/3.0', b'at-0/1'])
                n = len(v)
            elif t in (3, 7):
                v = struct.pack('<I', R.choice([1, 4, 5, 8, 17, 18, 24, 34, 39, 56, 60, 21, 99]))[:n]
            elif t in (6, 8):
                v = struct.pack('<I', R.choice([2, 5, 14, 17, 28, 29, 34, 44, 48, 63, 64, 65, 31, 90]))[:n]
            elif t == 1 and R.random() < 0.1:
                v, n = b'\xff\xff\xff\xff', 4
            else:
                v = bytes(R.randrange(256) for _ in range(n))
            v = (v + bytes(8))[:n]
            tlvs += bytes([t, n]) + v
        k = R.random()
        if k < 0.06:
            tlvs += b'\x00\x03abc'  # type 0 ends the list
        elif k < 0.12:
            tlvs += b'\x04\x00'  # length 0 ends it
        ext = len(tlvs)
        if R.random() < 0.06 and ext > 4:
            ext -= R.randrange(1, 4)  # a TLV overruns the total
        h += struct.pack('!H', ext) + tlvs
    return h


def jframe(cookie, body):
    h = jhdr()
    if h[3] & 0x02:  # no L2 header: four bytes, then IP guessed
        return h + bytes(R.randrange(256) for _ in range(4)) + R.choice([ip4, ip6, lambda: b'\x12\x34\x56'])()
    return h + cookie + body


def rnd(n):
    return bytes(R.randrange(256) for _ in range(n))


def plain_cookie(n):
    """A cookie whose first byte is neither the LS (0x54) nor the AS (0x47) one."""
    b0 = R.choice([0x00, 0x01, 0x10, 0x80, 0x3f, 0x12])
    return bytes([b0]) + rnd(n - 1)


def ls_cookie(n):
    return b'\x54' + rnd(n - 1)


def as_cookie(c4=None, c5=None):
    c4 = R.choice([0x0c, 0x04, 0x08, 0x00]) if c4 is None else c4
    c5 = R.choice([0x00, 0x10, 0x20, 0x30, 0x40, 0x70, 0x05, 0x1f, 0x80]) if c5 is None else c5
    return b'\x47' + rnd(3) + bytes([c4, c5]) + rnd(2)


def lcp():
    return b'\xc0\x21' + R.choice([b'\x09\x01\x00\x08\x12\x34\x56\x78',
                                   b'\x01\x02\x00\x0e\x01\x04\x05\xdc\x05\x06\x11\x22\x33\x44'])


def ppp_payload():
    k = R.randrange(14)
    return [lambda: b'\x00\x21' + ip4(), lambda: b'\x00\x57' + ip6(), lcp,
            lambda: b'\x80\x21\x01\x01\x00\x0a\x03\x06\x0a\x00\x00\x01',
            lambda: b'\x02\x81' + b'\x00\x01\x01\x40' + ip4(),
            lambda: b'\x02\x83' + b'\x00\x01\x01\x40' + ip4(),
            lambda: b'\x00\x3d\xc0\x00\x00\x01' + b'\x00\x21' + ip4(),
            lambda: b'\xc0\x23\x01\x01\x00\x0c\x03abc\x03def',
            lambda: b'\xc2\x23\x01\x01\x00\x0a\x04\x01\x02\x03\x04x',
            lambda: b'\x00\x23' + osi(),
            lambda: b'\x80\x23\x01\x01\x00\x04', lambda: b'\x82\x81\x01\x01\x00\x04',
            lambda: b'\x80\x57\x01\x01\x00\x0e\x01\x0a' + rnd(8),
            lambda: b'\xff\x03' + R.choice([b'\x00\x21' + ip4(), lcp()])][k]()


def osi():
    """An NLPID and what follows it: IS-IS, CLNP, ES-IS, IP, IPv6 or Q.933-ish."""
    k = R.randrange(7)
    if k in (0, 6):  # IS-IS L1 LAN hello with an area address, or a point-to-point one
        tlv = b'\x01\x04\x03\x49\x00\x01'
        if k == 0:
            return (bytes([0x83, 27, 1, 0, 15, 1, 0, 0, 1]) + rnd(6) + b'\x00\x1e'
                    + struct.pack('!H', 27 + len(tlv)) + b'\x40' + rnd(7) + tlv)
        return (bytes([0x83, 20, 1, 0, 17, 1, 0, 0, 3]) + rnd(6) + b'\x00\x1e'
                + struct.pack('!H', 20 + len(tlv)) + b'\x01' + tlv)
    if k == 1:
        return b'\xcc' + ip4()
    if k == 2:
        return b'\x8e' + ip6()
    if k == 3:  # ES-IS ESH
        return bytes([0x82, 0x0f, 1, 0, 2, 0, 0x10, 0x34, 0x12, 1, 5]) + b'\x49\x00\x01\x02\x03'
    if k == 4:  # CLNP data, too short to be right
        return bytes([0x81, 0x10, 1, 0x20, 0x1c]) + rnd(12)
    return bytes([R.randrange(256)]) + rnd(6)


def mpls():
    return struct.pack('!I', R.randrange(16, 1 << 20) << 12 | 1 << 8 | 64) + ip4()


def juniper_atm2_frame():
    k = R.randrange(12)
    if k in (0, 10, 11):  # an OAM cell, with or without a control word
        c = rnd(7) + bytes([R.choice([0x10, 0x70, 0x40, 0x3f | 0x20])])
        cw = R.choice([b'\x00\x00\x00\x00', b'\x08\x00\x00\x00', b'\x08\x38\x00\x00', b'\x01\x02\x03\x04', b''])
        cookie = plain_cookie(1) + c[1:]
        return jframe(cookie, cw + oam_cell(R.choice([3, 4, 40]), hec=False))
    cookie = plain_cookie(7) + bytes([R.randrange(16) | R.choice([0, 0, 0x80])])
    if R.random() < 0.08:
        cookie = R.choice([ls_cookie(8), as_cookie()])
    if k == 1:
        return jframe(cookie, b'\xaa\xaa\x03\x00\x00\x00\x08\x00' + ip4())
    if k == 2:
        return jframe(cookie, b'\xfe\xfe\x03' + osi())
    if k == 3:  # Ethernet over RFC 1483: outbound, gap count set
        c = bytearray(cookie)
        c[3] = c[3] & 0xc0 | R.randrange(1, 64)
        h = jhdr(R.choice([0x00, 0x80, 0x01]))
        return h + bytes(c) + ether()
    if k == 4:
        return jframe(cookie, b'\x03' + osi())
    if k in (5, 6):
        return jframe(cookie, ppp_payload())
    if k == 7:
        return jframe(cookie, R.choice([ip4, ip6])())
    if k == 8:
        return jframe(cookie, b'\xaa\xaa\x03' + rnd(3) + b'\x12\x34' + rnd(6))
    return jframe(cookie, rnd(R.randrange(1, 12)))


def juniper_mlppp_frame():
    k = R.randrange(7)
    if k == 0:
        cookie = R.choice([b'\x00\x23', b'\xff\x03', plain_cookie(2)])
        if cookie == b'\x00\x23':
            return jframe(cookie, osi())
        return jframe(cookie, ppp_payload())
    if k == 1:
        return jframe(ls_cookie(4), ppp_payload())
    if k in (2, 3):
        c5 = R.choice([0x00, 0x10, 0x20, 0x30, 0x40, 0x50, 0x80, 0x0f])
        c4 = R.choice([0x0c, 0x0c, 0x04, 0x00])
        body = {0x00: (ppp_payload if c4 == 0x0c else ip4), 0x10: ip6, 0x20: mpls,
                0x30: osi}.get(c5 & 0x70, ppp_payload)()
        return jframe(as_cookie(c4, c5), body)
    if k == 4:  # an LSQ protocol where the PPP protocol would be
        p = R.choice([b'\x00\x00', b'\x00\x10', b'\x00\x20', b'\x00\x30'])
        return jframe(plain_cookie(2), p + rnd(2) + ip4())
    if k == 5:
        return jframe(plain_cookie(2), b'\xff\x03' + ppp_payload())
    return jframe(plain_cookie(2), rnd(R.randrange(1, 10)))


MLFR_PROTOS = [b'\x00\x03', b'\x03\x00', b'\x03\x08', b'\x03\xcc', b'\x03\x8e', b'\x12\x34', b'\xfe\xfe']


def mlfr_body(proto):
    if proto == b'\x03\xcc':
        return ip4()
    if proto == b'\x03\x8e':
        return ip6()
    if proto == b'\x03\x08':
        return q933()[1:]
    if proto in (b'\x00\x03', b'\x03\x00'):
        return osi()
    return rnd(R.randrange(0, 10))


def juniper_mlfr_frame():
    k = R.randrange(4)
    proto = R.choice(MLFR_PROTOS)
    if k == 0:
        return jframe(ls_cookie(4), proto + mlfr_body(proto))
    if k == 1:
        c5 = R.choice([0x00, 0x10, 0x20, 0x30, 0x03])
        return jframe(as_cookie(None, c5), R.choice([ip4, ip6, osi])())
    return jframe(plain_cookie(2), proto + mlfr_body(proto))


def juniper_mfr_frame():
    k = R.randrange(6)
    if k == 0:  # a child link: an FRF.16 frame, no cookie
        while True:
            m = mfr_frame()
            if m[0] & 0xc0 == 0xc0:
                return jframe(b'', m)
    proto = R.choice(MLFR_PROTOS)
    if k == 1:
        return jframe(ls_cookie(6), proto + mlfr_body(proto))
    if k == 2:
        c5 = R.choice([0x00, 0x10, 0x20, 0x30, 0x40, 0x03])
        body = {0x00: ip4, 0x10: ip6, 0x20: mpls, 0x30: osi}.get(c5 & 0x70, lambda: rnd(6))()
        return jframe(as_cookie(None, c5), body)
    cookie = R.choice([b'\x00\x00\x00\x01', plain_cookie(4)])
    if cookie[0] & 0xc0 == 0xc0:
        cookie = b'\x01' + cookie[1:]
    if proto == b'\xfe\xfe':
        return jframe(cookie, proto + osi())
    return jframe(cookie, proto + mlfr_body(proto))


def juniper_ggsn_frame():
    proto = R.choice([1, 2, 2, 6, 6, 9])
    cookie = bytes([R.choice([0, 1, 0x20, 0x47, 0x54]), R.randrange(256), proto, R.randrange(256)]) \
        + struct.pack('!H', R.randrange(4096)) + rnd(2)
    body = {2: ip4, 6: ip6}.get(proto, lambda: rnd(8))()
    return jframe(cookie, body)


def juniper_svc_frame():
    cookie = R.choice([plain_cookie(8), plain_cookie(8), as_cookie(), ls_cookie(8)])
    body = R.choice([ip4, ip4, ip6, lambda: rnd(R.randrange(1, 12)), tcp4])()
    return jframe(cookie, body)


def pppoe_session():
    ppp = R.choice([lambda: b'\x00\x21' + ip4(), lcp, lambda: b'\x00\x57' + ip6()])()
    return b'\x11\x00' + struct.pack('!HH', R.randrange(65536), len(ppp)) + ppp


def pppoe_discovery():
    tags = b'\x01\x01\x00\x00' + b'\x01\x02\x00\x04jnpr'
    return bytes([0x11, R.choice([0x09, 0x07, 0x19, 0x65, 0xa7])]) + struct.pack('!HH', 0, len(tags)) + tags


def juniper_pppoe_frame():
    dst = bytes([R.choice([0x02, 0x00, 0x54, 0x47, 0xff])]) + rnd(5)
    k = R.randrange(5)
    if k == 4:  # shorter than a PPPoE header
        return jframe(b'', dst + rnd(6) + R.choice([b'\x88\x64', b'\x88\x63']) + rnd(R.randrange(6)))
    if k == 0:
        return jframe(b'', dst + rnd(6) + b'\x88\x63' + pppoe_discovery())
    if k == 3:
        return jframe(b'', dst + rnd(6) + b'\x08\x00' + ip4())
    return jframe(b'', dst + rnd(6) + b'\x88\x64' + pppoe_session())


def juniper_pppoe_atm_frame():
    k = R.randrange(5)
    if k == 0:
        return jframe(b'', b'\x88\x63' + pppoe_discovery())
    if k == 1:
        return jframe(b'', b'\x08\x00' + ip4())
    if k == 2:
        return jframe(b'', b'\x12\x34' + rnd(6))
    return jframe(b'', b'\x88\x64' + pppoe_session())


def write_cuts(name, linktype, frames):
    """Each frame cut at every byte, then whole."""
    cut = []
    for fr in frames:
        cut += [(fr[:n], len(fr)) for n in range(1, len(fr) + 1)]
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 65535, linktype))
        for i, (cap, wire) in enumerate(cut):
            f.write(struct.pack('<IIII', 1700000000 + i, 0, len(cap), wire) + cap)


def juniper_more():
    write('wan-juniper-atm2.pcap', 135, [juniper_atm2_frame() for _ in range(90)])
    write('wan-juniper-mlppp.pcap', 130, [juniper_mlppp_frame() for _ in range(70)])
    write('wan-juniper-mlfr.pcap', 131, [juniper_mlfr_frame() for _ in range(60)])
    write('wan-juniper-mfr.pcap', 134, [juniper_mfr_frame() for _ in range(70)])
    write('wan-juniper-ggsn.pcap', 133, [juniper_ggsn_frame() for _ in range(40)])
    write('wan-juniper-services.pcap', 136, [juniper_svc_frame() for _ in range(40)])
    write('wan-juniper-monitor.pcap', 164, [juniper_svc_frame() for _ in range(40)])
    write('wan-juniper-pppoe.pcap', 167, [juniper_pppoe_frame() for _ in range(40)])
    write('wan-juniper-pppoe-atm.pcap', 168, [juniper_pppoe_atm_frame() for _ in range(40)])
    # Juniper link types tcpdump 4.99.3 has no printer for: UNSUPPORTED and the bytes
    for name, lt in (('vp', 183), ('st', 200), ('ism', 194), ('pic-peer', 174), ('atm-cemic', 238)):
        write('wan-juniper-%s.pcap' % name, lt, [jhdr() + rnd(R.randrange(0, 30)) for _ in range(3)])
    # a few frames of each cut at every byte
    cuts = []
    for lt, gen in ((135, juniper_atm2_frame), (130, juniper_mlppp_frame), (131, juniper_mlfr_frame),
                    (134, juniper_mfr_frame), (133, juniper_ggsn_frame), (136, juniper_svc_frame),
                    (164, juniper_svc_frame), (167, juniper_pppoe_frame), (168, juniper_pppoe_atm_frame)):
        frames = [gen() for _ in range(3)]
        cuts.append((lt, frames))
    for lt, frames in cuts:
        write_cuts('wan-juniper-cut%d.pcap' % lt, lt, frames)


juniper_more()
