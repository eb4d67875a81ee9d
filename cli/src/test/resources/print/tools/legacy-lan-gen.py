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

def ip4_of(proto, data):
    src = bytes([10, rnd.randrange(256), 0, 1])
    dst = bytes([192, 168, 1, rnd.randrange(256)])
    ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(data), rnd.randrange(65536), 0, 64, proto, 0, src, dst)
    return ip[:10] + struct.pack(">H", csum(ip)) + ip[12:] + data

def udp_of(sp, dp, data):
    return struct.pack(">HHHH", sp, dp, 8 + len(data), 0) + data

def tcp_of(sp, dp, data):
    return struct.pack(">HHIIBBHHH", sp, dp, rnd.getrandbits(32), rnd.getrandbits(32), 0x50, 0x18, 8192, 0, 0) + data

def two_ports(port):
    other = rnd.choice([40000, 1024 + rnd.randrange(30000), port])
    return (port, other) if rnd.random() < 0.5 else (other, port)

def lwapp():
    """LWAPP on UDP 12222 (data: header, then hex) and 12223 (control: an AP identity toward the
    port, message headers after): versions, flags, lengths that lie, cut frames."""
    sp, dp = two_ports(rnd.choice([12222, 12223]))
    ver = rnd.choice([0, 0, 0, 1, 2, 4, 5, 7, 0x3f, 0x40, rnd.randrange(256)])
    body = b""
    for _ in range(rnd.randrange(4)):
        m = rbytes(rnd.randrange(0, 12))
        body += struct.pack(">BBHI", rnd.choice([1, 3, 22, 27, 40, 7, rnd.randrange(256)]), rnd.randrange(256),
                            rnd.choice([len(m)] * 4 + [rnd.randrange(40)]), rnd.getrandbits(32)) + m
    tlen = rnd.choice([len(body)] * 4 + [rnd.randrange(60), 0, 3])
    hdr = struct.pack(">BBHH", ver, rnd.randrange(256), tlen, rnd.getrandbits(16))
    data = (mac() if dp == 12223 else b"") + hdr + body
    return mac() + mac() + struct.pack(">H", 0x0800) + ip4_of(17, udp_of(sp, dp, data))

write(out + "/gen-legacy-lwapp.pcap", 1, lwapp, n=150)

def msdp():
    """MSDP on TCP 639: SA (with and without encapsulated data), SA requests and responses,
    keepalives, notifications and unknown types, compound PDUs, lengths that lie, cut frames."""
    sp, dp = two_ports(639)
    pdus = b""
    for _ in range(rnd.randrange(1, 4)):
        t = rnd.choice([1, 1, 2, 3, 4, 4, 5, 6, 0, 8, rnd.randrange(256)])
        if t in (1, 3):
            n = rnd.randrange(3)
            v = bytes([n]) + rbytes(4) + b"".join(rbytes(12) for _ in range(n))
            if rnd.random() < 0.4:
                inner = ip4_of(17, udp_of(rnd.randrange(65536), rnd.randrange(65536), rbytes(rnd.randrange(8))))
                v += inner
        elif t == 2:
            v = bytes([0]) + bytes([239, rnd.randrange(256), 0, rnd.randrange(256)])
        else:
            v = rbytes(rnd.choice([0, 0, 1, 4]))
        pdus += struct.pack(">BH", t, rnd.choice([3 + len(v)] * 6 + [rnd.randrange(0, 40), 1401])) + v
    return mac() + mac() + struct.pack(">H", 0x0800) + ip4_of(6, tcp_of(sp, dp, pdus))

write(out + "/gen-legacy-msdp.pcap", 1, msdp, n=150)

def kip():
    """DDP in UDP (KIP) on the AppleTalk socket ports (200-327, 768-895, 16512-16639), with PTP's
    319 and 320 among them: LLAP type 2 ahead of short DDP, other LLAP types, cut frames."""
    ports = [rnd.choice([200, 250, 319, 320, 327, 768, 895, 16512, 16639, 199, 328, 40000])
             for _ in range(2)]
    ddp = struct.pack(">HBBB", rnd.randrange(0, 40), rnd.randrange(256), rnd.randrange(256),
                      rnd.choice([1, 2, 3, 4, 6, rnd.randrange(256)])) + rbytes(rnd.randrange(0, 30))
    llap = bytes([rnd.randrange(256), rnd.randrange(256), rnd.choice([2, 2, 2, 1, 0x82])]) + ddp
    return mac() + mac() + struct.pack(">H", 0x0800) + ip4_of(17, udp_of(ports[0], ports[1], llap))

