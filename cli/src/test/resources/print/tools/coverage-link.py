#!/usr/bin/python3
"""Writes captures/cov-link-*.pcap: link-layer and control protocols (IS-IS, CLNP/ES-IS, CDP,
LLDP, PPP and its control protocols, L2TP, EAPOL, CFM, LACP/marker/OAM, DTP/VTP/UDLD, Q.933)
built from raw bytes with a seeded random generator, aimed at the printer code no other
capture reached (a JaCoCo run of the printer tests): known and unknown types, right and wrong
lengths, short and cut TLVs. Deterministic; re-run to re-make them:

    /usr/bin/python3 coverage-link.py [OUT_DIR]    (OUT_DIR: ../captures by default)
"""
import os
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import tinypcap  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else \
    os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'captures')
R = random.Random(20261207)


def write(name, dlt, frames):
    tinypcap.save(os.path.join(OUT, name), frames, dlt)


def rb(n):
    return bytes(R.randrange(256) for _ in range(n))


def rtext(n):
    return bytes(R.choice(b'abcdefghijklmnopqrstuvwxyz0123456789-._ \x00\x01\xff') for _ in range(n))


def near(n):
    """A length: mostly n, sometimes a little more or less."""
    r = R.random()
    if r < 0.7:
        return n
    return max(0, n + R.choice([-3, -2, -1, 1, 2, 4]))


def fit(v, n):
    """v cut or padded with random bytes to n bytes."""
    return v[:n] if len(v) >= n else v + rb(n - len(v))


def maybe_cut(fr, lo=14, share=0.1):
    if R.random() < share and len(fr) > lo + 1:
        return fr[:R.randrange(lo, len(fr))]
    return fr


MAC_A = bytes.fromhex('020000000001')


def dot3(dst, payload):
    """An 802.3 frame: its length field the payload's length."""
    return bytes.fromhex(dst) + MAC_A + struct.pack('!H', len(payload)) + payload


def ether(etype, payload, dst='020000000002'):
    return bytes.fromhex(dst) + MAC_A + struct.pack('!H', etype) + payload


# ---------------------------------------------------------------- IS-IS

def tlv8(t, v, lenfix=True):
    n = len(v) if lenfix or R.random() < 0.9 else R.randrange(256)
    return bytes([t, min(n, 255)]) + v[:255]


def isis_subtlvs_is():
    out = b''
    for _ in range(R.randrange(0, 5)):
        st = R.choice([3, 4, 5, 6, 8, 9, 10, 11, 12, 18, 19, 20, 21, 22, 29, 32, 31, 250, 255,
                       R.randrange(256)])
        size = {3: 4, 4: 8, 5: 4, 6: 4, 8: 4, 9: 4, 10: 4, 11: 32, 12: 36, 18: 3, 19: 4, 20: 2,
                21: 36 + R.choice([0, 6, 8, 4, 10, 8, 8]), 22: 1 + 4 * R.randrange(0, 8), 29: 6 + R.choice([0, 2, 6, 8, 9]),
                32: 13, 31: 7}.get(st, R.randrange(0, 12))
        v = rb(near(size))
        if st == 20 and len(v) >= 2:
            v = bytes([R.choice([0, 1, 2, 4, 6, 7, 0x20])]) + v[1:]
        if st == 21 and len(v) >= 1:
            v = bytes([R.choice([1, 2, 3, 4, 51, 100, 100, 100, 150, 200, R.randrange(256)])]) + v[1:]
        if st == 29 and len(v) >= 5:
            v = v[:4] + bytes([R.choice([0, 0x10, 0x20, 0x30])]) + v[5:]
        out += bytes([st, len(v)]) + v
    if R.random() < 0.08:
        out += rb(1)  # shorter than a sub-TLV header
    return out


def isis_ext_is(mt=False):
    v = b''
    if mt:
        v += struct.pack('!H', R.choice([0, 1, 2, 3, 4095, R.randrange(65536)]))
    for _ in range(R.randrange(1, 3)):
        sub = isis_subtlvs_is()
        sl = len(sub) if R.random() < 0.85 else R.randrange(256)
        v += rb(7) + rb(3) + bytes([sl & 0xff]) + sub
    return v


def isis_ip_subtlvs():
    out = b''
    for _ in range(R.randrange(0, 4)):
        st = R.choice([1, 2, 3, 117, R.randrange(256)])
        size = {1: 4, 2: 8, 3: R.choice([5, 6, 8, 4, 7]), 117: 4}.get(st, R.randrange(0, 8))
        v = rb(near(size))
        if st == 3 and len(v) >= 2:
            v = bytes([R.choice([0, 0x08, 0x0c, 0x04, 0xff]), R.choice([0, 1, 2])]) + v[2:]
        out += bytes([st, len(v)]) + v
    return out


