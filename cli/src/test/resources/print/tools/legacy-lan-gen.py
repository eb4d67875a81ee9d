#!/usr/bin/python3
"""Seeded random frames for legacy LAN link types (NetAnalyzer, FDDI, Token Ring, IP over
Fibre Channel, Apple IP over 1394, Symantec firewall): one capture per link type, with
random header fields, inner IP/ARP/LLC payloads and cut frames.
Usage: legacy-lan-gen.py OUTDIR"""
import random, struct, sys

rnd = random.Random(4099)

def csum(b):
    if len(b) % 2:
        b += b"\0"
    s = sum(struct.unpack(">%dH" % (len(b) // 2), b))
    s = (s >> 16) + (s & 0xffff)
    s += s >> 16
    return ~s & 0xffff

def inner_ip():
    k = rnd.randrange(3)
    if k == 0:
        l4, proto = struct.pack(">HHIIBBHHH", rnd.randrange(65536), rnd.choice([80, 22, 1234]),
                                rnd.randrange(1 << 32), 0, 0x50, 0x02, 8192, 0, 0), 6
    elif k == 1:
        data = b"x" * rnd.randrange(8)
        l4, proto = struct.pack(">HHHH", rnd.randrange(65536), rnd.choice([9, 7777]), 8 + len(data), 0) + data, 17
    else:
        l4, proto = struct.pack(">BBHHH", 8, 0, 0, rnd.randrange(65536), rnd.randrange(100)), 1
    src = bytes([10, rnd.randrange(256), 0, 1])
    dst = bytes([192, 168, 1, rnd.randrange(256)])
    hdr = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(l4), rnd.randrange(65536), 0, 64, proto, 0, src, dst)
    hdr = hdr[:10] + struct.pack(">H", csum(hdr)) + hdr[12:]
    return hdr + l4

def inner_arp():
    return struct.pack(">HHBBH", 1, 0x0800, 6, 4, 1) + mac() + bytes([10, 0, 0, 1]) + b"\0" * 6 + bytes([10, 0, 0, rnd.randrange(256)])

def mac():
    return bytes(rnd.randrange(256) for _ in range(6))

def rbytes(n):
    return bytes(rnd.getrandbits(8) for _ in range(n))

def llc_payload():
    k = rnd.randrange(5)
    if k == 0:
        return b"\xaa\xaa\x03\x00\x00\x00\x08\x00" + inner_ip()
    if k == 1:
        return b"\xaa\xaa\x03\x00\x00\x00\x08\x06" + inner_arp()
    if k == 2:
        return b"\x42\x42\x03" + bytes(rnd.randrange(256) for _ in range(rnd.randrange(40)))
    if k == 3:
        return bytes([rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)]) + bytes(rnd.randrange(256) for _ in range(rnd.randrange(30)))
    return b"\xaa\xaa\x03" + bytes(rnd.randrange(256) for _ in range(5)) + bytes(rnd.randrange(256) for _ in range(rnd.randrange(30)))

def ether_frame():
    k = rnd.randrange(3)
    if k == 0:
        return mac() + mac() + b"\x08\x00" + inner_ip()
    if k == 1:
        return mac() + mac() + b"\x08\x06" + inner_arp()
    body = llc_payload()
    return mac() + mac() + struct.pack(">H", len(body)) + body

def netanalyzer():
    return bytes(rnd.randrange(256) for _ in range(4)) + ether_frame() + b"\x00" * 4

def netanalyzer_transparent():
    return b"\x55" * 7 + b"\xd5" + bytes(rnd.randrange(256) for _ in range(4)) + ether_frame()

def fddi():
    fc = rnd.choice([0x50, 0x51, 0x54, 0x57, 0x00, 0x41, 0x42, 0xc2, 0xc3, 0x80, 0x60, 0x70,
                     rnd.randrange(256)])
    return bytes([fc]) + mac() + mac() + llc_payload()

def token():
    ac = rnd.randrange(256)
    fc = rnd.choice([0x40, 0x00, 0x01, rnd.randrange(256)])
    src = bytearray(mac())
    route = b""
    if rnd.random() < 0.5:
        src[0] |= 0x80
        seg = rnd.randrange(0, 8)
        rcf = ((2 + 2 * seg) << 8) | rnd.randrange(256)
        if rnd.random() < 0.3:
            rcf = (rnd.randrange(256) << 8) | rnd.randrange(256)
        route = struct.pack(">H", rcf) + bytes(rnd.randrange(256) for _ in range(2 * seg))
    else:
        src[0] &= 0x7f
    return bytes([ac, fc]) + mac() + bytes(src) + route + llc_payload()

def ipfc():
    return mac() + b"\x00\x00" + mac() + b"\x00\x00" + llc_payload()

def ap1394():
    t = rnd.choice([0x0800, 0x0806, 0x86dd, rnd.randrange(65536)])
    body = inner_ip() if t == 0x0800 else inner_arp() if t == 0x0806 else bytes(rnd.randrange(256) for _ in range(rnd.randrange(40)))
    return bytes(rnd.randrange(256) for _ in range(16)) + struct.pack(">H", t) + body

def symantec():
    t = rnd.choice([0x0800, 0x0800, 0x0806, 0, rnd.randrange(65536)])
    hdr = bytes(rnd.randrange(256) for _ in range(6)) + struct.pack(">H", t) + bytes(rnd.randrange(256) for _ in range(36))
    if t == 0:
        body = llc_payload()
    elif t == 0x0806:
        body = inner_arp()
    else:
        body = inner_ip()
    return hdr + body

def write(path, dlt, make, n=120):
    with open(path, "wb") as out:
        out.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 65535, dlt))
        for i in range(n):
            frame = make()
            wire = len(frame)
            r = rnd.random()
            if r < 0.15:
                frame = frame[:rnd.randrange(len(frame) + 1)]
            elif r < 0.22:
                wire += rnd.randrange(1, 20)
            out.write(struct.pack("<IIII", 1700000000 + i, rnd.randrange(1000000), len(frame), wire))
            out.write(frame)