write(out + "/gen-legacy-kip.pcap", 1, kip, n=120)

def radiotap_80211():
    rt = struct.pack("<BBHI", 0, 0, 8, 0)
    fc = rnd.choice([0x0080, 0x0040, 0x0008, 0x00b4, 0x00d4])
    return rt + struct.pack("<HH", fc, 0) + mac() + mac() + mac() + struct.pack("<H", 0) + rbytes(rnd.randrange(0, 30))

def cooked():
    """Linux cooked v1 (113) and v2 (276) headers over Novell 802.3 IPX (protocol 1), 802.2 LLC,
    IPv4, and radiotap (hardware type 803); cut headers."""
    proto = rnd.choice([1, 1, 4, 0x0800, 0x0003])
    hatype = rnd.choice([803, 803, 1, 772])
    if hatype == 803:
        payload = radiotap_80211()
    elif proto == 1:
        payload = struct.pack(">HHBB", 0xffff, rnd.choice([30 + 4, rnd.randrange(40)]), 0, rnd.choice([0, 4, 17])) + \
            rbytes(12) + rbytes(12) + rbytes(4)
    elif proto == 4:
        payload = b"\xe0\xe0\x03" + rbytes(30)
    elif proto == 0x0800:
        payload = ip4_of(17, udp_of(1000, 2000, rbytes(4)))
    else:
        payload = rbytes(20)
    if v2[0]:
        hdr = struct.pack(">HHIHBB", proto, 0, rnd.randrange(5), hatype, rnd.randrange(6), 6) + mac() + b"\0\0"
    else:
        hdr = struct.pack(">HHH", rnd.randrange(6), hatype, 6) + mac() + b"\0\0" + struct.pack(">H", proto)
    frame = hdr + payload
    if rnd.random() < 0.1:
        frame = frame[:rnd.randrange(20)]
    return frame

v2 = [False]
write(out + "/gen-legacy-sll.pcap", 113, cooked, n=100)
v2[0] = True
write(out + "/gen-legacy-sll2.pcap", 276, cooked, n=100)

def sunatm_lane():
    """SunATM (123) LANE frames: an LE header before Ethernet carrying IPv4, LLC or an unknown type,
    LE control frames, lengths that lie, cut frames."""
    k = rnd.randrange(4)
    if k == 0:
        inner = struct.pack(">H", 0x0800) + ip4_of(17, udp_of(1000, 2000, rbytes(4)))
    elif k == 1:
        inner = struct.pack(">H", rnd.randrange(3, 60)) + bytes([0xaa, 0xaa, 3]) + rbytes(20)
    elif k == 2:
        inner = struct.pack(">H", rnd.choice([0x9999, 0x86dd, 0x0806])) + rbytes(rnd.randrange(40))
    else:
        inner = None
    if inner is None:
        pdu = struct.pack(">HBBH", 0xff00, 1, 1, rnd.choice([1, 0x101, 6, 0x107, 9, rnd.randrange(65536)])) + rbytes(10)
    else:
        pdu = struct.pack(">H", rnd.randrange(65536)) + mac() + mac() + inner
    return bytes([rnd.choice([1, 0x81]), 0]) + struct.pack(">H", rnd.choice([100, 32, 5, 0x10])) + pdu

write(out + "/gen-legacy-sunatm-lane.pcap", 123, sunatm_lane, n=120)

def ip6_of(nh, data):
    return struct.pack(">IHBB", 0x60000000, len(data), nh, 64) + b"\x20\x01\x0d\xb8" + rbytes(12) + \
        b"\x20\x01\x0d\xb8" + rbytes(12) + data

def small(n):
    return bytes(rnd.randrange(3) for _ in range(n))