def isis_ext_ip(mt=False, v6=False):
    v = b''
    if mt:
        v += struct.pack('!H', R.choice([0, 2, 3, 4, R.randrange(65536)]))
    for _ in range(R.randrange(1, 3)):
        plen = R.choice([0, 8, 24, 32, 33, 64, 128, 129, R.randrange(64)])
        sub = isis_ip_subtlvs() if R.random() < 0.5 else b''
        if v6:
            fl = (0x20 if sub else 0) | R.choice([0, 0x80, 0x40])
            e = rb(4) + bytes([fl, plen]) + rb(min((plen + 7) // 8, 16))
        else:
            fl = (0x40 if sub else 0) | R.choice([0, 0x80]) | (plen & 0x3f)
            e = rb(4) + bytes([fl]) + rb((min(plen, 32) + 7) // 8)
        if sub:
            e += bytes([len(sub) if R.random() < 0.85 else R.randrange(256)]) + sub
        v += e
    return v


def isis_router_cap():
    if R.random() < 0.05:
        return rb(R.randrange(0, 5))
    v = rb(4) + bytes([R.choice([0, 1, 2, 3])])
    for _ in range(R.randrange(0, 4)):
        st = R.choice([2, 3, 4, 19, 21, 22, R.randrange(256)])
        if st == 2:
            body = bytes([R.choice([0x80, 0x40, 0xc0, 0, 0x3f])]) + rb(3)
            for _ in range(R.randrange(0, 3)):
                sl = R.choice([3, 4, 5, 2])
                body += bytes([1, sl]) + rb(sl)
        else:
            body = rb(R.randrange(0, 10))
        v += bytes([st, len(body)]) + body
    return v


def isis_spb():
    # MT port capability: MT-id then sub-TLVs (SPB MCID, Digest, BVID)
    v = struct.pack('!H', R.randrange(65536))
    for _ in range(R.randrange(0, 3)):
        st = R.choice([4, 5, 6, R.randrange(256)])
        size = {4: 102, 5: 33, 6: 6 * R.randrange(0, 3) + R.choice([0, 0, 1, 3, 4, 5])}.get(st, R.randrange(0, 6))
        sz = size if R.random() < 0.6 else R.randrange(0, size + 3)
        v += bytes([st, sz]) + rb(sz)
    return v


def isis_mtcap():
    v = struct.pack('!H', R.randrange(65536))
    for _ in range(R.randrange(0, 3)):
        st = R.choice([1, 3, R.randrange(256)])
        size = {1: 19 + 8 * R.randrange(0, 3), 3: 8 + 4 * R.randrange(0, 3)}.get(st, R.randrange(0, 6))
        sz = size if R.random() < 0.6 else R.randrange(0, size + 3)
        v += bytes([st, sz]) + rb(sz)
    return v


def isis_tlv():
    t = R.choice([1, 2, 3, 6, 8, 9, 10, 12, 13, 14, 22, 22, 22, 128, 129, 130, 131, 132, 134,
                  135, 135, 137, 138, 143, 144, 211, 222, 222, 229, 232, 235, 236, 237, 240,
                  241, 242, 242, 4, 5, 66, 176, 250, R.randrange(256)])
    if t == 22:
        v = isis_ext_is()
    elif t == 222:
        v = isis_ext_is(True)
    elif t in (135, 235):
        v = isis_ext_ip(t == 235)
    elif t in (236, 237):
        v = isis_ext_ip(t == 237, True)
    elif t == 242:
        v = isis_router_cap()
    elif t == 143:
        v = isis_spb()
    elif t == 144:
        v = isis_mtcap()
    elif t == 1:
        v = b''
        for _ in range(R.randrange(0, 3)):
            n = R.choice([1, 3, 13, 20, 0])
            v += bytes([n]) + rb(n)
    elif t == 2:
        v = bytes([R.randrange(2)]) + rb(11 * R.randrange(0, 3) + R.choice([0, 0, 3]))
    elif t in (128, 130):
        v = rb(12 * R.randrange(0, 3) + R.choice([0, 0, 5]))
    elif t == 10:
        at = R.choice([1, 54, 3, 255, 0])
        v = bytes([at]) + (rtext(R.randrange(0, 10)) if at == 1 else rb(R.choice([16, 3, 0, 20])))
    elif t == 229:
        v = rb(2 * R.randrange(0, 4) + R.choice([0, 0, 1]))
    elif t == 240:
        v = bytes([R.randrange(4)]) + rb(R.choice([0, 4, 10, 14, 2]))
    elif t == 211:
        v = bytes([R.randrange(8)]) + rb(R.choice([0, 2, 8, 1]))
    elif t == 137:
        v = rtext(R.randrange(0, 12))
    elif t == 129:
        v = bytes(R.choice([0xcc, 0x8e, 0x81, 0x83, 0, 0x77]) for _ in range(R.randrange(0, 4)))
    elif t == 12:
        v = rb(R.choice([2, 1, 3]))
    elif t == 13:
        n = R.randrange(1, 3)
        v = bytes([n]) + b''.join(bytes([6]) + rb(6) for _ in range(n))
        if R.random() < 0.3:
            v = v[:R.randrange(len(v))]
    elif t == 138:
        v = rb(4) + rb(R.choice([1, 4, 8, 5]))
    elif t == 3:
        v = rb(1) + rb(6 * R.randrange(0, 3))
    else:
        v = rb(R.randrange(0, 20))
    return tlv8(t, v, R.random() < 0.9)


def isis_pdu():
    ptype = R.choice([18, 20, 18, 20, 15, 16, 17, 24, 25, 26, 27, R.choice([0, 19, 21, 31])])
    tlvs = b''.join(isis_tlv() for _ in range(R.randrange(1, 5)))
    hdr = {15: 27, 16: 27, 17: 20, 18: 27, 20: 27, 24: 33, 25: 33, 26: 17, 27: 17}.get(ptype, 8)
    fixed = hdr if R.random() < 0.92 else R.choice([hdr - 1, hdr + 1, 8, 0])
    ver = 1 if R.random() < 0.95 else R.choice([0, 2])
    pver = 1 if R.random() < 0.95 else R.choice([0, 2])
    idl = R.choice([0] * 12 + [6, 6, 255, 8])
    common = bytes([0x83, fixed, ver, idl, ptype | R.choice([0] * 8 + [0xe0]), pver, 0,
                    R.choice([0] * 6 + [3] * 6 + [255])])
    body = rb(hdr - 8) if hdr > 8 else b''
    pdulen = hdr + len(tlvs)
    if R.random() < 0.1:
        pdulen = R.randrange(0, pdulen + 20)
    if ptype in (15, 16):
        body = bytes([R.choice([1, 2, 3, 0])]) + body[1:9] + struct.pack('!H', pdulen) + body[11:]
    elif ptype == 17:
        body = bytes([R.choice([1, 2, 3, 0])]) + body[1:9] + struct.pack('!H', pdulen) + body[11:]
    elif ptype in (18, 20, 24, 25, 26, 27):
        body = struct.pack('!H', pdulen) + body[2:]
        if ptype in (18, 20) and R.random() < 0.5:
            body = body[:16] + b'\0\0' + body[18:]  # no checksum
    return common + body + tlvs


def gen_isis():
    frames = []
    for _ in range(1500):
        pdu = b'\xfe\xfe\x03' + isis_pdu()
        frames.append(maybe_cut(dot3('0180c2000014', pdu)))
    write('cov-link-isis.pcap', 1, frames)


# ---------------------------------------------------------------- CLNP, ES-IS

def nsap():
    n = R.choice([1, 3, 7, 13, 20, 20, 0])
    return bytes([n]) + rb(n)


def clnp_opts():
    v = b''
    for _ in range(R.randrange(0, 4)):
        op = R.choice([0xc5, 0xc3, 0xcc, 0xcd, 0xc8, 0xcb, 0xc1, 0xca, 0xcf, R.randrange(256)])
        if op == 0xc1:
            b = bytes([R.choice([0x00, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x80, 0x81,
                                 0x90, 0x91, 0x92, 0x93, 0xa0, 0xa1, 0xb0, 0xb1, 0xb2, 0xb3,
                                 0xb4, 0xc0, 0xd0, 0x09]), R.randrange(40)])
        elif op in (0xc8, 0xcb):
            b = bytes([R.choice([0, 1, 3]), R.choice([0, 2, 3, 5, 200])])
            for _ in range(R.randrange(0, 3)):
                b += nsap()
        elif op == 0xc3:
            b = bytes([R.choice([0x00, 0x40, 0x80, 0xc0, 0xc1, 0xdf])]) + rb(R.randrange(0, 2))
        elif op == 0xc5:
            b = bytes([R.choice([0x00, 0x40, 0x80, 0xc0])]) + rb(R.randrange(0, 4))
        else:
            b = rb(R.randrange(0, 6))
        ln = len(b) if R.random() < 0.9 else R.randrange(0, 30)
        v += bytes([op, ln]) + b
    return v


def clnp(depth=0):
    typ = R.choice([0x1c, 0x1c, 0x01, 0x01, 0x1e, 0x1f, R.randrange(32)])
    flags = R.choice([0x80, 0x00, 0xa0, 0xc0, 0xe0, 0x40])
    sp = flags & 0x80
    addrs = nsap() + nsap()
    seg = rb(6) if sp else b''
    opts = clnp_opts()
    data = b''
    if typ == 0x01 and depth == 0 and R.random() < 0.7:
        data = clnp(1)
    else:
        data = rb(R.randrange(0, 12))
    hlen = 9 + len(addrs) + len(seg) + len(opts)
    li = hlen if R.random() < 0.8 else R.choice([R.randrange(0, 9), hlen + R.randrange(1, 8), hlen - 2,
                                                 R.randrange(9, max(hlen, 10))])
    ver = 1 if R.random() < 0.95 else 2
    seglen = hlen + len(data) if R.random() < 0.9 else R.randrange(65536)
    ck = R.choice([b'\0\0', rb(2)])
    return bytes([0x81, li & 0xff, ver, R.randrange(256), flags | typ]) + struct.pack('!H', seglen) \
        + ck + addrs + seg + opts + data


def esis():
    typ = R.choice([2, 4, 6, 2, 4, 6, R.randrange(32)])
    if typ == 2:
        n = R.choice([0, 1, 2, 3])
        body = bytes([n]) + b''.join(nsap() for _ in range(max(n, 0)))
    elif typ == 4:
        body = nsap()
    elif typ == 6:
        body = nsap() + bytes([R.choice([6, 0, 20])]) + rb(6) + R.choice([nsap(), b'\0'])
        if R.random() < 0.3:
            body = body[:R.randrange(len(body) + 1)]
    else:
        body = rb(R.randrange(0, 8))
    opts = b''
    for _ in range(R.randrange(0, 3)):
        op = R.choice([0xc6, 0xc5, 0xcf, 205, 226, 225, 0xc3, R.randrange(256)])
        b = rb(R.choice([2, 1, 0, 4, 6]))
        opts += bytes([op, len(b) if R.random() < 0.9 else R.randrange(20)]) + b
    hlen = 9 + len(body) + len(opts)
    li = hlen if R.random() < 0.75 else R.choice([R.randrange(0, 11), hlen + 3, hlen - 1,
                                                  R.randrange(11, max(hlen, 12))])
    return bytes([0x82, li & 0xff, R.choice([1, 1, 1, 2]), 0, typ]) + rb(2) + R.choice([b'\0\0', rb(2)]) \
        + body + opts


def gen_osi():
    frames = []
    for i in range(600):
        pdu = R.choice([clnp, clnp, esis])()
        if R.random() < 0.05:
            pdu = bytes([R.choice([0x81, 0x82])]) + rb(R.randrange(0, 3))
        elif R.random() < 0.04:
            pdu = bytes([R.choice([0xcf, 0x08, 0x80, 0x00, 0x8e, 0xcc])]) + rb(R.randrange(0, 12))
        frames.append(maybe_cut(dot3('09002b000005', b'\xfe\xfe\x03' + pdu)))
    write('cov-link-osi.pcap', 1, frames)


# ---------------------------------------------------------------- CDP

def cdp_addr():
    r = R.random()
    if r < 0.3:
        e = b'\x01\x01\xcc' + struct.pack('!H', 4) + rb(4)
    elif r < 0.5:
        e = b'\x02\x08\xaa\xaa\x03\x00\x00\x00\x86\xdd' + struct.pack('!H', 16) + rb(16)
    else:
        pl = R.choice([1, 2, 8, 3])
        al = R.choice([4, 6, 2, 16])
        e = bytes([R.choice([1, 2, 3]), pl]) + rb(pl) + struct.pack('!H', al) + rb(al)
    return e


def cdp_tlv():
    t = R.choice(list(range(1, 27)) + [R.randrange(256), 0x1003])
    if t == 2 or t == 22:
        n = R.randrange(0, 4)
        v = struct.pack('!I', n if R.random() < 0.85 else R.randrange(6)) + b''.join(cdp_addr() for _ in range(n))
        if R.random() < 0.15:
            v = v[:R.randrange(len(v) + 1)]
    elif t == 7:
        v = rb(5 * R.randrange(0, 4) + R.choice([0, 0, 0, 2]))
    elif t in (4,):
        v = rb(R.choice([4, 4, 3]))
    elif t in (10, 16):
        v = rb(R.choice([2, 2, 1]))
    elif t in (11, 18, 19):
        v = rb(R.choice([1, 1, 2]))
    elif t == 17:
        v = rb(R.choice([4, 4, 3, 5]))
    elif t in (14, 15):
        v = rb(R.choice([1, 3, 5, 0]))
    elif t == 23:
        v = rb(1) + rtext(R.randrange(0, 6)) if R.random() < 0.9 else b''
    else:
        v = rtext(R.randrange(0, 12))
    ln = len(v) + 4 if R.random() < 0.93 else R.choice([0, 3, len(v) + 9])
    return struct.pack('!HH', t, ln) + v


def gen_cdp():
    frames = []
    for i in range(250):
        body = bytes([R.choice([1, 2, 2, 3]), R.randrange(256)]) + rb(2) + \
            b''.join(cdp_tlv() for _ in range(R.randrange(1, 6)))
        llc = b'\xaa\xaa\x03\x00\x00\x0c\x20\x00' + body
        frames.append(maybe_cut(dot3('01000ccccccc', llc)))
    write('cov-link-cdp.pcap', 1, frames)


# ---------------------------------------------------------------- LLDP

def lldp_tlv(t, v, badlen=False):
    n = len(v) if not badlen else R.randrange(0, 512)
    return struct.pack('!H', (t << 9) | (n & 0x1ff)) + v


def lldp_mgmt():
    al = R.choice([5, 7, 17, 2, 1, 0, 33])
    addr = bytes([R.choice([1, 2, 6, 0, 250])]) + rb(max(al - 1, 0))
    v = bytes([al]) + addr[:al] + bytes([R.choice([1, 2, 3, 0])]) + rb(4)
    oid = rb(R.choice([0, 3, 6]))
    v += bytes([len(oid)]) + oid
    if R.random() < 0.2:
        v = v[:R.randrange(len(v) + 1)]
    return v


def lldp_med():
    st = R.choice([1, 2, 3, 3, 3, 3, 3, 4, 5, 6, 7, 8, 9, 10, 11, R.randrange(256)])
    if st == 3:
        fmt = R.choice([1, 2, 2, 2, 3, 0, 9])
        if fmt == 2:
            cas = b''
            for _ in range(R.randrange(0, 4)):
                ct = R.choice([0, 1, 2, 3, 6, 22, 128, R.randrange(256)])
                s = rtext(R.randrange(0, 8))
                cas += bytes([ct, len(s) if R.random() < 0.9 else R.randrange(20)]) + s
            body = bytes([R.choice([0, 1, 2, 7])]) + b'US' + cas
            lci = R.choice([len(body) - 1, len(body) - 1, len(body), 0, 1, 2, len(body) + 3])
            loc = bytes([max(lci, 0)]) + body
        elif fmt == 1:
            loc = rb(R.choice([16, 15]))
        else:
            loc = rtext(R.randrange(0, 12))
        v = bytes([st, fmt]) + loc
    elif st == 2:
        v = bytes([st, R.randrange(12)]) + rb(3)
    elif st == 4:
        v = bytes([st]) + rb(3)
    elif st == 1:
        v = bytes([st]) + rb(3)
    else:
        v = bytes([st]) + rtext(R.randrange(0, 10))
    if R.random() < 0.15:
        v = v[:R.randrange(1, len(v) + 1)]
    return b'\x00\x12\xbb' + v


def lldp_8021():
    st = R.choice([1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 0xb, 0xc, R.randrange(256)])
    v = bytes([st]) + rb(R.choice([0, 1, 2, 3, 5, 6, 7, 9, 13, 17, 25, 30]))
    return b'\x00\x80\xc2' + v


def lldp_8023():
    st = R.choice([1, 2, 3, 4, 5, 6, R.randrange(256)])
    v = bytes([st]) + rb(R.choice([5, 3, 12, 1, 9, 2, 0, 26, 25]))
    return b'\x00\x12\x0f' + v


def lldp_dcbx():
    # the old DCBX TLVs (OUI 00:1b:21)
    v = bytes([R.choice([1, 2])])
    if v[0] == 1:
        body = rb(4)
        for _ in range(R.randrange(0, 4)):
            tt = R.choice([1, 2, 3, 4, R.randrange(128)])
            tl = {1: 10, 2: 17, 3: 6, 4: 4 + 3 * R.randrange(0, 3)}.get(tt, R.randrange(0, 8))
            tl = tl if R.random() < 0.8 else R.randrange(0, tl + 3)
            body += struct.pack('!H', (tt << 9) | tl) + rb(tl)
        if R.random() < 0.2:
            body += b'\0\0'
        v += body
    else:
        v += rb(R.randrange(0, 10))
    return b'\x00\x1b\x21' + v


def gen_lldp():
    frames = []
    for i in range(400):
        tl = b''
        tl += lldp_tlv(1, bytes([R.choice([1, 2, 3, 4, 5, 6, 7])]) + rb(6))
        tl += lldp_tlv(2, bytes([R.choice([1, 2, 3, 4, 5, 6, 7])]) + rtext(5))
        tl += lldp_tlv(3, rb(2))
        for _ in range(R.randrange(1, 5)):
            k = R.choice(['mgmt', 'med', 'med', '8021', '8023', 'dcbx', 'dcbx', 'org', 'unk', 'cap'])
            if k == 'mgmt':
                tl += lldp_tlv(8, lldp_mgmt(), R.random() < 0.05)
            elif k == 'med':
                tl += lldp_tlv(127, lldp_med(), R.random() < 0.05)
            elif k == '8021':
                tl += lldp_tlv(127, lldp_8021(), R.random() < 0.05)
            elif k == '8023':
                tl += lldp_tlv(127, lldp_8023(), R.random() < 0.05)
            elif k == 'dcbx':
                tl += lldp_tlv(127, lldp_dcbx(), R.random() < 0.05)
            elif k == 'org':
                tl += lldp_tlv(127, rb(R.randrange(0, 8)))
            elif k == 'cap':
                tl += lldp_tlv(7, rb(R.choice([4, 3, 5])))
            else:
                tl += lldp_tlv(R.randrange(4, 127), rtext(R.randrange(0, 8)))
        tl += lldp_tlv(0, b'')
        frames.append(maybe_cut(ether(0x88cc, tl, '0180c200000e')))
    write('cov-link-lldp.pcap', 1, frames)


# ---------------------------------------------------------------- PPP (DLT_PPP)

def ppp_opts(proto):
    out = b''
    for _ in range(R.randrange(1, 6)):
        if proto == 0xc021:  # LCP
            o = R.choice(list(range(0, 32)) + [R.randrange(256)] + [3, 3, 3, 3, 13, 13, 19, 19, 19, 19])
            size = {1: 4, 2: 6, 3: R.choice([4, 5, 9]), 4: 4, 5: 6, 7: 2, 8: 2, 9: 2, 10: 3,
                    11: 3, 12: 3, 13: 3, 17: 4, 18: 2, 19: R.choice([3, 7, 9, 4, 8])}.get(o, R.randrange(2, 8))
            v = rb(max(near(size) - 2, 0))
            if o == 3 and len(v) >= 2:
                v = R.choice([b'\xc0\x23', b'\xc2\x23', b'\xc2\x27', b'\xc0\x27', b'\xc1\x23',
                              b'\xc0\x25', b'\x12\x34']) + v[2:]
                if v[:2] == b'\xc2\x23' and len(v) < 3 and R.random() < 0.8:
                    v += rb(1)
                if v[:2] == b'\xc2\x23' and len(v) >= 3:
                    v = v[:2] + bytes([R.choice([5, 128, 129, 7])]) + v[3:]
            if o == 4 and len(v) >= 2:
                v = R.choice([b'\xc0\x25', b'\x00\x01']) + v[2:]
            if o == 13 and len(v) >= 1:
                v = bytes([R.choice([0, 1, 2, 3, 4, 5, 6])]) + v[1:]
            if o == 19 and len(v) >= 1:
                cls = R.choice([0, 1, 2, 3, 4, 5, 6])
                v = bytes([cls]) + (rb({2: 4, 3: 6}.get(cls, len(v) - 1)) if R.random() < 0.8 else v[1:])
        elif proto == 0x8021:  # IPCP
            o = R.choice([1, 2, 3, 4, 129, 130, 131, 132, R.randrange(256)])
            if o == 2:
                comp = R.choice([b'\x00\x2d', b'\x00\x61', b'\x12\x34'])
                v = comp + rb(2)
                if comp == b'\x00\x61':
                    v = comp + rb(10)
                    for _ in range(R.randrange(0, 3)):
                        so = R.choice([1, 2, 3, 0])
                        sl = R.choice([2, 4, 1, 0, 20])
                        v += bytes([so, sl]) + rb(max(sl - 2, 0))
            else:
                v = rb(R.choice([4, 4, 2, 6]))
        elif proto == 0x80fd:  # CCP
            o = R.choice([0, 1, 2, 3, 16, 17, 18, 19, 20, 21, 23, 24, 26, 25, 255, R.randrange(256)])
            v = rb(R.choice([1, 2, 3, 4, 0]))
        elif proto == 0xc02b:  # BACP
            o = R.choice([1, 1, R.randrange(256)])
            v = rb(R.choice([4, 4, 3]))
        else:  # IP6CP
            o = R.choice([1, 2, R.randrange(256)])
            v = rb(R.choice([8, 8, 2, 4]))
        ln = len(v) + 2 if R.random() < 0.9 else R.choice([0, 1, len(v) + 5])
        out += bytes([o, ln]) + v
    return out


def ppp_frame():
    proto = R.choice([0xc021] * 6 + [0x8021] * 3 + [0x80fd] * 3 + [0xc02b, 0xc02b, 0x8057,
                      0xc023, 0xc023, 0xc223, 0xc227, 0xc02d, 0x002b, 0x0201, 0x0231, 0x8025,
                      0x8027, 0x8029, 0x802b, 0x8033, 0x8035, 0xc025, 0xc027, 0xc123, 0x7e21,
                      0x80fb, 0x8207, 0x00fd, 0x00fb, 0x4021, R.randrange(65536)])
    if proto in (0xc021, 0x8021, 0x80fd, 0xc02b, 0x8057, 0x80fb, 0x8207):
        code = R.choice([1, 2, 3, 4] * 4 + [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 20])
        if code in (1, 2, 3, 4):
            data = ppp_opts(proto if proto in (0xc021, 0x8021, 0x80fd, 0xc02b) else 0x8057)
        elif code in (9, 10, 11):
            data = rb(4) + rtext(R.randrange(0, 6))
        elif code == 12:
            data = rb(R.choice([4, 8, 2, 12]))
        elif code == 8:
            data = rb(2) + rb(R.randrange(0, 8))
        else:
            data = rb(R.randrange(0, 10))
        ln = 4 + len(data) if R.random() < 0.9 else R.randrange(0, 4 + len(data) + 8)
        body = bytes([code, R.randrange(256)]) + struct.pack('!H', ln) + data
    elif proto == 0xc023:  # PAP
        code = R.choice([1, 2, 3, 4])
        if code == 1:
            p, w = rtext(R.randrange(0, 8)), rtext(R.randrange(0, 8))
            data = bytes([len(p)]) + p + bytes([len(w)]) + w
        else:
            m = rtext(R.randrange(0, 8))
            data = bytes([len(m)]) + m
        if R.random() < 0.2:
            data = data[:R.randrange(len(data) + 1)]
        ln = 4 + len(data) if R.random() < 0.85 else R.choice([0, 3, 5, 2])
        body = bytes([code, R.randrange(256)]) + struct.pack('!H', ln) + data
    elif proto == 0xc223:  # CHAP
        code = R.choice([1, 2, 3, 4, 5])
        v = rb(R.choice([16, 8, 0]))
        data = bytes([len(v)]) + v + rtext(R.randrange(0, 8))
        if R.random() < 0.2:
            data = data[:R.randrange(len(data) + 1)]
        ln = 4 + len(data) if R.random() < 0.85 else R.choice([0, 3, 5, 2])
        body = bytes([code, R.randrange(256)]) + struct.pack('!H', ln) + data
    else:
        body = rb(R.randrange(0, 24))
    r = R.random()
    if r < 0.6:
        hdr = b'\xff\x03' + struct.pack('!H', proto)
    elif r < 0.8:
        hdr = struct.pack('!H', proto)
    elif r < 0.9:
        hdr = b'\xff\x03\xff\x03' + struct.pack('!H', proto)  # a doubled header
    else:
        hdr = bytes([R.choice([0x21, 0x57, 0x2d, 0x2f, 0xfd])])  # a compressed protocol field
    return maybe_cut(hdr + body, 1)


def escaped(b):
    """RFC 1662's octet escapes over some of the bytes (0x7d, then the byte xor 0x20)."""
    out = b''
    for c in b:
        if c in (0x7d, 0x7e) or R.random() < 0.08:
            out += bytes([0x7d, c ^ 0x20])
        else:
            out += bytes([c])
    return out


def hdlc_frame():
    """A protocol field of 0x7e.. (tcpdump's escape code): the rest is unescaped and printed
    from the field's second byte on, its protocol guessed."""
    inner = ppp_frame()
    r = R.random()
    if r < 0.3:
        inner = b'\xff\x03' + inner[R.choice([0, 2])::] if inner[:2] != b'\xff\x03' else inner
    elif r < 0.45:
        inner = bytes([R.choice([0x21, 0x57])]) + rb(R.randrange(0, 24))
    elif r < 0.55:
        inner = b'\x7e' + rb(R.randrange(0, 6))
    elif r < 0.6:
        inner = inner[:R.randrange(0, 4)]
    body = escaped(inner)
    if R.random() < 0.1 and body:
        body = body[:-1] + b'\x7d'  # an escape as the last byte
    return R.choice([b'', b'\xff\x03']) + b'\x7e' + body


def gen_ppp():
    frames = [ppp_frame() for _ in range(1500)]
    for n in range(0, 4):
        frames.append(b'\xff\x03\xc0\x21'[:n])
    frames += [hdlc_frame() for _ in range(200)]
    write('cov-link-ppp.pcap', 9, frames)


# ---------------------------------------------------------------- L2TP

def l2tp_avp():
    t = R.choice(list(range(0, 48)) + [R.randrange(65536)])
    size = {0: 2, 1: R.choice([2, 4, 6, 1, 3]), 2: 2, 3: 4, 4: 4, 5: 8, 6: 2, 9: 2, 10: 2, 11: 8, 12: R.choice([3, 5, 2, 1]),
            13: 16, 14: 2, 15: 4, 16: 4, 17: 4, 18: 4, 19: 4, 24: 4, 25: 4, 29: R.choice([2, 1]),
            32: 2, 34: R.choice([26, 25, 2, 1]), 35: R.choice([10, 9, 4, 1]), 38: 4, 39: 0,
            46: R.choice([5, 4, 7, 2])}.get(t, R.randrange(0, 10))
    v = rb(near(size))
    if t == 29 and len(v) >= 2:
        v = struct.pack('!H', R.choice([0, 1, 2, 3, 4, 5, 6, 7])) + v[2:]
    if t == 12 and len(v) >= 3 and R.random() < 0.5:
        v += rtext(R.randrange(1, 6))
    if t == 46 and len(v) >= 5 and R.random() < 0.5:
        v += rtext(R.randrange(1, 6))
    if t == 46 and len(v) >= 5:
        v = v[:4] + bytes([R.choice([0, 1, 2, 3])]) + v[5:]
    ln = 6 + len(v)
    fl = R.choice([0x8000, 0, 0x8000, 0, 0x8000, 0x4000])
    if R.random() < 0.05:
        ln = R.randrange(0, 8)
    vendor = 0 if R.random() < 0.9 else R.choice([9, 311])
    return struct.pack('!HHH', fl | (ln & 0x3ff), vendor, t) + v


def gen_l2tp():
    frames = []
    for _ in range(500):
        avps = b''
        if R.random() < 0.8:
            avps = struct.pack('!HHHH', 0x8008, 0, 0, R.randrange(0, 20))
        avps += b''.join(l2tp_avp() for _ in range(R.randrange(0, 6)))
        ctl = R.random() < 0.85
        if ctl:
            flags = 0xc802 | R.choice([0, 0x0200, 0x0100, 0x4000])
            hdr = struct.pack('!H', flags)
            rest = struct.pack('!HH', R.randrange(65536), R.randrange(65536)) + struct.pack('!HH', 1, 2)
            if flags & 0x0200:
                pad = R.choice([0, 2, 40])
                rest = rest + struct.pack('!H', pad) + rb(min(pad, 4))
            length = 4 + len(rest) + len(avps)
            body = hdr + struct.pack('!H', length if R.random() < 0.9 else R.randrange(65536)) + rest + avps
        else:
            flags = R.choice([0x0002, 0x4002, 0x0802, 0x0202, 0x0302, 0x0003])
            body = struct.pack('!H', flags)
            if flags & 0x4000:
                body += struct.pack('!H', R.randrange(100))
            body += struct.pack('!HH', 1, 2)
            if flags & 0x0800:
                body += struct.pack('!HH', 1, 2)
            if flags & 0x0200:
                pad = R.choice([0, 2, 60])
                body += struct.pack('!H', pad) + rb(min(pad, 2))
            body += b'\xff\x03\xc0\x21' + rb(R.randrange(0, 10))
        udp = struct.pack('!HHHH', 1701, 1701, 8 + len(body), 0) + body
        ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(udp), 1, 0, 64, 17, 0,
                         bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])) + udp
        frames.append(maybe_cut(ether(0x0800, ip), 42))
    write('cov-link-l2tp.pcap', 1, frames)


