#!/usr/bin/python3
"""Writes captures/app-scapy-*.pcap: application protocols built with scapy, field values drawn
from a seeded random generator (not tuned by hand), with wrong lengths and cut frames among
them. Deterministic for a given scapy; re-run to re-make them:

    /usr/bin/python3 app-scapy.py ../captures
"""
import random, struct, sys, os
from scapy.all import Ether, IP, IPv6, UDP, TCP, Raw, wrpcap, conf
from scapy.layers.radius import Radius, RadiusAttribute

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
conf.verb = 0


def frames(pkts, rnd, cut_share=0.15):
    """Every packet as an Ethernet frame; some cut short at a random byte."""
    out = []
    for i, p in enumerate(pkts):
        if isinstance(p, tuple) and p[0] == 'frame':  # a whole frame, built already
            raw = p[1]
        elif isinstance(p, tuple):  # a raw Ethernet payload of the given kind
            etype = {'ethloop': 0x9000, 'ptp': 0x88f7, 'realtek': 0x8899}[p[0]]
            raw = bytes(Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02', type=etype) / Raw(p[1]))
        else:
            raw = bytes(Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02') / p)
        if rnd.random() < cut_share and len(raw) > 42:
            raw = raw[:rnd.randrange(34, len(raw))]
        # scapy's own dissectors loop on some damaged options: whole frames stay bytes
        f = Raw(raw) if isinstance(p, tuple) and p[0] == 'frame' else Ether(raw)
        f.time = 1700000000 + i
        out.append(f)
    return out


def rbytes(rnd, n):
    return bytes(rnd.randrange(256) for _ in range(n))


def rtext(rnd, n):
    alphabet = b'abcdefghijklmnopqrstuvwxyz0123456789@.-_ \x00\x01\xff'
    return bytes(rnd.choice(alphabet) for _ in range(n))


def radius_value(rnd, t):
    """A value that fits the attribute's type most of the time, and sometimes does not."""
    r = rnd.random()
    if r < 0.1:
        return rbytes(rnd, rnd.randrange(0, 24))
    if t in (4, 8, 9, 14):
        return rnd.choice([rbytes(rnd, 4), b'\xff\xff\xff\xff', b'\xff\xff\xff\xfe'])
    if t in (95, 98):
        return rbytes(rnd, 16)
    if t in (97, 123):
        n = rnd.randrange(0, 17)
        return bytes([0, rnd.choice([0, 8, 64, 128, 129, rnd.randrange(256)])]) + rbytes(rnd, n)
    if t == 124:
        return rbytes(rnd, 8)
    if t == 125:
        return bytes([rnd.choice([64, 128, 200])]) + rbytes(rnd, 16)
    if t == 126:
        return bytes([rnd.choice([0x30, 0x31, 0x32, 0x33, 0x40])]) + rtext(rnd, rnd.randrange(0, 12))
    if t == 127:
        return rbytes(rnd, 2) + bytes([rnd.randrange(3), rnd.randrange(3)]) + rbytes(rnd, 16) + rtext(rnd, rnd.randrange(0, 8))
    if t == 128:
        return rbytes(rnd, rnd.randrange(2, 40))
    if t == 129:
        return rbytes(rnd, 2) + rbytes(rnd, 8) + rtext(rnd, rnd.randrange(0, 8))
    if t == 26:
        v = struct.pack('!I', rnd.choice([9, 311, 2636, 14122, 25506, rnd.randrange(1 << 32)]))
        for _ in range(rnd.randrange(0, 4)):
            s = rtext(rnd, rnd.randrange(0, 10))
            v += bytes([rnd.randrange(256), rnd.choice([len(s) + 2, len(s) + 2, 1, 200])]) + s
        return v
    if t == 70:
        return rbytes(rnd, 16)
    if t == 71:
        return rbytes(rnd, 14)
    if t == 84:
        return rbytes(rnd, rnd.choice([8, 10, 4]))
    if t == 101:
        return struct.pack('!I', rnd.choice([201, 202, 401, 404, 407, 501, 509, 999]))
    if t in (64, 65, 83, 56):
        return bytes([rnd.choice([0, 1, 0x31, 0x32, 0x20])]) + struct.pack('!I', rnd.randrange(0, 20))[1:]
    if t == 69:
        return bytes([rnd.choice([0, 1, 0x1f, 0x40])]) + rbytes(rnd, rnd.randrange(2, 10))
    if t in (6, 7, 10, 13, 15, 29, 40, 45, 49, 57, 61, 72, 76):
        return struct.pack('!I', rnd.choice([0, 1, 2, 3, 5, 7, 11, 19, 25, 40, 1000]))
    if t in (5, 12, 16, 23, 27, 28, 37, 38, 41, 42, 43, 46, 47, 48, 51, 52, 53, 55, 62, 75, 85, 86):
        return struct.pack('!I', rnd.choice([0, 5, 59, 60, 3599, 3600, 86399, 0xfffffffe, rnd.randrange(1 << 32)]))
    return rtext(rnd, rnd.randrange(1, 20))


def radius(rnd, n):
    pkts = []
    ports = [1812, 1813, 1645, 1646, 3799]
    codes = [1, 2, 3, 4, 5, 11, 12, 13, 40, 41, 42, 43, 44, 45, 255, 7]
    for i in range(n):
        attrs = b''
        for _ in range(rnd.randrange(0, 8)):
            t = rnd.choice(list(range(1, 130)) + [0, 130, 200, 255])
            v = radius_value(rnd, t)
            ln = len(v) + 2
            if rnd.random() < 0.04:
                ln = rnd.choice([0, 1, 255])
            attrs += bytes([t, ln & 0xff]) + v
        length = 20 + len(attrs)
        if rnd.random() < 0.08:
            length = rnd.choice([0, 19, 20, length + 7, length - 3])
        body = bytes([rnd.choice(codes), rnd.randrange(256)]) + struct.pack('!H', length & 0xffff) + rbytes(rnd, 16) + attrs
        port = rnd.choice(ports)
        sport, dport = (rnd.randrange(49152, 65535), port) if rnd.random() < 0.5 else (port, rnd.randrange(49152, 65535))
        if rnd.random() < 0.8:
            p = IP(src='10.1.0.1', dst='10.1.0.2') / UDP(sport=sport, dport=dport) / Raw(body)
        else:
            p = IPv6(src='2001:db8::1', dst='2001:db8::2') / UDP(sport=sport, dport=dport) / Raw(body)
        pkts.append(p)
    # scapy's own RADIUS layer too, as a second opinion on the encoding
    for i in range(20):
        r = Radius(code=rnd.choice(codes), id=rnd.randrange(256), authenticator=rbytes(rnd, 16),
                   attributes=[RadiusAttribute(type=rnd.choice([1, 11, 18, 24, 25, 30, 31, 32]), value=rtext(rnd, 6))])
        pkts.append(IP(src='10.1.0.3', dst='10.1.0.4') / UDP(sport=rnd.randrange(49152, 65535), dport=1812) / r)
    return pkts


def beep(rnd, n):
    pkts = []
    kinds = [b'MSG', b'RPY', b'ERR', b'ANS', b'NUL', b'SEQ', b'XYZ']
    for i in range(n):
        k = rnd.choice(kinds)
        if k == b'SEQ':
            body = b'SEQ %d %d %d\r\n' % (rnd.randrange(10), rnd.randrange(1 << 20), rnd.randrange(4096))
        elif k == b'XYZ':
            body = rtext(rnd, rnd.randrange(0, 30))
        else:
            payload = rtext(rnd, rnd.randrange(0, 40))
            body = b'%s %d %d %s %d %d\r\n' % (k, rnd.randrange(10), rnd.randrange(100), rnd.choice([b'.', b'*']), rnd.randrange(1000), len(payload))
            body += payload + b'END\r\n'
        if rnd.random() < 0.2:
            body = body[:rnd.randrange(0, len(body) + 1)]
        port = 10288
        sport, dport = (rnd.randrange(49152, 65535), port) if rnd.random() < 0.5 else (port, rnd.randrange(49152, 65535))
        pkts.append(IP(src='10.2.0.1', dst='10.2.0.2') / TCP(sport=sport, dport=dport, flags='PA', seq=rnd.randrange(1 << 32), ack=rnd.randrange(1 << 32)) / Raw(body))
    return pkts


def mptcp_option(rnd):
    """(option bytes, TCP flags it fits); one in five built with a random length instead."""
    sub = rnd.choice([0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 7, 8, 15])
    ver = rnd.choice([0, 1, 1, 2]) if sub == 0 else rnd.randrange(16)
    fl = rnd.choice(['S', 'SA', 'A', 'PA', 'FA'])
    if sub == 0:
        ln, fl = rnd.choice([(4, 'S'), (12, 'S'), (12, 'SA'), (20, 'A'), (22, 'PA'), (8, 'A')])
        first = (sub << 4) | ver
    elif sub == 1:
        ln, fl = rnd.choice([(12, 'S'), (16, 'SA'), (24, 'A'), (24, 'PA'), (12, 'A')])
        first = (sub << 4) | rnd.randrange(2)
    elif sub == 2:
        f = rnd.randrange(32)
        ln = 4 + (((8 if f & 2 else 4) if f & 1 else 0)
                  + (((8 if f & 8 else 4) + 6 + rnd.choice([0, 2])) if f & 4 else 0))
        first = sub << 4
        fl = rnd.choice(['A', 'PA', 'FA', 'S'])
        return bytes([30, ln, first, f]) + rbytes(rnd, ln - 4), fl
    elif sub == 3:
        echo = rnd.choice([0, 1, 4, 6, 7])
        ln = rnd.choice([8, 10, 16, 18, 20, 22, 28, 30])
        first = (sub << 4) | echo
    elif sub == 4:
        ln = rnd.randrange(4, 9)
        first = sub << 4
    elif sub == 5:
        ln = rnd.choice([3, 4])
        first = (sub << 4) | rnd.randrange(2)
    else:
        ln = 12 if sub in (6, 7) else rnd.randrange(3, 12)
        first = sub << 4
    if rnd.random() < 0.2:
        ln = rnd.randrange(0, 32)
    body = bytes([30, ln, first]) + rbytes(rnd, max(0, ln - 3))
    return body[:max(ln, 3)], fl


def mptcp(rnd, n):
    """TCP segments carrying one or two MPTCP options (kind 30), every subtype, v0 and v1."""
    pkts = []
    for i in range(n):
        opts = b''
        fl = None
        for _ in range(rnd.choice([1, 1, 2])):
            o, f = mptcp_option(rnd)
            opts += o
            fl = fl or f
        while len(opts) % 4:
            opts += b'\x01'
        opts = opts[:40]
        raw = bytes(TCP(sport=rnd.randrange(49152, 65535), dport=rnd.choice([80, 443, 5001]), flags=fl,
                        seq=rnd.randrange(1 << 32), ack=rnd.randrange(1 << 32)))
        doff = (20 + len(opts)) // 4
        raw = raw[:12] + bytes([doff << 4]) + raw[13:20] + opts
        payload = rbytes(rnd, rnd.choice([0, 0, 10]))
        if rnd.random() < 0.8:
            p = IP(src='10.3.0.1', dst='10.3.0.2', proto=6) / Raw(raw + payload)
        else:
            p = IPv6(src='2001:db8::3', dst='2001:db8::4', nh=6) / Raw(raw + payload)
        pkts.append(p)
    return pkts


def ip6ext(rnd, n):
    """IPv6 segment routing headers (routing type 4, with TLVs) and hop-by-hop jumbo options."""
    from scapy.layers.inet6 import IPv6ExtHdrSegmentRouting, IPv6ExtHdrHopByHop, Jumbo, PadN
    pkts = []
    for i in range(n):
        up = UDP(sport=rnd.randrange(49152, 65535), dport=rnd.choice([9, 7, 5001])) / Raw(rbytes(rnd, rnd.randrange(0, 20)))
        if rnd.random() < 0.6:
            segs = ['2001:db8:%x::%x' % (rnd.randrange(1 << 16), rnd.randrange(1 << 16)) for _ in range(rnd.randrange(1, 5))]
            tlvs = b''
            for _ in range(rnd.choice([0, 0, 1, 2])):
                t = rnd.choice([0, 1, 4, 5, 6, 7, rnd.randrange(256)])
                if t == 0:
                    tlvs += b'\x00'
                else:
                    v = rbytes(rnd, rnd.choice([0, 2, 4, 6, 16, 18]))
                    tlvs += bytes([t, len(v)]) + v
            while len(tlvs) % 8:
                tlvs += b'\x00'
            body = b''.join(__import__('ipaddress').IPv6Address(a).packed for a in segs) + tlvs
            last = len(segs) - 1 if rnd.random() < 0.85 else rnd.randrange(0, 8)
            hlen = len(body) // 8 if rnd.random() < 0.9 else rnd.randrange(0, 12)
            hdr = bytes([17, hlen, 4, rnd.randrange(0, len(segs) + 1), last, rnd.choice([0, 0, rnd.randrange(256)])]) + struct.pack('!H', rnd.choice([0, rnd.randrange(1 << 16)]))
            p = IPv6(src='2001:db8::5', dst='2001:db8::6', nh=43) / Raw(hdr + body + bytes(up))
        else:
            jl = rnd.choice([0, 100, 65535, 65536, 70000, rnd.randrange(1 << 32)])
            opt = bytes([0xc2, rnd.choice([4, 4, 4, 3, 6])]) + struct.pack('!I', jl)
            extra = rnd.choice([b'', b'\x01\x00', b'\xc2\x04' + struct.pack('!I', 80000),
                                b'\x05\x02\x00\x01', b'\x05\x03\x00\x01\x02', b'\x1e\x01\x07', b'\x00'])
            if rnd.random() < 0.15:
                opt = extra
                extra = b''
            opts = opt + extra
            while (len(opts) + 2) % 8:
                opts += b'\x00'
            hbh = bytes([17, (len(opts) + 2) // 8 - 1]) + opts
            pl = rnd.choice([0, 0, len(hbh) + len(bytes(up))])
            p = IPv6(src='2001:db8::7', dst='2001:db8::8', nh=0, plen=pl) / Raw(hbh + bytes(up))
        pkts.append(p)
    return pkts


def otv(rnd, n):
    """UDP port 8472 (Linux's VXLAN port, OTV to tcpdump) around inner Ethernet frames."""
    from scapy.layers.vxlan import VXLAN
    from scapy.layers.inet import ICMP
    pkts = []
    for i in range(n):
        inner = Ether(src='02:00:00:00:01:%02x' % rnd.randrange(256), dst='02:00:00:00:02:%02x' % rnd.randrange(256))
        inner = inner / rnd.choice([IP(src='192.168.%d.1' % rnd.randrange(256), dst='192.168.0.2') / ICMP(id=rnd.randrange(65536)),
                                    IP(src='192.168.1.1', dst='192.168.1.2') / UDP(sport=rnd.randrange(49152, 65535), dport=53) / Raw(rbytes(rnd, 12)),
                                    IPv6(src='fd00::1', dst='fd00::2') / UDP(sport=rnd.randrange(49152, 65535), dport=9)])
        hdr = bytes([rnd.choice([0x08, 0x08, 0x00, rnd.randrange(256)])]) + rbytes(rnd, 3) + rbytes(rnd, 3) + bytes([rnd.randrange(256)])
        body = hdr + bytes(inner)
        if rnd.random() < 0.1:
            body = body[:rnd.randrange(0, 8)]
        port = 8472
        sport, dport = (rnd.randrange(49152, 65535), port) if rnd.random() < 0.7 else (port, rnd.randrange(49152, 65535))
        pkts.append(IP(src='10.4.0.1', dst='10.4.0.2') / UDP(sport=sport, dport=dport) / Raw(body))
    return pkts


def ethloop(rnd, n):
    """Ethernet configuration testing protocol frames (ethertype 0x9000)."""
    pkts = []
    for i in range(n):
        skip = rnd.choice([0, 0, 0, 8, 4, 16, 200])
        body = struct.pack('<H', skip) + rbytes(rnd, min(skip, 20))
        fn = rnd.choice([1, 1, 2, 2, 0, 3])
        body += struct.pack('<H', fn)
        if fn == 1:
            body += struct.pack('<H', rnd.randrange(65536))
        elif fn == 2:
            body += rbytes(rnd, 6)
        body += rbytes(rnd, rnd.randrange(0, 30))
        body = body[:rnd.choice([len(body)] * 9 + [rnd.randrange(0, len(body) + 1)])]
        pkts.append(('ethloop', body))
    return pkts


def dns_edns(rnd, n):
    """DNS with EDNS options (every code tcpdump names), URI records, extended rcodes."""
    from scapy.layers.dns import DNS, DNSQR, DNSRR, DNSRROPT, EDNS0TLV
    pkts = []
    for i in range(n):
        opts = []
        for _ in range(rnd.randrange(0, 4)):
            code = rnd.choice([1, 2, 3, 5, 6, 7, 8, 8, 8, 9, 10, 10, 11, 12, 13, 14, 15, 16, 17, 65001])
            if code == 8:
                fam = rnd.choice([1, 1, 2, 2, 3])
                src = rnd.choice([0, 8, 24, 32, 33, 48, 56, 64, 128, 129, rnd.randrange(256)])
                alen = (src + 7) // 8 if rnd.random() < 0.8 else rnd.randrange(0, 18)
                data = struct.pack('!HBB', fam, src, rnd.choice([0, 0, 24, 200])) + rbytes(rnd, alen)
            elif code == 13:
                data = rnd.choice([b'\x07example\x03com\x00', b'\x00', b'\x03abc'])
            else:
                data = rbytes(rnd, rnd.choice([0, 1, 2, 3, 4, 8, 16, 24, 41]))
            opts.append(EDNS0TLV(optcode=code, optdata=data))
        ext = rnd.choice([0, 0, 1, 1, 2, 255])
        rcode = rnd.randrange(16)
        qt = rnd.choice([1, 28, 256, 256])
        uri = struct.pack('!HH', rnd.randrange(65536), rnd.randrange(65536)) + rtext(rnd, rnd.randrange(0, 20))
        if rnd.random() < 0.1:
            uri = rbytes(rnd, rnd.randrange(0, 4))
        qr = rnd.random() < 0.6
        d = DNS(id=rnd.randrange(65536), qr=int(qr), rd=1, ra=int(rnd.random() < 0.5), rcode=rcode if qr else 0,
                qd=DNSQR(qname='h%d.example' % i, qtype=qt),
                an=DNSRR(rrname='h%d.example' % i, type=256, rdata=uri, ttl=rnd.randrange(1 << 20)) if qr and qt == 256 else None,
                ar=DNSRROPT(rclass=rnd.choice([512, 1232, 4096]), extrcode=ext, z=rnd.choice([0, 0x8000]), rdata=opts))
        pkts.append(IP(src='10.5.0.1', dst='10.5.0.2') / UDP(sport=rnd.randrange(49152, 65535) if not qr else 53,
                                                            dport=53 if not qr else rnd.randrange(49152, 65535)) / d)
    return pkts


def dhcp_user_class(rnd, n):
    """DHCP requests carrying RFC 3004 user classes, well and badly formed."""
    from scapy.layers.dhcp import BOOTP, DHCP
    pkts = []
    for i in range(n):
        uc = b''
        for _ in range(rnd.randrange(0, 4)):
            t = rtext(rnd, rnd.randrange(1, 9))
            uc += bytes([rnd.choice([len(t)] * 5 + [0, len(t) + 3])]) + t
        if rnd.random() < 0.1:
            uc = uc[:1]
        opts = [('message-type', rnd.choice(['discover', 'request'])), (77, uc)]
        if rnd.random() < 0.3:
            opts.append((77, rbytes(rnd, rnd.randrange(0, 6))))
        p = IP(src='0.0.0.0', dst='255.255.255.255') / UDP(sport=68, dport=67) / BOOTP(chaddr=rbytes(rnd, 6), xid=rnd.randrange(1 << 32)) / DHCP(options=opts + ['end'])
        pkts.append(p)
    return pkts


def icmp6_info(rnd, n):
    """ICMPv6 node information queries/replies (scapy's NI layers and raw) and router renumbering."""
    from scapy.layers import inet6 as i6
    import ipaddress
    pkts = []
    for i in range(n):
        k = rnd.randrange(4)
        if k == 0:
            cls = rnd.choice([i6.ICMPv6NIQueryNOOP, i6.ICMPv6NIQueryName, i6.ICMPv6NIQueryIPv6, i6.ICMPv6NIQueryIPv4])
            data = {i6.ICMPv6NIQueryName: 'host%d.example' % i, i6.ICMPv6NIQueryIPv6: 'fe80::%x' % rnd.randrange(65536),
                    i6.ICMPv6NIQueryIPv4: '192.0.2.%d' % rnd.randrange(256)}.get(cls)
            m = cls(data=data) if data else cls()
            m.flags = rnd.choice([0, 0, 1, 0x3e, rnd.randrange(128)])
            body = bytes(m)
        elif k == 1:
            cls = rnd.choice([i6.ICMPv6NIReplyNOOP, i6.ICMPv6NIReplyName, i6.ICMPv6NIReplyIPv6, i6.ICMPv6NIReplyRefuse, i6.ICMPv6NIReplyUnknown])
            if cls is i6.ICMPv6NIReplyName:
                m = cls(data='host%d.example' % i)
            elif cls is i6.ICMPv6NIReplyIPv6:
                m = cls(data=[(rnd.randrange(1 << 20), 'fe80::%x' % rnd.randrange(65536)) for _ in range(rnd.randrange(1, 3))])
            else:
                m = cls()
            m.flags = rnd.choice([0, 1, 0x3f, rnd.randrange(128)])
            body = bytes(m)
        elif k == 2:
            qtype = rnd.randrange(6)
            code = rnd.randrange(4)
            t = rnd.choice([139, 140])
            body = struct.pack('!BBHHH', t, code, 0, qtype, rnd.randrange(65536)) + rbytes(rnd, 8)
            body += rnd.choice([b'', b'', rbytes(rnd, 4), b'\x07example\x00', b'\x05abcde', b'\x03abc\x00\x00', rbytes(rnd, 16), rbytes(rnd, 20)])
            if rnd.random() < 0.1:
                body = body[:12]
        else:
            code = rnd.choice([0, 0, 0, 1, 255, 7])
            hdr = struct.pack('!BBHIBBHI', 138, code, 0, rnd.randrange(1 << 32), rnd.randrange(256),
                              rnd.choice([0, 0x80, 0xf8, rnd.randrange(256)]), rnd.randrange(65536), rnd.choice([0, 0, 5]))
            nuse = rnd.randrange(0, 3)
            mlen = rnd.choice([3 + 4 * nuse] * 4 + [rnd.randrange(0, 12)])
            match = struct.pack('!BBBBBBH', rnd.choice([1, 2, 3, 9]), mlen, rnd.randrange(256), rnd.randrange(129),
                                rnd.randrange(129), rnd.randrange(129), 0) + ipaddress.IPv6Address('2001:db8:%x::' % rnd.randrange(65536)).packed
            uses = b''
            for _ in range(nuse):
                uses += struct.pack('!BBBBIII', rnd.randrange(129), rnd.randrange(129), rnd.randrange(256), rnd.randrange(256),
                                    rnd.choice([0xffffffff, rnd.randrange(1 << 32)]), rnd.choice([0xffffffff, rnd.randrange(1 << 32)]),
                                    rnd.choice([0, 0x80000000, 0xc0000000])) + ipaddress.IPv6Address('2001:db8:%x::' % rnd.randrange(65536)).packed
            body = hdr + match + uses
            body = body[:rnd.choice([len(body)] * 6 + [16, 20, rnd.randrange(8, len(body) + 1)])]
        p = IPv6(src='fe80::1', dst=rnd.choice(['fe80::2', 'ff02::2']), nh=58) / Raw(body)
        raw = bytearray(bytes(p))
        s = 0
        ph = raw[8:40] + struct.pack('!I', len(body)) + b'\x00\x00\x00\x3a' + bytes(raw[40:40 + 2]) + b'\x00\x00' + bytes(raw[44:])
        if len(ph) % 2:
            ph += b'\x00'
        for j in range(0, len(ph), 2):
            s += (ph[j] << 8) | ph[j + 1]
        while s >> 16:
            s = (s & 0xffff) + (s >> 16)
        raw[42:44] = struct.pack('!H', ~s & 0xffff)
        pkts.append(IPv6(bytes(raw)))
    return pkts


def ah(rnd, n):
    """IPsec AH with random lengths and ICVs in front of TCP, UDP and ICMP."""
    from scapy.layers.inet import ICMP
    pkts = []
    for i in range(n):
        inner = rnd.choice([(6, bytes(TCP(sport=rnd.randrange(49152, 65535), dport=80, flags='S'))),
                            (17, bytes(UDP(sport=rnd.randrange(49152, 65535), dport=9) / Raw(rbytes(rnd, 6)))),
                            (1, bytes(ICMP(id=rnd.randrange(65536))))])
        ln = rnd.choice([4, 4, 4, 1, 2, 6, 0])
        hdr = bytes([inner[0], ln]) + struct.pack('!H', rnd.choice([0, 0, 0, 7])) + struct.pack('!II', rnd.randrange(1 << 32), rnd.randrange(1 << 32))
        hdr += rbytes(rnd, max(0, (ln + 2) * 4 - 12))
        if rnd.random() < 0.8:
            p = IP(src='10.6.0.1', dst='10.6.0.2', proto=51) / Raw(hdr + inner[1])
        else:
            p = IPv6(src='2001:db8::9', dst='2001:db8::a', nh=51) / Raw(hdr + inner[1])
        pkts.append(p)
    return pkts


def ptp(rnd, n):
    """PTP version 2 messages of every type over UDP 319/320 and ethertype 0x88f7."""
    pkts = []
    for i in range(n):
        t = rnd.choice([0, 1, 2, 3, 5, 8, 9, 10, 11, 12, 13, 4, 15])
        body_len = {0: 10, 1: 10, 8: 10, 2: 20, 3: 20, 9: 20, 10: 20, 11: 30, 12: 10, 13: 14}.get(t, 10)
        hdr = bytes([t | rnd.choice([0, 0, 0x10, 0xf0]), rnd.choice([2, 2, 2, 1, 3, 0x12])])
        hdr += struct.pack('!HBBH', 34 + body_len, rnd.randrange(256), rnd.choice([0, 0, 5]), rnd.choice([0, 0x200, 0x8, rnd.randrange(65536)]))
        hdr += struct.pack('!IIII', rnd.randrange(1 << 32), rnd.randrange(1 << 32), rnd.choice([0, 0, 9]), rnd.randrange(1 << 32))
        hdr += struct.pack('!IHHBB', rnd.randrange(1 << 32), rnd.randrange(65536), rnd.randrange(65536), rnd.choice([0, 1, 2, 3, 4, 5, 9]), rnd.randrange(256))
        body = hdr + rbytes(rnd, body_len)
        body = body[:rnd.choice([len(body)] * 8 + [rnd.randrange(0, len(body))])]
        if rnd.random() < 0.75:
            p = IP(src='10.7.0.1', dst='224.0.1.129') / UDP(sport=rnd.choice([319, 320]), dport=rnd.choice([319, 320])) / Raw(body)
            pkts.append(p)
        else:
            pkts.append(('ptp', body))
    return pkts


def rx(rnd, n):
    """RX (AFS) over UDP 7000-7009: calls of every service with random opcodes and arguments,
    replies to earlier calls (same call number), aborts and acks with random ack vectors."""
    pkts = []
    ops = {7000: list(range(130, 164)) + [65536, 65537, 65538, 65541],
           7001: list(range(204, 219)) + [65536],
           7002: list(range(500, 522)) + [530, 10000, 10003, 20000, 20002, 20003, 20006, 20009, 20012, 20004],
           7003: list(range(501, 535)) + [10000, 20004],
           7004: [1, 2, 3, 4, 5, 8, 12, 21, 23, 14],
           7005: list(range(100, 129)) + [65536, 65538],
           7007: list(range(80, 117))}
    calls = []
    for i in range(n):
        port = rnd.choice(list(ops) + [7006, 7008])
        client = rnd.choice([7001, 1792, 7000])
        kind = rnd.random()
        call = rnd.randrange(1, 50)
        service = rnd.choice([0, 1, 52, 53, 731])
        if kind < 0.45 or not calls:
            op = rnd.choice(ops.get(port, [1]))
            args = b''.join(struct.pack('!I', rnd.choice([0, 1, 2, 3, 5, 8, 13, 26, 64, 0x41424344, rnd.randrange(1 << 32)])) for _ in range(rnd.randrange(0, 40)))
            if rnd.random() < 0.3:  # a string argument: a length and text
                t = rtext(rnd, rnd.randrange(0, 20))
                args = struct.pack('!I', len(t)) + t + b'\0' * (-len(t) % 4) + args
            if rnd.random() < 0.15:  # an ACL text
                t = b'%d %d\n' % (rnd.randrange(3), rnd.randrange(2)) + b''.join(b'user%d %d\n' % (k, rnd.randrange(128)) for k in range(3))
                args = args[:12] + struct.pack('!I', len(t)) + t
            hdr = struct.pack('!IIIIIBBBBHH', rnd.randrange(1 << 32), rnd.randrange(1 << 32), call, 1, rnd.randrange(1 << 16), 1, rnd.choice([1, 3, 5, 33]), 0, rnd.randrange(3), 0, service)
            calls.append((port, client, call, service))
            pkts.append(IP(src='10.8.0.1', dst='10.8.0.2') / UDP(sport=client, dport=port) / Raw(hdr + struct.pack('!I', op) + args))
        elif kind < 0.8:
            port, client, call, service = rnd.choice(calls)
            typ = rnd.choice([1, 1, 1, 4])
            args = b''.join(struct.pack('!I', rnd.choice([0, 1, 2, 6, 26, 100, 0xffffff9c, rnd.randrange(1 << 32)])) for _ in range(rnd.randrange(0, 120)))
            hdr = struct.pack('!IIIIIBBBBHH', rnd.randrange(1 << 32), rnd.randrange(1 << 32), call, 1, rnd.randrange(1 << 16), typ, rnd.choice([0, 4]), 0, 0, 0, service)
            pkts.append(IP(src='10.8.0.2', dst='10.8.0.1') / UDP(sport=port, dport=client) / Raw(hdr + args))
        else:
            typ = rnd.choice([2, 2, 2, 3, 5, 6, 7, 8, 9, 13, 17])
            nacks = rnd.randrange(0, 12)
            ack = struct.pack('!HHIIIBB', rnd.randrange(65536), rnd.randrange(65536), rnd.randrange(1, 1000), 0, rnd.randrange(1 << 16), rnd.randrange(11), nacks)
            ack += bytes(rnd.choice([0, 1, 1]) for _ in range(nacks)) + b'\0' * 3 + rbytes(rnd, rnd.choice([0, 4, 8, 16]))
            hdr = struct.pack('!IIIIIBBBBHH', rnd.randrange(1 << 32), rnd.randrange(1 << 32), call, rnd.randrange(3), rnd.randrange(1 << 16), typ, rnd.randrange(64), 0, 0, 0, service)
            pkts.append(IP(src='10.8.0.2', dst='10.8.0.1') / UDP(sport=port, dport=client) / Raw(hdr + ack))
    return pkts


def nfs(rnd, n):
    """Sun RPC calls to NFS (UDP and TCP 2049), v2 and v3, every procedure with random words
    after credentials and a file handle; replies from 2049 to earlier calls' xids."""
    pkts = []
    calls = []
    for i in range(n):
        tcp = rnd.random() < 0.25
        if rnd.random() < 0.55 or not calls:
            xid = rnd.randrange(1 << 32)
            vers = rnd.choice([2, 3, 3])
            proc = rnd.randrange(0, 23)
            cred = rtext(rnd, rnd.choice([0, 4, 12, 20]))
            body = struct.pack('!IIIIII', xid, 0, 2, 100003, vers, proc)
            body += struct.pack('!II', rnd.choice([0, 1]), len(cred)) + cred + struct.pack('!II', 0, 0)
            fh = rbytes(rnd, 32) if rnd.random() < 0.5 else bytes([0, 0, 0, 0] + [rnd.randrange(4) for _ in range(28)])
            if vers == 3:
                fh = struct.pack('!I', len(fh)) + fh
            name = rtext(rnd, rnd.randrange(0, 12))
            tail = struct.pack('!I', len(name)) + name + b'\0' * (-len(name) % 4)
            tail += b''.join(struct.pack('!I', rnd.choice([0, 1, 2, 4, 0x1ff, rnd.randrange(1 << 32)])) for _ in range(rnd.randrange(0, 16)))
            body += fh + tail
            calls.append((xid, tcp))
            src, dst, sport, dport = '10.9.0.1', '10.9.0.2', rnd.randrange(600, 1024), 2049
        else:
            xid, tcp = rnd.choice(calls)
            stat = rnd.choice([0, 0, 0, 0, 1, 7])
            body = struct.pack('!III', xid, 1, stat)
            if stat == 1:
                body += struct.pack('!III', rnd.randrange(2), rnd.randrange(8), rnd.randrange(4))
            else:
                body += struct.pack('!II', 0, 0) + struct.pack('!I', rnd.choice([0, 0, 0, 0, 1, 3, 9]))
                body += struct.pack('!I', rnd.choice([0, 0, 0, 2, 13, 70, 10001, 12345]))
                words = [rnd.choice([0, 1, 2, 5, 0o755, rnd.randrange(1 << 32)]) for _ in range(rnd.randrange(0, 70))]
                body += b''.join(struct.pack('!I', w) for w in words)
            src, dst, sport, dport = '10.9.0.2', '10.9.0.1', 2049, rnd.randrange(600, 1024)
        if tcp:
            pkts.append(IP(src=src, dst=dst) / TCP(sport=sport, dport=dport, flags='PA', seq=rnd.randrange(1 << 32), ack=rnd.randrange(1 << 32)) / Raw(struct.pack('!I', 0x80000000 | len(body)) + body))
        else:
            pkts.append(IP(src=src, dst=dst) / UDP(sport=sport, dport=dport) / Raw(body))
    return pkts


def resp(rnd, n):
    """Redis' RESP on TCP 6379: pipelined arrays, bulk and simple strings, integers, errors,
    inline commands, and broken lengths."""
    def item(depth):
        k = rnd.random()
        if k < 0.2 and depth < 3:
            m = rnd.randrange(0, 4)
            return b'*%d\r\n' % m + b''.join(item(depth + 1) for _ in range(m))
        if k < 0.5:
            t = rtext(rnd, rnd.randrange(0, 12)).replace(b'\r', b'').replace(b'\n', b'')
            return b'$%d\r\n%s\r\n' % (len(t), t)
        if k < 0.6:
            return rnd.choice([b'$-1\r\n', b'*-1\r\n', b'$-7\r\n', b'$99999999999\r\n', b'$x\r\n', b'*3\rX'])
        if k < 0.8:
            return rnd.choice([b'+', b'-', b':']) + rtext(rnd, rnd.randrange(0, 10)).replace(b'\r', b'') + b'\r\n'
        return rtext(rnd, rnd.randrange(1, 12)).replace(b'*', b'').replace(b'$', b'') + rnd.choice([b'\r\n', b'\n', b'\r'])
    pkts = []
    for i in range(n):
        body = b''.join(item(0) for _ in range(rnd.randrange(1, 4)))
        if rnd.random() < 0.15:
            body = body[:rnd.randrange(0, len(body) + 1)]
        sport, dport = (rnd.randrange(49152, 65535), 6379) if rnd.random() < 0.5 else (6379, rnd.randrange(49152, 65535))
        pkts.append(IP(src='10.10.0.1', dst='10.10.0.2') / TCP(sport=sport, dport=dport, flags='PA', seq=rnd.randrange(1 << 32), ack=rnd.randrange(1 << 32)) / Raw(body))
    return pkts


def misc_udp(rnd, n):
    """SOME/IP (30490), WB (4567), VQP (1589), LWRES (921), Kerberos (88/750) and Telnet
    option negotiation (TCP 23), with random fields and lengths."""
    pkts = []
    for i in range(n):
        k = rnd.randrange(6)
        if k == 0:
            body = struct.pack('!IIIBBBB', rnd.randrange(1 << 32), rnd.randrange(64), rnd.randrange(1 << 32), 1, rnd.randrange(3), rnd.choice([0, 1, 2, 0x80, 0x81, 0x20, 0xa1, 7]), rnd.randrange(18)) + rbytes(rnd, rnd.randrange(0, 8))
            port = 30490
        elif k == 1:
            t = rnd.choice([0, 1, 2, 3, 4, 5, 7, 9])
            body = struct.pack('!IIHBB', rnd.randrange(1 << 32), rnd.randrange(1 << 32), 1, t, rnd.randrange(2))
            body += b''.join(struct.pack('!I', rnd.choice([0, 1, 2, 3, 14, 15, rnd.randrange(1 << 32)])) for _ in range(rnd.randrange(0, 20)))
            port = 4567
        elif k == 2:
            items = rnd.randrange(0, 4)
            body = struct.pack('!BBBBI', rnd.choice([1, 1, 1, 2]), rnd.randrange(1, 6), rnd.choice([0, 3, 4, 5, 9]), items, rnd.randrange(1 << 32))
            for _ in range(items):
                ot = rnd.choice([0x0c01, 0x0c02, 0x0c03, 0x0c04, 0x0c05, 0x0c06, 0x0c08, 0x0c07])
                v = {0x0c01: rbytes(rnd, 4), 0x0c06: rbytes(rnd, 6), 0x0c08: rbytes(rnd, 6)}.get(ot, rtext(rnd, rnd.randrange(0, 10)))
                body += struct.pack('!IH', ot, len(v)) + v
            port = 1589
        elif k == 3:
            op = rnd.choice([0, 0x10001, 0x10002, 0x10003, 7])
            flags = rnd.choice([0, 1, 2])
            name = rtext(rnd, rnd.randrange(0, 10))
            payload = rbytes(rnd, 4) + struct.pack('!IH', rnd.choice([1, 2, 3]), 4) + rbytes(rnd, 4) + struct.pack('!H', len(name)) + name + b'\0'
            body = struct.pack('!IHHIIIIHH', 28 + len(payload), rnd.choice([0, 0, 1]), flags, rnd.randrange(1 << 32), op, 0, 1024, 0, 0) + payload
            port = 921
        elif k == 4:
            v = rnd.choice([4, 4, 5, 106, 1])
            body = bytes([v, rnd.choice([2, 3, 4, 5, 6, 10, 11, 126])]) + rtext(rnd, rnd.randrange(0, 8)) + b'\0' + rtext(rnd, 4) + b'\0' + rtext(rnd, 6) + b'\0' + rbytes(rnd, rnd.randrange(0, 16))
            port = rnd.choice([88, 750])
        else:
            cmds = [bytes([255, rnd.choice([251, 252, 253, 254]), rnd.randrange(45)]) for _ in range(rnd.randrange(1, 4))]
            if rnd.random() < 0.5:
                cmds.append(bytes([255, 250, rnd.choice([24, 31, 37, 38, 39])]) + rbytes(rnd, rnd.randrange(0, 6)) + bytes([255, 240]))
            if rnd.random() < 0.3:
                cmds.append(bytes([255, rnd.randrange(236, 256)]))
            body = b''.join(cmds) + rtext(rnd, rnd.randrange(0, 6))
            pkts.append(IP(src='10.11.0.1', dst='10.11.0.2') / TCP(sport=23, dport=rnd.randrange(49152, 65535), flags='PA', seq=rnd.randrange(1 << 32), ack=rnd.randrange(1 << 32)) / Raw(body))
            continue
        if rnd.random() < 0.15:
            body = body[:rnd.randrange(0, len(body) + 1)]
        sport, dport = (rnd.randrange(1024, 65535), port) if rnd.random() < 0.7 else (port, rnd.randrange(1024, 65535))
        pkts.append(IP(src='10.11.0.1', dst='10.11.0.2') / UDP(sport=sport, dport=dport) / Raw(body))
    return pkts


def dhcp_options(rnd, n):
    """DHCP options tcpdump decodes by hand: NetBIOS node type (46), overload (52), client FQDN
    (81), relay agent information (82), classless static routes (121, 249); random values,
    lengths that lie, short options."""
    from scapy.layers.dhcp import BOOTP, DHCP
    pkts = []
    for i in range(n):
        opts = [('message-type', rnd.choice(['discover', 'request', 'ack']))]
        for _ in range(rnd.randrange(1, 5)):
            t = rnd.choice([46, 52, 81, 81, 82, 82, 121, 121, 249])
            if t in (46, 52):
                v = bytes([rnd.choice([1, 2, 3, 4, 8, rnd.randrange(256)])]) if rnd.random() < 0.9 else rbytes(rnd, rnd.choice([0, 2]))
            elif t == 81:
                flags = rnd.choice([0, 1, 2, 3, 4, 5, 8, 0x0f, 0x10, rnd.randrange(256)])
                rc = rnd.choice([b'\0\0', b'\0\0', b'\xff\xff', rbytes(rnd, 2)])
                name = rtext(rnd, rnd.randrange(0, 20))
                if rnd.random() < 0.3:
                    name = b'\x04host\x07example\x00'
                v = bytes([flags]) + rc + name
                if rnd.random() < 0.1:
                    v = v[:rnd.randrange(0, 3)]
            elif t == 82:
                v = b''
                for _ in range(rnd.randrange(0, 4)):
                    sub = rnd.choice([1, 2, 6, 5, 9, rnd.randrange(256)])
                    data = rtext(rnd, rnd.randrange(0, 12))
                    ln = len(data) if rnd.random() < 0.85 else rnd.randrange(0, 30)
                    v += bytes([sub, ln]) + data
                if rnd.random() < 0.15:
                    v += rbytes(rnd, 1)
            else:
                v = b''
                for _ in range(rnd.randrange(1, 4)):
                    width = rnd.choice([0, 8, 16, 24, 32, 12, 27, rnd.randrange(40)])
                    v += bytes([width]) + rbytes(rnd, (min(width, 32) + 7) // 8) + bytes([10, 0, 0, rnd.randrange(256)])
                if rnd.random() < 0.15:
                    v = v[:rnd.randrange(0, len(v))]
            opts.append((t, v))
        dhcp = bytes(BOOTP(op=2, chaddr=rbytes(rnd, 6), xid=rnd.randrange(1 << 32)) / DHCP(options=opts + ['end']))
        pkts.append(('frame', bytes(Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02') / IP(src='10.12.0.1', dst='255.255.255.255') / UDP(sport=67, dport=68) / Raw(dhcp))))
    return pkts


def dns_records(rnd, n):
    """DNS answers with A6 (RFC 2874), TSIG and UNSPECA records beside A and AAAA: random prefix
    lengths (past 128 too), names, MAC lengths; some records cut by their own length."""
    pkts = []
    for i in range(n):
        an = b''
        count = rnd.randrange(1, 4)
        for _ in range(count):
            t = rnd.choice([38, 38, 38, 250, 250, 104, 1, 28])
            if t == 38:
                pbit = rnd.choice([0, 0, 64, 48, 3, 127, 128, 128, 129, rnd.randrange(256)])
                pbyte = (pbit & ~7) // 8
                rdata = bytes([pbit]) + (rbytes(rnd, 16 - pbyte) if pbit < 128 else b'') + (b'\x03pfx\x07example\x00' if pbit > 0 else b'')
            elif t == 250:
                mac = rbytes(rnd, rnd.choice([0, 16, 32, 5]))
                rdata = b'\x0bhmac-sha256\x00' + rbytes(rnd, 6) + struct.pack('!HH', rnd.randrange(600), len(mac)) + mac + struct.pack('!HHH', rnd.randrange(65536), rnd.choice([0, 16, 17, 18]), 0)
            elif t == 104:
                rdata = rtext(rnd, rnd.randrange(0, 16))
            elif t == 1:
                rdata = rbytes(rnd, 4)
            else:
                rdata = rbytes(rnd, 16)
            if rnd.random() < 0.1:
                rdata = rdata[:rnd.randrange(0, len(rdata) + 1)]
            an += b'\xc0\x0c' + struct.pack('!HHIH', t, rnd.choice([1, 1, 1, 255]), rnd.randrange(1 << 20), len(rdata)) + rdata
        q = b'\x01h\x07example\x00' + struct.pack('!HH', rnd.choice([1, 38, 250]), 1)
        hdr = struct.pack('!HHHHHH', rnd.randrange(65536), 0x8180, 1, count, 0, 0)
        pkts.append(('frame', bytes(Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02') / IP(src='10.13.0.1', dst='10.13.0.2') / UDP(sport=53, dport=rnd.randrange(49152, 65535)) / Raw(hdr + q + an))))
    return pkts


def realtek(rnd, n):
    """Realtek EtherType 0x8899: RRCP hello, get and set (queries and replies), REP, RLDP (0x03
    and 0x23), DSA tags and unknown types; random fields, short frames."""
    pkts = []
    for i in range(n):
        proto = rnd.choice([0x01, 0x01, 0x01, 0x02, 0x03, 0x23, 0x04, 0x90, 0x9f, 0xa0, 0xa5, 0x25, rnd.randrange(256)])
        if proto == 0x01:
            body = bytes([proto, rnd.choice([0x00, 0x80, 0x01, 0x81, 0x02, 0x82, 0x7f, rnd.randrange(256)])]) + rbytes(rnd, rnd.choice([16, 16, 16, 8, 3]))
        else:
            body = bytes([proto]) + rbytes(rnd, rnd.randrange(0, 20))
        pkts.append(('realtek', body))
    return pkts


TCP_MD5_SECRET = b'jdump-secret'


def tcp_md5(rnd, n):
    """TCP segments with RFC 2385 MD5 signatures over IPv4 and IPv6 (printed with
    -M jdump-secret): right signatures, wrong ones, other secrets, payloads cut by the snapshot,
    IP total lengths that lie."""
    import hashlib
    pkts = []
    for i in range(n):
        v6 = rnd.random() < 0.35
        payload = rtext(rnd, rnd.choice([0, 0, 5, 19, 100, rnd.randrange(0, 300)]))
        sport, dport = rnd.choice([(179, rnd.randrange(1024, 65535)), (rnd.randrange(1024, 65535), 179)])
        opts = [('NOP', None), ('NOP', None), (19, b'\0' * 16)]
        if rnd.random() < 0.3:
            opts = [('MSS', 1460)] + opts
        seg = TCP(sport=sport, dport=dport, seq=rnd.randrange(1 << 32), ack=rnd.randrange(1 << 32),
                  flags=rnd.choice(['S', 'SA', 'A', 'PA', 'FA', 'R']), window=rnd.randrange(65536), options=opts)
        if v6:
            ip = IPv6(src='2001:db8::%x' % rnd.randrange(1, 65536), dst='2001:db8::1')
        else:
            ip = IP(src='10.14.0.%d' % rnd.randrange(1, 255), dst='10.14.0.1')
        pkt = ip / seg / Raw(payload)
        raw = bytearray(bytes(pkt))
        hl = 40 if v6 else (raw[0] & 0x0f) * 4
        thl = (raw[hl + 12] >> 4) * 4
        if v6:
            pseudo = raw[8:40] + struct.pack('!I', len(raw) - 40) + b'\0\0\0\x06'
        else:
            pseudo = raw[12:20] + b'\0\x06' + struct.pack('!H', len(raw) - hl)
        hdr = raw[hl:hl + 20]
        hdr[16:18] = b'\0\0'
        secret = TCP_MD5_SECRET if rnd.random() < 0.75 else rtext(rnd, 6)
        sig = hashlib.md5(bytes(pseudo) + bytes(hdr) + bytes(raw[hl + thl:]) + secret).digest()
        if rnd.random() < 0.1:
            sig = rbytes(rnd, 16)
        at = raw.index(b'\x13\x12', hl + 20) + 2
        raw[at:at + 16] = sig
        if not v6 and rnd.random() < 0.05:
            raw[2:4] = struct.pack('!H', rnd.randrange(20, 1500))
        pkts.append(('frame', bytes(Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02', type=0x86dd if v6 else 0x0800)) + bytes(raw)))
    return pkts


def hmac_md5_digests(rnd, n):
    """IS-IS PDUs with HMAC-MD5 authentication TLVs (LSPs, LAN and point-to-point hellos, CSNPs)
    and RSVP messages with INTEGRITY objects, their digests made with the -M secret (most), with
    another secret, or random; short TLVs and cut frames too."""
    import hashlib, hmac
    pkts = []
    for i in range(n):
        secret = TCP_MD5_SECRET if rnd.random() < 0.7 else rtext(rnd, 5)
        if rnd.random() < 0.5:
            pdu_type = rnd.choice([18, 20, 15, 16, 17, 24, 25])
            if pdu_type in (18, 20):
                fixed = struct.pack('!HH', 0, rnd.randrange(1, 1200)) + rbytes(rnd, 6) + b'\0\0' + struct.pack('!IHB', rnd.randrange(1 << 32), rnd.randrange(65536), 3)
            elif pdu_type in (15, 16):
                fixed = bytes([rnd.choice([1, 2, 3])]) + rbytes(rnd, 6) + struct.pack('!HH', 30, 0) + bytes([64]) + rbytes(rnd, 7)
            elif pdu_type == 17:
                fixed = bytes([3]) + rbytes(rnd, 6) + struct.pack('!HH', 30, 0) + bytes([rnd.randrange(256)])
            else:
                fixed = struct.pack('!H', 0) + rbytes(rnd, 7) + b'\0' * 8 + b'\xff' * 8
            if pdu_type in (18, 20):
                pdu_len_at = 8
            elif pdu_type in (15, 16, 17):
                pdu_len_at = 8 + 9
            else:
                pdu_len_at = 8
            tlvs = bytes([1, 2, 1, rnd.randrange(256)])
            auth_len = rnd.choice([17, 17, 17, 17, 9, 1])
            auth = bytes([10, auth_len, 54]) + b'\0' * (auth_len - 1)
            hdr = bytes([0x83, 8 + len(fixed), 1, 0, pdu_type, 1, 0, 0])
            pdu = bytearray(hdr + fixed + tlvs + auth + (bytes([137, 4]) + b'rtr1' if rnd.random() < 0.5 else b''))
            pdu[pdu_len_at:pdu_len_at + 2] = struct.pack('!H', len(pdu) if rnd.random() < 0.9 else rnd.randrange(20, 200))
            at = len(hdr) + len(fixed) + len(tlvs) + 3
            if auth_len == 17:
                body = bytearray(pdu)
                body[10:12] = b'\0\0'
                body[24:26] = b'\0\0'
                digest = hmac.new(secret, bytes(body), hashlib.md5).digest()
                if rnd.random() < 0.1:
                    digest = rbytes(rnd, 16)
                pdu[at:at + 16] = digest
            llc = b'\xfe\xfe\x03' + bytes(pdu)
            dst = bytes.fromhex('0180c2000014')
            frame = dst + bytes.fromhex('020000000001') + struct.pack('!H', len(llc)) + llc
            pkts.append(('frame', frame))
        else:
            session = struct.pack('!HBB', 12, 1, 1) + bytes([10, 15, 0, rnd.randrange(256)]) + bytes([17, 0]) + struct.pack('!H', rnd.randrange(65536))
            integrity = struct.pack('!HBB', 36, 4, 1) + bytes([rnd.choice([0, 0x80]), 0]) + rbytes(rnd, 6) + rbytes(rnd, 8) + b'\0' * 16
            objs = session + integrity if rnd.random() < 0.5 else integrity + session
            msg = bytearray(struct.pack('!BBHBBH', 0x10, rnd.choice([1, 2, 3, 4, 5, 6, 7]), 0, 64, 0, 8 + len(objs)) + objs)
            if rnd.random() < 0.1:
                msg[6:8] = struct.pack('!H', rnd.randrange(8, 120))
            at = 8 + (len(session) if objs.startswith(session) else 0) + 4 + 16
            body = bytearray(msg)
            body[2:4] = b'\0\0'
            digest = hmac.new(secret, bytes(body[:struct.unpack('!H', bytes(msg[6:8]))[0]]), hashlib.md5).digest()
            if rnd.random() < 0.1:
                digest = rbytes(rnd, 16)
            msg[at:at + 16] = digest
            msg[2:4] = struct.pack('!H', rnd.randrange(65536))
            ip = IP(src='10.15.0.1', dst='10.15.0.2', proto=46) / Raw(bytes(msg))
            pkts.append(('frame', bytes(Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02') / ip)))
    return pkts


def zep(rnd, n):
    """ZEP (UDP 17754): v1 and v2 data with IEEE 802.15.4 frames inside (inner lengths right,
    short or long), v2 acks, NTP time stamps (zero, random, recent), other versions and types,
    bad preambles, messages shorter than their header, cut frames."""
    pkts = []
    for i in range(n):
        fc = rnd.choice([0x8841, 0x8861, 0xcc41, 0x0002, 0x2003, 0x8863, 0xa841])
        inner = struct.pack('<HB', fc, rnd.randrange(256)) + rbytes(rnd, rnd.randrange(2, 30))
        il = len(inner) if rnd.random() < 0.8 else rnd.randrange(0, 60)
        k = rnd.randrange(6)
        if k == 0:
            hdr = b'EX' + bytes([1, rnd.randrange(27), 0, rnd.randrange(256), rnd.choice([0, 1]), rnd.randrange(256)]) + bytes(7) + bytes([il])
        elif k == 1:
            hdr = b'EX' + bytes([2, 2]) + struct.pack('!I', rnd.randrange(1 << 32))
            inner = b''
        elif k == 2:
            ntp = rnd.choice([0, rnd.randrange(1 << 32), 3913056000 + rnd.randrange(10 ** 8)])
            hdr = b'EX' + bytes([2, rnd.choice([1, 1, 3]), rnd.randrange(27)]) + struct.pack('!H', rnd.randrange(65536)) + bytes([rnd.choice([0, 1]), rnd.randrange(256)]) + struct.pack('!II', ntp, rnd.randrange(1 << 32)) + struct.pack('!I', rnd.randrange(1 << 32)) + bytes(10) + bytes([il])
        elif k == 3:
            hdr = rbytes(rnd, 2) + bytes(20)
        elif k == 4:
            hdr = b'EX' + bytes([rnd.choice([1, 2, 3]), 1]) + bytes(rnd.randrange(0, 10))
            inner = b''
        else:
            hdr = b'EX' + bytes([3, 1, 11]) + bytes(26) + bytes([il])
        payload = hdr + inner
        if rnd.random() < 0.1:
            payload = payload[:rnd.randrange(len(payload) + 1)]
        pkts.append(('frame', bytes(Ether(src='02:00:00:00:00:01', dst='02:00:00:00:00:02') / IP(src='10.20.0.1', dst='10.20.0.2') / UDP(sport=rnd.randrange(1024, 65535), dport=17754) / Raw(payload))))
    return pkts


GENERATORS = {'radius': (radius, 300), 'beep': (beep, 120), 'mptcp': (mptcp, 400), 'ip6ext': (ip6ext, 200), 'otv': (otv, 150), 'ethloop': (ethloop, 120), 'dns-edns': (dns_edns, 250), 'dhcp-userclass': (dhcp_user_class, 80), 'icmp6-info': (icmp6_info, 250), 'ah': (ah, 120), 'ptp': (ptp, 200), 'rx': (rx, 300), 'nfs': (nfs, 300), 'resp': (resp, 200), 'misc-udp': (misc_udp, 400), 'dhcp-options': (dhcp_options, 200), 'dns-records': (dns_records, 200), 'realtek': (realtek, 120), 'tcp-md5': (tcp_md5, 200), 'hmac-md5': (hmac_md5_digests, 200), 'zep': (zep, 200)}

if __name__ == '__main__':
    names = sys.argv[2:] or list(GENERATORS)
    for name in names:
        gen, n = GENERATORS[name]
        rnd = random.Random('app-scapy-' + name)
        wrpcap(os.path.join(OUT, 'app-scapy-%s.pcap' % name), frames(gen(rnd, n), rnd))