def dispatch_mix():
    """What a differential sweep against tcpdump found: PPPoE on 0x3c12/0x3c13, BOOTP server and
    file names filling their fields, IPv6 hop-by-hop headers after other headers and destination
    options, short Geneve and VTP, CDP TLV types past 0xff, unknown slow protocol subtypes,
    Cisco's VLAN bridge BPDUs, AARP with odd fields, IP protocol 137; random fields, cut frames."""
    k = rnd.randrange(10)
    if k == 0:
        t = rnd.choice([0x3c12, 0x3c13])
        body = bytes([0x11, rnd.choice([0, 9, 0x65, 0xa7])]) + struct.pack(">HH", rnd.randrange(65536), rnd.randrange(40)) + rbytes(rnd.randrange(30))
        return mac() + mac() + struct.pack(">H", t) + body
    if k == 1:
        sname = bytes(rnd.randrange(1, 256) for _ in range(64)) if rnd.random() < 0.5 else b"srv\0" + bytes(60)
        fname = bytes(rnd.randrange(1, 256) for _ in range(128)) if rnd.random() < 0.5 else b"boot\0" + bytes(123)
        bootp = struct.pack(">BBBBIHH", rnd.choice([1, 2]), 1, 6, 0, rnd.getrandbits(32), 0, 0) + rbytes(16) + mac() + bytes(10) + \
            sname + fname + b"\x63\x82\x53\x63\x35\x01\x01\xff"
        return mac() + mac() + struct.pack(">H", 0x0800) + ip4_of(17, udp_of(68, 67, bootp))
    if k == 2:
        first = rnd.choice([0, 60, 44, 43])
        chain = bytes([0, 0]) + small(6) if first != 44 else bytes([0, 0, 0, 1]) + rbytes(4)
        if first == 0:
            chain = bytes([rnd.choice([0, 60]), 0]) + small(6) + bytes([59, 0]) + small(6)
        if first == 43:
            chain = bytes([0, 0, 0, 0]) + bytes(4)
        return mac() + mac() + struct.pack(">H", 0x86dd) + ip6_of(first, chain + small(rnd.randrange(10)))
    if k == 3:
        g = rbytes(rnd.randrange(0, 12))
        return mac() + mac() + struct.pack(">H", 0x0800) + ip4_of(17, udp_of(rnd.randrange(65536), 6081, g))
    if k == 4:
        vtp = bytes([1, rnd.randrange(1, 5)]) + rbytes(rnd.choice([2, 10, 30, 40]))
        llc = b"\xaa\xaa\x03\x00\x00\x0c\x20\x03" + vtp
        return mac() + mac() + struct.pack(">H", len(llc)) + llc
    if k == 5:
        cdp = bytes([2, 180]) + struct.pack(">H", 0) + struct.pack(">HH", rnd.choice([0x100, 0x1234, 0x1f]), rnd.choice([1, 2, 3, 5, 8])) + rbytes(4)
        llc = b"\xaa\xaa\x03\x00\x00\x0c\x20\x00" + cdp
        return mac() + mac() + struct.pack(">H", len(llc)) + llc
    if k == 6:
        return mac() + mac() + struct.pack(">H", 0x8809) + bytes([rnd.choice([4, 10, 0, 255])]) + rbytes(rnd.randrange(40))
    if k == 7:
        bpdu = struct.pack(">HBB", 0, rnd.choice([0, 2]), rnd.choice([0, 2])) + rbytes(31)
        llc = b"\xaa\xaa\x03\x00\x00\x0c\x01\x0c" + bpdu
        return mac() + mac() + struct.pack(">H", len(llc)) + llc
    if k == 8:
        aarp = struct.pack(">HHBBH", rnd.choice([1, 256]), rnd.choice([0x809b, 0, 0x800]), rnd.choice([6, 1]), rnd.choice([4, 0]), rnd.choice([1, 2, 3])) + rbytes(20)
        return mac() + mac() + struct.pack(">H", 0x80f3) + aarp
    return mac() + mac() + struct.pack(">H", 0x0800) + ip4_of(137, rbytes(rnd.randrange(20)))

write(out + "/gen-legacy-dispatch-mix.pcap", 1, dispatch_mix, n=200)

def null_family():
    """DLT_NULL with address families past 2^31 and other unknown ones."""
    fam = rnd.choice([2, 24, 0x80000000 | rnd.getrandbits(31), rnd.getrandbits(32), 99])
    return struct.pack("<I", fam) + rbytes(rnd.randrange(30))

write(out + "/gen-legacy-null-family.pcap", 0, null_family, n=40)

def cut_fields():
    """Headers cut inside a field tcpdump reads before printing its label: timed (UDP 525),
    CALM FAST network references (EtherType 0x1111), an IPv6 routing header not captured."""
    k = rnd.randrange(3)
    if k == 0:
        t = bytes([rnd.choice([0, 1, 24, 30, rnd.randrange(256)])]) + rbytes(rnd.randrange(0, 16))
        return mac() + mac() + struct.pack(">H", 0x0800) + ip4_of(17, udp_of(rnd.randrange(65536), 525, t))
    if k == 1:
        return mac() + mac() + struct.pack(">H", 0x1111) + rbytes(rnd.randrange(0, 12))
    return mac() + mac() + struct.pack(">H", 0x86dd) + ip6_of(43, rbytes(rnd.choice([0, 0, 8, 24])))[:40 + rnd.choice([0, 1, 3, 8, 24])]

write(out + "/gen-legacy-cut-fields.pcap", 1, cut_fields, n=120)