# ---------------------------------------------------------------- EAPOL

def eap_pkt():
    code = R.choice([1, 2, 1, 2, 3, 4, 5, 6, 0])
    if code in (1, 2):
        typ = R.choice([0, 1, 2, 3, 4, 5, 6, 13, 17, 18, 21, 23, 25, 29, 43, 47, 50, 254, 255,
                        R.randrange(256)])
        if typ in (13, 21, 25, 43):
            fl = R.choice([0x80, 0x40, 0x20, 0xc0, 0xa3, 0x00, 0x07])
            data = bytes([fl]) + (rb(R.choice([4, 4, 2, 0])) if fl & 0x80 else b'') + rb(R.randrange(0, 6))
        elif typ in (18, 23, 50):
            data = bytes([R.choice([1, 2, 4, 5, 10, 11, 12, 13, 14, 16, 99])]) + rb(R.randrange(0, 5))
        elif typ == 3:
            data = bytes(R.choice([4, 13, 21, 25, 0]) for _ in range(R.randrange(0, 4)))
        else:
            data = rtext(R.randrange(0, 8))
        body = bytes([typ]) + data
    else:
        body = rb(R.randrange(0, 4))
    ln = 4 + len(body)
    if R.random() < 0.2:
        ln = R.randrange(0, ln + 4)
        if R.random() < 0.7:
            body = body[:max(ln - 4, 0)]
    return bytes([code, R.randrange(256)]) + struct.pack('!H', ln) + body