out = sys.argv[1]
write(out + "/gen-legacy-netanalyzer.pcap", 240, netanalyzer)
write(out + "/gen-legacy-netanalyzer-transparent.pcap", 241, netanalyzer_transparent)
write(out + "/gen-legacy-fddi.pcap", 10, fddi)
write(out + "/gen-legacy-token.pcap", 6, token)
write(out + "/gen-legacy-ipfc.pcap", 122, ipfc)
write(out + "/gen-legacy-ap1394.pcap", 138, ap1394)
write(out + "/gen-legacy-symantec.pcap", 99, symantec)

def ipx_eigrp():
    """Ethernet II (0x8137) IPX datagrams to Cisco's EIGRP socket (0x85be), last so that the
    files above regenerate unchanged: EIGRP headers with random opcodes and flags, general
    parameter, software version, IPX route and unknown TLVs, lengths that lie, cut frames."""
    tlvs = b""
    for _ in range(rnd.randrange(0, 4)):
        t = rnd.choice([0x0001, 0x0004, 0x0302, 0x0303, 0x0102, rnd.getrandbits(16)])
        v = rbytes(rnd.choice([4, 8, 12, 20, rnd.randrange(0, 30)]))
        if t == 0x0001:
            v = struct.pack(">BBBBBBH", 1, 0, 1, 0, 0, 0, 15)
        elif t == 0x0004:
            v = struct.pack(">BBBB", 12, 4, 1, 2)
        tlvs += struct.pack(">HH", t, rnd.choice([4 + len(v)] * 5 + [rnd.randrange(0, 40)])) + v
    eigrp = struct.pack(">BBHIII", rnd.choice([2, 2, 1, 3]), rnd.choice([1, 2, 3, 4, 5, 10, rnd.getrandbits(8)]),
                        0, rnd.getrandbits(32), rnd.getrandbits(32), rnd.getrandbits(32)) + \
        struct.pack(">I", rnd.choice([1, 100, rnd.getrandbits(16)])) + tlvs
    length = rnd.choice([30 + len(eigrp)] * 6 + [rnd.randrange(0, 100)])
    ipx = struct.pack(">HHBB", 0xffff, length, 0, rnd.choice([0, 4, 1])) + \
        struct.pack(">I", rnd.getrandbits(32)) + mac() + struct.pack(">H", 0x85be) + \
        struct.pack(">I", rnd.getrandbits(32)) + mac() + struct.pack(">H", rnd.choice([0x85be, 0x4000]))
    return mac() + mac() + struct.pack(">H", 0x8137) + ipx + eigrp

write(out + "/gen-legacy-ipxeigrp.pcap", 1, ipx_eigrp, n=100)