def eap_short():
    """A request or response its length cuts at 4 to 9 bytes: before its type, its data or a
    TLS-like length."""
    typ = R.choice([1, 2, 3, 4, 13, 21, 25, 43, 18, 23])
    ln = R.randrange(4, 10)
    data = bytes([typ, R.choice([0x80, 0xa0, 0xc0, 0x20, 0])]) + rb(8)
    return bytes([R.choice([1, 2]), R.randrange(256)]) + struct.pack('!H', ln) + data[:ln - 4]


def gen_eap():
    frames = []
    for _ in range(600):
        t = R.choice([0, 0, 0, 0, 1, 2, 3, 4, 5, R.randrange(256)])
        body = (eap_short() if R.random() < 0.15 else eap_pkt()) if t == 0 else rb(R.randrange(0, 8))
        ln = len(body) if R.random() < 0.85 else R.randrange(0, len(body) + 6)
        if t == 0 and len(body) >= 4 and R.random() < 0.8:
            ln = struct.unpack('!H', body[2:4])[0]  # as EAP's own length
        frames.append(maybe_cut(ether(0x888e, bytes([R.choice([1, 2, 3]), t]) + struct.pack('!H', ln) + body,
                                      '0180c2000003')))
    write('cov-link-eap.pcap', 1, frames)


# ---------------------------------------------------------------- CFM

def cfm_tlv():
    t = R.choice([1, 1, 2, 3, 4, 5, 6, 7, 8, 31, R.randrange(256)])
    if t == 1:
        cl = R.choice([0, 0, 3, 7, 8])
        v = bytes([cl])
        if cl:
            v += bytes([R.choice([1, 2, 3, 4, 5, 6, 7, 0])]) + rb(cl - 1)
        if R.random() < 0.8:
            dl = R.choice([0, 9, 3, 11])
            v += bytes([dl]) + rb(dl)
            if dl:
                al = R.choice([0, 5, 7, 17, 3])
                v += bytes([al]) + bytes([R.choice([1, 2, 6, 0])]) + rb(max(al - 1, 0))
        if R.random() < 0.2:
            v = v[:R.randrange(len(v) + 1)]
    elif t in (2, 4):
        v = rb(1)
    elif t in (5, 6):
        v = bytes([R.choice([1, 2, 3])]) + rb(6) + (bytes([R.choice([3, 5])]) + bytes([5]) + rb(4) if R.random() < 0.5 else b'')
    elif t in (7, 8):
        v = rb(R.choice([8, 16, 4]))
    else:
        v = rb(R.randrange(0, 6))
    ln = len(v) if R.random() < 0.9 else R.randrange(0, len(v) + 5)
    return bytes([t]) + struct.pack('!H', ln) + v