def bridged():
    """802.3 frames whose LLC/SNAP header (OUI 00-80-c2) carries an RFC 2684 bridged frame:
    Ethernet, Token Ring or FDDI (with and without FCS), a BPDU, or an unknown PID; padding of
    random bytes, lengths that lie, cut frames."""
    pid = rnd.choice([0x0001, 0x0007, 0x0007, 0x0003, 0x0009, 0x0004, 0x000a, 0x000e,
                      0x0002, 0x000b, rnd.randrange(65536)])
    if pid in (0x0001, 0x0007):
        inner = rbytes(2) + ether_frame()
    elif pid in (0x0003, 0x0009):
        inner = rbytes(2) + token()
    elif pid in (0x0004, 0x000a):
        inner = rbytes(3) + fddi()
    elif pid == 0x000e:
        inner = struct.pack(">HBBB", 0, 0, 0, 0) + rbytes(31)
    else:
        inner = rbytes(rnd.randrange(0, 30))
    if pid in (0x0001, 0x0003, 0x0004):
        inner += rbytes(4)  # the FCS
    llc = b"\xaa\xaa\x03\x00\x80\xc2" + struct.pack(">H", pid) + inner
    length = len(llc) if rnd.random() < 0.85 else rnd.randrange(0, 1500)
    return mac() + mac() + struct.pack(">H", length) + llc

write(out + "/gen-legacy-bridged.pcap", 1, bridged, n=150)

def mpcp():
    """EPON MPCP (EtherType 0x8808): every opcode and some unknown ones, grants, queue-set
    reports and register flags with random bits, cut frames."""
    op = rnd.choice([1, 2, 2, 3, 3, 4, 5, 6, 0, 7, rnd.randrange(65536)])
    body = b""
    if op == 2:
        n = rnd.randrange(8)
        body = bytes([rnd.randrange(32) << 3 | n])
        for _ in range(n):
            body += struct.pack(">IH", rnd.getrandbits(32), rnd.getrandbits(16))
        body += struct.pack(">H", rnd.getrandbits(16))
    elif op == 3:
        sets = rnd.choice([0, 1, 2, 3, rnd.randrange(256)])
        body = bytes([sets])
        for _ in range(max(0, min(sets - 1, 4))):
            bm = rnd.choice([0, 1, 0x81, rnd.randrange(256)])
            body += bytes([bm]) + rbytes(2 * bin(bm).count("1"))
    elif op in (4, 5, 6):
        body = bytes([rnd.choice([0, 1, 2, 3, 4, 7, rnd.randrange(256)])]) + rbytes(6)
        if op == 5:
            body = rbytes(2) + body
    else:
        body = rbytes(rnd.randrange(40))
    pdu = struct.pack(">HI", op, rnd.getrandbits(32)) + body
    pdu += bytes(max(0, 46 - len(pdu))) if rnd.random() < 0.5 else b""
    return mac() + mac() + struct.pack(">H", 0x8808) + pdu

write(out + "/gen-legacy-mpcp.pcap", 1, mpcp, n=150)

def egp():
    """EGP (IP protocol 8) over IPv4: every type, code and status, updates with gateway and
    network lists for class A, B, C and D source nets, lengths that lie, cut frames."""
    typ = rnd.choice([1, 1, 1, 2, 3, 3, 5, 8, rnd.randrange(256)])
    code = rnd.choice([0, 1, 2, 3, 4, rnd.randrange(256)])
    status = rnd.choice([0, 1, 2, 3, 5, 7, 0x80, 0x81, rnd.randrange(256)])
    net = bytes([rnd.choice([10, 100, 130, 172, 192, 200, 224, 240, rnd.randrange(256)])] + [rnd.randrange(256) for _ in range(3)])
    gw = (rnd.randrange(4), rnd.randrange(3)) if typ == 1 else (rnd.randrange(256), rnd.randrange(256))
    hdr = struct.pack(">BBBBHHHBB", rnd.choice([2, 2, 2, 2, 1, rnd.randrange(256)]), typ, code, status, 0,
                      rnd.getrandbits(16), rnd.getrandbits(16), gw[0], gw[1]) + net
    body = b""
    if typ == 1:
        for _ in range(gw[0] + gw[1]):
            body += rbytes(rnd.randrange(1, 4)) + bytes([rnd.randrange(3)])
            for _ in range(body[-1]):
                k = rnd.randrange(3)
                body += bytes([rnd.randrange(256), k])
                for _ in range(k):
                    body += bytes([rnd.choice([10, 150, 200, rnd.randrange(256)])]) + rbytes(rnd.randrange(3))
    egp = hdr + body
    if rnd.random() < 0.1:
        egp = egp[:rnd.randrange(16)]
    src = bytes([10, rnd.randrange(256), 0, 1])
    dst = bytes([192, 168, 1, rnd.randrange(256)])
    ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(egp), rnd.randrange(65536), 0, 64, 8, 0, src, dst)
    ip = ip[:10] + struct.pack(">H", csum(ip)) + ip[12:]
    return mac() + mac() + struct.pack(">H", 0x0800) + ip + egp

write(out + "/gen-legacy-egp.pcap", 1, egp, n=150)