def gen_cfm():
    frames = []
    for _ in range(400):
        op = R.choice([1, 1, 2, 3, 4, 5, 0, 33, 40, R.randrange(256)])
        fto = {1: 70, 2: 4, 3: 4, 4: 6, 5: 17}.get(op, R.choice([0, 4, 12]))
        if R.random() < 0.1:
            fto = R.choice([0, 2, fto - 1, fto + 3])
        flags = R.randrange(256) if op != 1 else R.choice([0, 1, 2, 3, 4, 5, 6, 7, 0x80 | 4])
        body = rb(max(fto, 0))
        if op == 1 and len(body) >= 10:
            mdf = R.choice([1, 2, 3, 4, 0, 7])
            mdl = R.choice([0, 4, 8, 47, 50])
            mdn = rtext(mdl)
            maf = R.choice([1, 2, 3, 4, 0, 9])
            mal = R.choice([2, 5, 10, 20, 50])
            md = bytes([mdf]) + (bytes([mdl]) + mdn if mdf != 1 else b'')
            ma = bytes([maf, mal]) + rtext(mal)
            body = body[:6] + fit(md + ma, 48) + body[54:]
        tlvs = b''.join(cfm_tlv() for _ in range(R.randrange(0, 4)))
        if R.random() < 0.7:
            tlvs += b'\0'
        mdv = R.randrange(8) << 5 if R.random() < 0.9 else R.randrange(256)
        pdu = bytes([mdv, op, flags, fto & 0xff]) + body + tlvs
        if R.random() < 0.03:
            pdu = pdu[:R.randrange(0, 4)]
        frames.append(maybe_cut(ether(0x8902, pdu, '0180c2000030')))
    write('cov-link-cfm.pcap', 1, frames)


# ---------------------------------------------------------------- slow protocols

def lacp():
    st = R.choice([1, 1, 2])
    v = bytes([st, 1])
    for _ in range(R.randrange(0, 5)):
        t = R.choice([1, 2, 3, 0, 1, 2, 3, R.randrange(256)]) if st == 1 else R.choice([1, 2, 0, R.randrange(16)])
        size = {1: 20, 2: 20, 3: 16}.get(t, R.randrange(2, 10)) if st == 1 else {1: 16, 2: 16}.get(t, R.randrange(2, 8))
        ln = size if R.random() < 0.8 else R.choice([0, 1, 2, size - 1, size + 2, 18])
        v += bytes([t, ln]) + rb(max(ln - 2, 0))
    return v


def oam():
    code = R.choice([0, 1, 2, 3, 4, 0xfe, R.randrange(256)])
    v = bytes([3]) + rb(2) + bytes([code])
    if code == 0:
        for _ in range(R.randrange(0, 4)):
            t = R.choice([1, 2, 0xfe, 0, R.randrange(256)])
            ln = {1: 16, 2: 16, 0xfe: R.choice([4, 7])}.get(t, R.randrange(0, 8))
            if R.random() < 0.2:
                ln = R.choice([0, 1, 3, 15, 40])
            v += bytes([t, ln]) + rb(max(ln - 2, 0))
    elif code == 1:
        v += rb(2)
        for _ in range(R.randrange(0, 4)):
            t = R.choice([1, 2, 3, 4, 0xfe, 0, R.randrange(256)])
            ln = {1: 40, 2: 40, 3: 40, 4: 40, 0xfe: 6}.get(t, R.randrange(0, 8))
            if R.random() < 0.2:
                ln = R.choice([0, 1, 3, 39, 41, 60])
            v += bytes([t, ln]) + rb(max(ln - 2, 0))
    elif code == 4:
        v += bytes([R.choice([1, 2, 0, 9])])
    else:
        v += rb(R.randrange(0, 10))
    return v


def gen_slow():
    frames = []
    for _ in range(250):
        k = R.random()
        if k < 0.5:
            pdu = lacp()
        elif k < 0.95:
            pdu = oam()
        else:
            pdu = bytes([R.choice([1, 2, 3, 4, 10])])[:R.randrange(0, 2)]
        frames.append(maybe_cut(ether(0x8809, pdu, '0180c2000002')))
    write('cov-link-slow.pcap', 1, frames)


# ---------------------------------------------------------------- DTP, VTP, UDLD

def snap_cisco(pid, body):
    return dot3('01000ccccccc', b'\xaa\xaa\x03\x00\x00\x0c' + struct.pack('!H', pid) + body)


def dtp():
    v = bytes([R.choice([1, 2])])
    for _ in range(R.randrange(0, 5)):
        t = R.choice([1, 2, 3, 4, 0, R.randrange(8)])
        size = {1: R.randrange(0, 8), 2: R.choice([1, 1, 2]), 3: R.choice([1, 1, 0]), 4: 6}.get(t, R.randrange(0, 6))
        ln = size + 4 if R.random() < 0.85 else R.choice([0, 3, 5, 200])
        v += struct.pack('!HH', t, ln) + rb(size)
    return v


def udld():
    v = bytes([(R.choice([1, 1, 2]) << 5) | R.choice([0, 1, 2, 3, 4, 31]), R.randrange(256)]) + rb(2)
    for _ in range(R.randrange(0, 6)):
        t = R.choice([1, 2, 3, 4, 5, 6, 7, 0, 8, R.randrange(16)])
        size = {4: 1, 5: 1, 7: 4}.get(t, R.randrange(0, 10))
        ln = size + 4 if R.random() < 0.85 else R.choice([0, 3, 5, 200])
        v += struct.pack('!HH', t, ln) + (rtext(size) if t in (1, 2, 6) else rb(size))
    return v


def vtp():
    ver = R.choice([1, 2, 3])
    code = R.choice([1, 2, 3, 4, 2, 2, 0, 9])
    dom = rtext(R.randrange(0, 12))
    hdr = bytes([ver, code, R.randrange(256), len(dom) if R.random() < 0.9 else R.randrange(40)]) + fit(dom, 32)
    if code == 1:
        return hdr + rb(4) + rb(4) + rtext(12) + rb(16)
    if code == 2:
        v = hdr + rb(4)
        for _ in range(R.randrange(0, 3)):
            name = rtext(R.randrange(1, 10))
            pname = fit(name, (len(name) + 3) // 4 * 4)
            tl = b''
            for _ in range(R.randrange(0, 3)):
                tt = R.choice(list(range(1, 12)) + [R.randrange(256)])
                tn = R.choice([1, 1, 1, 2, 0])
                tl += bytes([tt, tn]) + rb(2 * tn)
            info = bytes([R.choice([0, 1]), R.choice([1, 2, 3, 4, 5, 9])]) + bytes([len(name)]) + \
                struct.pack('!HHI', R.randrange(4096), 1500, R.randrange(1 << 32)) + pname + tl
            ln = 1 + len(info)
            if R.random() < 0.1:
                ln = R.choice([0, 4, ln + 8, ln - 2])
            v += bytes([ln & 0xff]) + info
        return v
    if code == 3:
        return hdr + rb(2)
    return hdr + rb(R.randrange(0, 10))


def gen_ciscol2():
    frames = []
    for _ in range(400):
        k = R.random()
        if k < 0.3:
            pid, body = 0x2004, dtp()
        elif k < 0.6:
            pid, body = 0x0111, udld()
        else:
            pid, body = 0x2003, vtp()
        if R.random() < 0.03:
            body = body[:R.randrange(0, 4)]
        frames.append(maybe_cut(snap_cisco(pid, body), 22))
    write('cov-link-ciscol2.pcap', 1, frames)


# ---------------------------------------------------------------- Q.933 (DLT_FRELAY)

def q933():
    crl = R.choice([1, 1, 1, 0, 2, 3, 15])
    v = bytes([crl]) + (bytes([R.choice([0, 0, 1, 0x80])]) + rb(max(crl - 1, 0)) if crl else b'')
    mt = R.choice([0x75, 0x7d, 0x7b, 0x00, 0x01, 0x02, 0x07, 0x0f, 0x03, 0x05, 0x45, 0x4d,
                   0x5a, 0x46, 0x4e, 0x6e, 0x62, R.randrange(256)])
    v += bytes([mt])
    for _ in range(R.randrange(0, 5)):
        k = R.random()
        if k < 0.15:
            v += bytes([R.choice([0x95, 0x9d, 0x98, 0x90, 0x9e, 0xa0, 0x80])])  # (non-)locking shift
            continue
        ie = R.choice([0x01, 0x03, 0x07, 0x51, 0x53, 0x57, 0x08, 0x04, 0x70, R.randrange(128)])
        if ie in (0x01, 0x51):
            val = bytes([R.choice([0, 1, 2, 3])]) + rb(R.choice([0, 0, 1]))
            if R.random() < 0.1:
                val = b''
        elif ie in (0x03, 0x53):
            val = rb(R.choice([2, 2, 1, 3, 0]))
        elif ie in (0x07, 0x57):
            n = R.choice([2, 3, 4, 5, 6, 1])
            if R.random() < 0.5:
                val = bytes(R.choice([R.randrange(0x80), 0x80 | R.randrange(0x80)]) for _ in range(n - 1))
                val += bytes([R.choice([0x80 | R.randrange(0x80), R.randrange(0x80)])])
            else:  # the DLCI's octets without extension bits, then the last one or two with
                ext = {2: 1, 3: 1, 4: 2, 5: 2}.get(n, 1)
                val = bytes(R.randrange(0x80) for _ in range(n - ext)) + \
                    bytes(0x80 | R.randrange(0x80) for _ in range(ext))
        else:
            val = rb(R.randrange(0, 5))
        ln = len(val) if R.random() < 0.9 else R.choice([0, len(val) + 3])
        v += bytes([ie, ln]) + val
    return v


def gen_q933():
    frames = []
    for _ in range(500):
        addr = R.choice([b'\x00\x01', b'\xfc\xf1', b'\x00\x01', b'\x18\x41'])
        k = R.random()
        if k < 0.8:
            fr = addr + b'\x03\x08' + q933()
        elif k < 0.9:
            fr = addr + b'\x03\x00\x80' + rb(3)
        else:
            fr = addr + b'\x03\x08' + rb(R.randrange(0, 3))
        frames.append(maybe_cut(fr, 3))
    write('cov-link-q933.pcap', 107, frames)


if __name__ == '__main__':
    for i, g in enumerate((gen_isis, gen_osi, gen_cdp, gen_lldp, gen_ppp, gen_l2tp, gen_eap,
                           gen_cfm, gen_slow, gen_ciscol2, gen_q933)):
        R.seed(20261207 + i)  # each its own stream: a change to one leaves the others as they are
        g()
