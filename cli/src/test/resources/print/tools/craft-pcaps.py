#!/usr/bin/env python3
"""Writes the crafted captures of the printer's golden tests (captures/crafted-*.pcap): one
packet or a few of each protocol and case that the benchmark generator does not make, on
several link types. Deterministic; re-run it to re-make them:

    python3 craft-pcaps.py ../captures
"""
import struct, sys, os

OUT = sys.argv[1] if len(sys.argv) > 1 else '.'

def csum(data):
    if len(data) % 2:
        data += b'\0'
    s = sum(struct.unpack('!%dH' % (len(data) // 2), data))
    while s >> 16:
        s = (s & 0xffff) + (s >> 16)
    return ~s & 0xffff

def ip4a(s): return bytes(int(x) for x in s.split('.'))
def ip6a(s):
    import ipaddress
    return ipaddress.IPv6Address(s).packed

A, B = ip4a('10.0.0.1'), ip4a('10.0.0.2')
A6, B6 = ip6a('2001:db8::1'), ip6a('2001:db8::2')
MAC1, MAC2 = bytes.fromhex('020000000001'), bytes.fromhex('020000000002')

def ipv4(src, dst, proto, payload, ident=1, frag=0, ttl=64, tos=0, options=b'', total=None):
    ihl = 5 + len(options) // 4
    tl = total if total is not None else 20 + len(options) + len(payload)
    h = struct.pack('!BBHHHBBH4s4s', 0x40 | ihl, tos, tl, ident, frag, ttl, proto, 0, src, dst) + options
    return h[:10] + struct.pack('!H', csum(h)) + h[12:] + payload

def ipv6(src, dst, nxt, payload, ext=b'', hlim=64, flow=0):
    return struct.pack('!IHBB16s16s', 0x60000000 | flow, len(ext) + len(payload), nxt, hlim, src, dst) + ext + payload

def l4sum(src, dst, proto, seg):
    if len(src) == 4:
        ph = src + dst + struct.pack('!BBH', 0, proto, len(seg))
    else:
        ph = src + dst + struct.pack('!IxxxB', len(seg), proto)
    return csum(ph + seg)

def udp(src, dst, sp, dp, payload):
    seg = struct.pack('!HHHH', sp, dp, 8 + len(payload), 0) + payload
    c = l4sum(src, dst, 17, seg)
    return seg[:6] + struct.pack('!H', c or 0xffff) + seg[8:]

def tcp(src, dst, sp, dp, seq, ack, flags, payload=b'', opts=b'', win=65535, urp=0):
    off = (20 + len(opts)) // 4
    seg = struct.pack('!HHIIBBHHH', sp, dp, seq, ack, off << 4, flags, win, 0, urp) + opts + payload
    c = l4sum(src, dst, 6, seg)
    return seg[:16] + struct.pack('!H', c) + seg[18:]

def icmp(t, code, rest, body=b''):
    m = struct.pack('!BBH', t, code, 0) + rest + body
    return m[:2] + struct.pack('!H', csum(m)) + m[4:]

def icmp6(src, dst, t, code, body):
    m = struct.pack('!BBH', t, code, 0) + body
    return m[:2] + struct.pack('!H', l4sum(src, dst, 58, m)) + m[4:]

def eth(payload, etype=0x0800, src=MAC1, dst=MAC2):
    return dst + src + struct.pack('!H', etype) + payload

def dns_name(n):
    out = b''
    for l in n.rstrip('.').split('.'):
        out += bytes([len(l)]) + l.encode()
    return out + b'\0'

def dns(ident, flags, qs, ans=(), auth=(), add=()):
    m = struct.pack('!HHHHHH', ident, flags, len(qs), len(ans), len(auth), len(add))
    for n, t, c in qs:
        m += dns_name(n) + struct.pack('!HH', t, c)
    for sec in (ans, auth, add):
        for n, t, c, ttl, rd in sec:
            m += (dns_name(n) if isinstance(n, str) else n) + struct.pack('!HHIH', t, c, ttl, len(rd)) + rd
    return m

def write(name, dlt, frames):
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 262144, dlt))
        t = 1700000000
        for i, fr in enumerate(frames):
            if isinstance(fr, tuple):
                fr, wire = fr
            else:
                wire = len(fr)
            f.write(struct.pack('<IIII', t + i // 3, (i * 123457) % 1000000, len(fr), wire))
            f.write(fr)

def v4u(sp, dp, payload, src=A, dst=B):
    return ipv4(src, dst, 17, udp(src, dst, sp, dp, payload))

def v6u(sp, dp, payload, src=A6, dst=B6):
    return ipv6(src, dst, 17, udp(src, dst, sp, dp, payload))

# ---- application protocols over UDP and TCP, on Ethernet
app = []
app.append(eth(v4u(5353, 5353, dns(0, 0, [('_ipp._tcp.local', 12, 0x8001)]))))
app.append(eth(v4u(5353, 5353, dns(0, 0x8400, [], [('printer.local', 1, 0x8001, 120, A)]))))
app.append(eth(v4u(40000, 53, dns(7, 0x0100, [('example.com', 255, 1)], add=[(b'\0', 41, 4096, 0x8000, struct.pack('!HH', 10, 8) + b'abcdefgh')]))))
rrs = [('example.com', 5, 1, 300, dns_name('www.example.com')),
       ('example.com', 15, 1, 300, struct.pack('!H', 10) + dns_name('mx.example.com')),
       ('example.com', 16, 1, 300, b'\x05hello\x05world'),
       ('_sip._udp.example.com', 33, 1, 300, struct.pack('!HHH', 1, 2, 5060) + dns_name('sip.example.com')),
       ('1.0.0.10.in-addr.arpa', 12, 1, 300, dns_name('host.example.com')),
       ('example.com', 2, 1, 300, dns_name('ns1.example.com')),
       ('example.com', 6, 1, 300, dns_name('ns1.example.com') + dns_name('admin.example.com') + struct.pack('!IIIII', 1, 2, 3, 4, 5)),
       ('example.com', 28, 1, 300, A6),
       ('example.com', 99, 3, 300, b'\x01\x02')]
app.append(eth(v4u(53, 40000, dns(8, 0x8180, [('example.com', 255, 1)], rrs))))
app.append(eth(v4u(53, 40001, dns(9, 0x8183, [('nx.example.com', 1, 1)], [], [('example.com', 6, 1, 60, dns_name('ns1.example.com') + dns_name('admin.example.com') + struct.pack('!IIIII', 1, 2, 3, 4, 5))]))))
app.append(eth(v4u(53, 40002, dns(10, 0x8580, [('a.example.com', 1, 1), ('b.example.com', 1, 1)], [('a.example.com', 1, 1, 5, A)]))))
app.append(eth(v4u(40003, 53, dns(11, 0x2800, [('example.com', 6, 1)]))))
app.append(eth(v6u(40004, 53, dns(12, 0x0110, [('example.org', 28, 1)]))))
bootp = struct.pack('!BBBBIHHIIII', 1, 1, 6, 0, 0x12345678, 0, 0x8000, 0, 0, 0, 0) + MAC1 + b'\0' * 10 + b'\0' * 192 + bytes.fromhex('63825363') + bytes([53, 1, 1, 255])
app.append(eth(v4u(68, 67, bootp, src=ip4a('0.0.0.0'), dst=ip4a('255.255.255.255'))))
bootr = struct.pack('!BBBBIHHIIII', 2, 1, 6, 0, 0x12345678, 0, 0, 0, int.from_bytes(B, 'big'), int.from_bytes(A, 'big'), 0) + MAC1 + b'\0' * 10 + b'\0' * 192 + bytes.fromhex('63825363') + bytes([53, 1, 2, 255])
app.append(eth(v4u(67, 68, bootr)))
ntp_server = struct.pack('!BBbbII4sQQQQ', 0x24, 2, 6, -20, 0x00010000 // 7, 0x00000800, ip4a('192.0.2.1'), 0xe0000000_10000000, 0xe0000001_20000000, 0xe0000001_40000000, 0xe0000001_40001000)
app.append(eth(v4u(123, 123, ntp_server)))
app.append(eth(v4u(123, 123, struct.pack('!BBbb', 0x1e, 0, 0, 0) + b'\0' * 44)))
inner = eth(ipv4(ip4a('192.168.0.1'), ip4a('192.168.0.2'), 1, icmp(8, 0, struct.pack('!HH', 1, 1), b'x' * 8)), src=bytes.fromhex('0a0000000001'), dst=bytes.fromhex('0a0000000002'))
app.append(eth(v4u(50000, 4789, struct.pack('!BxxxI', 0x08, 42 << 8) + inner)))
gopt = struct.pack('!HBB', 0x0101, 0x81, 1) + b'\x00\x00\x00\x07'
app.append(eth(v4u(50001, 6081, struct.pack('!BBHI', 0x02, 0x40, 0x6558, 0x00abcd00) + gopt + inner)))
app.append(eth(v4u(50002, 6081, struct.pack('!BBHI', 0x00, 0x00, 0x0800, 0x00000501) + ipv4(ip4a('192.168.9.1'), ip4a('192.168.9.2'), 17, udp(ip4a('192.168.9.1'), ip4a('192.168.9.2'), 1, 2, b'geneve')))))
app.append(eth(v4u(50000, 33000, b'plain')))
app.append(eth(v4u(50000, 33001, b'x' * 4, ) [:-4] + b'', 0x0800))
s = 1000
app.append(eth(ipv4(A, B, 6, tcp(A, B, 40000, 80, s, 0, 0x02, opts=bytes.fromhex('020405b4010303070402080a000000010000000001010000')))))
app.append(eth(ipv4(B, A, 6, tcp(B, A, 80, 40000, 5000, s + 1, 0x12, opts=bytes.fromhex('020405b40402080a0000000200000001')))))
app.append(eth(ipv4(A, B, 6, tcp(A, B, 40000, 80, s + 1, 5001, 0x18, b'GET /index.html HTTP/1.1\r\nHost: x\r\n\r\n'))))
app.append(eth(ipv4(B, A, 6, tcp(B, A, 80, 40000, 5001, s + 38, 0x18, b'HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n'))))
app.append(eth(ipv4(A, B, 6, tcp(A, B, 40000, 80, s + 38, 5001 + 45, 0x10, opts=bytes.fromhex('0101050a000013890000138d')))))
app.append(eth(ipv4(A, B, 6, tcp(A, B, 40000, 80, s + 38, 5046, 0x11))))
app.append(eth(ipv4(B, A, 6, tcp(B, A, 80, 40000, 5046, s + 39, 0x14, b'reset reason'))))
app.append(eth(ipv4(A, B, 6, tcp(A, B, 2222, 22, 1, 1, 0x18, b'SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n'))))
app.append(eth(ipv4(A, B, 6, tcp(A, B, 2223, 25, 1, 1, 0x18, b'EHLO mail.example.com\r\n'))))
app.append(eth(ipv4(B, A, 6, tcp(B, A, 21, 2224, 1, 1, 0x18, b'220 FTP server ready\r\n'))))
app.append(eth(ipv4(A, B, 6, tcp(A, B, 2225, 554, 1, 1, 0x18, b'OPTIONS rtsp://x/ RTSP/1.0\r\nCSeq: 1\r\n\r\n'))))
app.append(eth(ipv4(A, B, 6, tcp(A, B, 2226, 53, 1, 1, 0x18, struct.pack('!H', 29) + dns(13, 0x0100, [('example.net', 1, 1)])))))
app.append(eth(ipv4(A, B, 6, tcp(A, B, 2227, 9999, 1, 1, 0xe3, b'u', urp=1, opts=bytes.fromhex('1e0401020304050000')[:8] + b''))))
app.append(eth(ipv4(A, B, 6, tcp(A, B, 2228, 9999, 1, 1, 0x10, opts=bytes.fromhex('1c04800a0101fe04abcd0000')))))
app.append(eth(ipv4(A, B, 6, tcp(A, B, 2229, 9999, 1, 1, 0x10, opts=bytes.fromhex('02040101')))))
app.append(eth(ipv4(A, B, 6, struct.pack('!HHIIBBHHH', 2230, 9999, 1, 1, 0x30, 0x10, 1, 0, 0))))
app.append(eth(ipv4(A, B, 6, struct.pack('!HHIIBBHHH', 2231, 9999, 1, 1, 0xf0, 0x10, 1, 0, 0))))
app.append(eth(ipv6(A6, B6, 6, tcp(A6, B6, 443, 50000, 7, 9, 0x10, b'abc'))))
app.append(eth(ipv6(A6, B6, 6, tcp(A6, B6, 443, 50000, 10, 9, 0x18, b'defg'))))
write('crafted-app.pcap', 1, app)

# ---- network layer: IPv4 options and fragments, ICMP types, IGMP, GRE, IPIP, ESP; IPv6 ext
net = []
net.append(eth(ipv4(A, B, 17, udp(A, B, 1, 2, b'rr'), options=bytes.fromhex('0707040a0000000000000000')[:8] + b'\x01\x00\x00\x00')))
net.append(eth(ipv4(A, B, 17, udp(A, B, 1, 2, b'ra'), options=bytes.fromhex('94040000'))))
net.append(eth(ipv4(A, B, 17, udp(A, B, 1, 2, b'lsrr'), options=bytes.fromhex('830b04') + ip4a('10.9.9.9') + ip4a('10.8.8.8') + b'\x00')))
net.append(eth(ipv4(A, B, 17, udp(A, B, 1, 2, b'x' * 30), frag=0x2000, ident=77)))
net.append(eth(ipv4(A, B, 17, b'y' * 16, frag=5, ident=77)))
net.append(eth(ipv4(A, B, 1, icmp(8, 0, struct.pack('!HH', 3, 4)), tos=0x03, ttl=0)))
q = ipv4(B, A, 17, udp(B, A, 5000, 6000, b'q' * 8))
qt = ipv4(B, A, 6, tcp(B, A, 5000, 6000, 1, 1, 0x02))
for code in range(16):
    net.append(eth(ipv4(A, B, 1, icmp(3, code, struct.pack('!HH', 0, 1400 if code == 4 else 0), q))))
net.append(eth(ipv4(A, B, 1, icmp(3, 3, b'\0' * 4, qt))))
net.append(eth(ipv4(A, B, 1, icmp(4, 0, b'\0' * 4, q))))
for code in range(4):
    net.append(eth(ipv4(A, B, 1, icmp(5, code, ip4a('10.0.0.254'), q))))
net.append(eth(ipv4(A, B, 1, icmp(11, 0, b'\0' * 4, q))))
net.append(eth(ipv4(A, B, 1, icmp(11, 1, b'\0' * 4, q))))
net.append(eth(ipv4(A, B, 1, icmp(12, 0, struct.pack('!B3x', 20), q))))
net.append(eth(ipv4(A, B, 1, icmp(12, 1, b'\0' * 4, q))))
net.append(eth(ipv4(A, B, 1, icmp(13, 0, struct.pack('!HH', 5, 6), b'\0' * 12))))
net.append(eth(ipv4(A, B, 1, icmp(15, 0, struct.pack('!HH', 5, 6)))))
net.append(eth(ipv4(A, B, 1, icmp(17, 0, struct.pack('!HH', 5, 6), b'\0' * 4))))
net.append(eth(ipv4(A, B, 1, icmp(18, 0, struct.pack('!HH', 5, 6), ip4a('255.255.255.0')))))
net.append(eth(ipv4(A, B, 1, icmp(10, 0, b'\0' * 4))))
net.append(eth(ipv4(A, B, 1, icmp(42, 0, b'\0' * 4))))
net.append(eth(ipv4(A, ip4a('224.0.0.1'), 2, icmp(0x11, 100, ip4a('0.0.0.0')), ttl=1)))
net.append(eth(ipv4(A, ip4a('224.0.0.1'), 2, icmp(0x11, 10, ip4a('239.1.1.1')), ttl=1)))
net.append(eth(ipv4(A, ip4a('239.1.1.1'), 2, icmp(0x16, 0, ip4a('239.1.1.1')), ttl=1)))
net.append(eth(ipv4(A, ip4a('224.0.0.2'), 2, icmp(0x17, 0, ip4a('239.1.1.1')), ttl=1)))
net.append(eth(ipv4(A, ip4a('224.0.0.22'), 2, icmp(0x22, 0, struct.pack('!HH', 0, 1), struct.pack('!BBH', 4, 0, 0) + ip4a('239.1.1.1')), ttl=1)))
net.append(eth(ipv4(A, ip4a('224.0.0.1'), 2, icmp(0x11, 100, ip4a('0.0.0.0'), struct.pack('!BBH', 2, 125, 0)), ttl=1)))
net.append(eth(ipv4(A, B, 47, struct.pack('!HH', 0, 0x0800) + ipv4(ip4a('172.16.0.1'), ip4a('172.16.0.2'), 1, icmp(8, 0, struct.pack('!HH', 9, 9))))))
net.append(eth(ipv4(A, B, 47, struct.pack('!HHI', 0x2000, 0x86dd, 0xabcdef) + ipv6(A6, B6, 17, udp(A6, B6, 7, 8, b'in gre')))))
net.append(eth(ipv4(A, B, 47, struct.pack('!HH', 0x1000, 0x6558) + b'\0\0\0\x05' + inner)))
net.append(eth(ipv4(A, B, 47, struct.pack('!HH', 0, 0x1234) + b'zz')))
net.append(eth(ipv4(A, B, 4, ipv4(ip4a('172.16.0.1'), ip4a('172.16.0.2'), 17, udp(ip4a('172.16.0.1'), ip4a('172.16.0.2'), 3, 4, b'ipip')))))
net.append(eth(ipv4(A, B, 41, ipv6(A6, B6, 58, icmp6(A6, B6, 128, 0, struct.pack('!HH', 1, 2))))))
net.append(eth(ipv4(A, B, 50, struct.pack('!II', 0x1000, 7) + b'e' * 24)))
net.append(eth(ipv4(A, B, 99, b'?' * 10)))
net.append(eth(ipv4(A, B, 17, udp(A, B, 1, 2, b'short'), total=30)))
net.append(eth(ipv4(A, B, 17, udp(A, B, 1, 2, b'long'), total=200)))
hbh = struct.pack('!BB', 58, 0) + bytes.fromhex('050200000100')
net.append(eth(ipv6(A6, ip6a('ff02::16'), 0, icmp6(A6, ip6a('ff02::16'), 130, 0, struct.pack('!HH', 1000, 0) + ip6a('::')), ext=hbh, hlim=1), 0x86dd))
net.append(eth(ipv6(A6, ip6a('ff02::16'), 0, icmp6(A6, ip6a('ff02::16'), 131, 0, struct.pack('!HH', 0, 0) + ip6a('ff02::1:3')), ext=hbh, hlim=1), 0x86dd))
net.append(eth(ipv6(A6, ip6a('ff02::16'), 0, icmp6(A6, ip6a('ff02::16'), 132, 0, struct.pack('!HH', 0, 0) + ip6a('ff02::1:3')), ext=hbh, hlim=1), 0x86dd))
net.append(eth(ipv6(A6, ip6a('ff02::16'), 0, icmp6(A6, ip6a('ff02::16'), 130, 0, struct.pack('!HH', 1000, 0) + ip6a('ff02::fb') + struct.pack('!BBH', 2, 125, 1) + A6), ext=hbh, hlim=1), 0x86dd))
ra = struct.pack('!BBHII', 64, 0xc0, 1800, 0, 0) + bytes.fromhex('0101') + MAC1 + struct.pack('!BBI', 5, 1, 1500) + b'\0\0' + struct.pack('!BBBBIII', 3, 4, 64, 0xc0, 86400, 14400, 0) + ip6a('2001:db8:1::')
net.append(eth(ipv6(ip6a('fe80::1'), ip6a('ff02::1'), 58, icmp6(ip6a('fe80::1'), ip6a('ff02::1'), 134, 0, ra), hlim=255), 0x86dd))
q6 = ipv6(B6, A6, 17, udp(B6, A6, 1000, 2000, b'q6'))
for t, code, rest in [(1, 0, 0), (1, 1, 0), (1, 3, 0), (1, 4, 0), (1, 2, 0), (1, 5, 0), (2, 0, 1280), (3, 0, 0), (3, 1, 0), (4, 0, 40), (4, 1, 6), (4, 2, 42)]:
    net.append(eth(ipv6(A6, B6, 58, icmp6(A6, B6, t, code, struct.pack('!I', rest) + q6)), 0x86dd))
net.append(eth(ipv6(A6, B6, 58, icmp6(A6, B6, 137, 0, b'\0' * 4 + ip6a('fe80::2') + B6)), 0x86dd))
net.append(eth(ipv6(A6, B6, 58, icmp6(A6, B6, 200, 0, b'\0' * 8)), 0x86dd))
dst = struct.pack('!BB', 17, 0) + bytes.fromhex('010400000000')
net.append(eth(ipv6(A6, B6, 60, udp(A6, B6, 9, 10, b'dstopt'), ext=dst), 0x86dd))
rt = struct.pack('!BBBBI', 17, 2, 0, 1, 0) + ip6a('2001:db8::99')
net.append(eth(ipv6(A6, B6, 43, udp(A6, B6, 9, 10, b'route'), ext=rt), 0x86dd))
fr = struct.pack('!BBHI', 17, 0, 0x0001, 0xdeadbeef)
net.append(eth(ipv6(A6, B6, 44, udp(A6, B6, 9, 10, b'frag one'), ext=fr), 0x86dd))
fr2 = struct.pack('!BBHI', 17, 0, 0x0010, 0xdeadbeef)
net.append(eth(ipv6(A6, B6, 44, b'frag two', ext=fr2), 0x86dd))
net.append(eth(ipv6(A6, B6, 59, b''), 0x86dd))
net.append(eth(ipv6(A6, B6, 41, ipv6(ip6a('fd00::1'), ip6a('fd00::2'), 17, udp(ip6a('fd00::1'), ip6a('fd00::2'), 1, 2, b'6in6'))), 0x86dd))
net.append(eth(ipv6(A6, B6, 17, udp(A6, B6, 1, 2, b'flow'), flow=0x12345 | (0xb8 << 20)), 0x86dd))
net.append(eth(ipv6(ip6a('::ffff:10.0.0.1'), ip6a('::10.0.0.2'), 17, udp(ip6a('::ffff:10.0.0.1'), ip6a('::10.0.0.2'), 1, 2, b'mapped')), 0x86dd))
write('crafted-net.pcap', 1, net)

# ---- link layers: 802.3/LLC, ARP variants, VLAN with DEI and priority, unknown types
link = []
link.append(eth(struct.pack('!HHHHBB4s6s4s', 1, 0x0800, 0, 0, 0, 0, b'', b'', b'')[:0] + struct.pack('!HHBBH', 1, 0x0800, 6, 4, 3) + MAC1 + A + MAC2 + B, 0x8035))
link.append(eth(struct.pack('!HHBBH', 1, 0x0800, 6, 4, 4) + MAC1 + A + MAC2 + B, 0x8035))
link.append(eth(struct.pack('!HHBBH', 6, 0x0800, 6, 4, 1) + MAC1 + A + b'\0' * 6 + B, 0x0806))
link.append(eth(struct.pack('!HHBBH', 1, 0x86dd, 6, 16, 1) + MAC1 + A6 + b'\0' * 6 + B6, 0x0806))
link.append(eth(struct.pack('!HHBBH', 1, 0x0800, 6, 4, 9) + MAC1 + A + MAC2 + B, 0x0806))
link.append(eth(struct.pack('!HH', 0xe00a, 0x0800) + ipv4(A, B, 1, icmp(8, 0, struct.pack('!HH', 1, 2))), 0x8100))
link.append(eth(struct.pack('!HH', 0x3014, 0x86dd) + ipv6(A6, B6, 17, udp(A6, B6, 1, 2, b'v')), 0x8100))
link.append(eth(struct.pack('!HHHH', 100, 0x8100, 10, 0x0806) + struct.pack('!HHBBH', 1, 0x0800, 6, 4, 1) + MAC1 + A + b'\0' * 6 + B, 0x9100))
link.append(eth(struct.pack('!HH', 5, 0x88cc) + b'\0' * 10, 0x8100))
link.append(eth(b'\xaa\xaa\x03\x00\x00\x00\x08\x00' + ipv4(A, B, 1, icmp(8, 0, struct.pack('!HH', 7, 7))), 46))
link.append(eth(b'\x42\x42\x03' + b'\0' * 35, 38))
link.append(eth(b'\xe0\xe0\x03' + b'\xff' * 40, 43))
link.append(eth(b'hello world' * 3, 0x88b5))
link.append(eth(b'\x11\x09\x00\x00\x00\x06\x00\x21' + ipv4(A, B, 1, icmp(0, 0, struct.pack('!HH', 1, 1))), 0x8864))
link.append(eth(b'\x11\x09\x00\x00\x00\x00', 0x8863))
link.append(eth(b'\x20\x00\x00\x00\x00\x01' + ipv4(A, B, 1, icmp(0, 0, struct.pack('!HH', 2, 2))) + b'\0' * 16, 0x88e5))
link.append(eth(b'\x2c\x05\x00\x00\x00\x01' + b'\x01' * 8 + b'secret' * 5, 0x88e5))
link.append(eth(b''[:0], 0x0800)[:13])
link.append((eth(ipv4(A, B, 1, icmp(8, 0, struct.pack('!HH', 5, 5), b'p' * 100)))[:40], 142))
write('crafted-link.pcap', 1, link)

# ---- other link types
ping = ipv4(A, B, 1, icmp(8, 0, struct.pack('!HH', 1, 1), b'abcdefgh'))
ping6 = ipv6(A6, B6, 58, icmp6(A6, B6, 128, 0, struct.pack('!HH', 1, 1) + b'abcd'))
write('crafted-null.pcap', 0, [struct.pack('<I', 2) + ping, struct.pack('<I', 30) + ping6, struct.pack('<I', 24) + ping6, struct.pack('>I', 2) + ping, struct.pack('<I', 99) + b'zzzz'])
write('crafted-loop.pcap', 108, [struct.pack('>I', 2) + ping, struct.pack('>I', 24) + ping6])
write('crafted-raw.pcap', 101, [ping, ping6, b'\x50' + b'\0' * 10])
write('crafted-ipv4.pcap', 228, [ping])
write('crafted-ppp.pcap', 9, [b'\xff\x03\x00\x21' + ping, b'\xff\x03\x00\x57' + ping6, b'\xff\x03\xc0\x21' + b'\x01\x01\x00\x04'])
sll = lambda pt, et, payload: struct.pack('!HHH8sH', pt, 1, 6, MAC1 + b'\0\0', et) + payload
write('crafted-sll.pcap', 113, [sll(0, 0x0800, ping), sll(4, 0x86dd, ping6), sll(1, 0x0806, struct.pack('!HHBBH', 1, 0x0800, 6, 4, 1) + MAC1 + A + b'\0' * 6 + B), sll(2, 0x8100, struct.pack('!HH', 7, 0x0800) + ping), sll(3, 0x88b5, b'unknown'), sll(0, 4, b'\xaa\xaa\x03\x00\x00\x00\x08\x00' + ping)])
sll2 = lambda pt, et, idx, payload: struct.pack('!HHIHBB8s', et, 0, idx, 1, pt, 6, MAC1 + b'\0\0') + payload
write('crafted-sll2.pcap', 276, [sll2(0, 0x0800, 1, ping), sll2(4, 0x86dd, 1, ping6), sll2(0, 0x0800, 4000000, ping), sll2(3, 0x88b5, 1, b'unknown')])

# ---- time stamps: a DST change in New York, a packet that goes back in time, the epoch, 2038
def write_times(name, times):
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
        for sec, usec in times:
            fr = eth(ping)
            f.write(struct.pack('<IIII', sec, usec, len(fr), len(fr)))
            f.write(fr)
write_times('crafted-time.pcap', [(1772953199, 999999), (1772953200, 1), (1772953100, 500000),
    (1772953100, 400000), (0, 0), (86399, 999999), (1793487599, 0), (1793491200, 123456),
    (2147483647, 999999), (2147483648, 5), (4294967295, 999999)])

# ---- damaged time stamps, as libpcap reads them: fractions of a second or more (2^31 and more
# negative in the host's byte order, unsigned in the other), 2038 and 2106, the epoch; micro
# and nano, little- and big-endian
def write_damaged(name, magic, endian, times):
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(struct.pack(endian + 'IHHiIII', magic, 2, 4, 0, 0, 262144, 1))
        for sec, frac in times:
            fr = eth(ping)
            f.write(struct.pack(endian + 'IIII', sec, frac, len(fr), len(fr)))
            f.write(fr)
damaged = [(1000000000, 999999), (1000000000, 1000000), (1000000001, 2147483647),
    (1000000001, 2147483648), (1000000002, 0xffffffff), (999999999, 4294967), (0, 0), (0, 5),
    (2147483647, 999999), (2147483648, 0), (4294967295, 999999), (1, 0x80000000),
    (5, 3000000000), (1772953199, 999999999), (1772953200, 1000000000), (1000000000, 0xfffffc18)]
write_damaged('crafted-time-damaged.pcap', 0xa1b2c3d4, '<', damaged)
write_damaged('crafted-time-damaged-nano-be.pcap', 0xa1b23c4d, '>', damaged)

# ---- names (golden-names.txt, printed without -n): loopback addresses that any resolver names,
# well-known and unnamed ports over TCP and UDP, every IP protocol as a later fragment (its IANA
# keyword), ARP and Ethernet addresses with each OUI tcpdump names, broadcast, ICMP port
# unreachables, IPv6 loopback and link-local
LO, LO2 = ip4a('127.0.0.1'), ip4a('127.0.0.2')
LO6 = ip6a('::1')
names = []
ports = [7, 20, 21, 22, 23, 25, 53, 67, 68, 69, 80, 88, 110, 111, 119, 123, 137, 143, 161, 179,
         389, 443, 445, 514, 587, 636, 993, 995, 1194, 1433, 1701, 1812, 2049, 3306, 3389, 5353,
         5432, 6000, 8080, 9999, 40000, 65535]
for i, p in enumerate(ports):
    names.append(eth(ipv4(LO, LO2, 6, tcp(LO, LO2, 50000 + i, p, 1000 + i, 0, 0x02))))
    if p not in (69, 88, 161, 514, 1701, 1812):  # ports whose UDP decoders jdump lacks
        body = b'\x23' + b'\0' * 47 if p == 123 else b'\0' * 4
        names.append(eth(ipv4(LO2, LO, 17, udp(LO2, LO, p, 33000 + i, body))))
names.append(eth(ipv6(LO6, LO6, 6, tcp(LO6, LO6, 22, 443, 5, 0, 0x02))))
names.append(eth(ipv6(ip6a('fe80::1'), ip6a('ff02::1'), 17, udp(ip6a('fe80::1'), ip6a('ff02::1'), 5353, 5353, b''))))
for proto in range(256):
    names.append(eth(ipv4(LO, A, proto, b'\0' * 8, frag=100)))
for proto in (0, 3, 61, 99, 114, 200, 253, 254, 255):
    names.append(eth(ipv4(A, LO, proto, b'\0' * 8)))
OUI_LIST = [0x000000, 0x00000c, 0x00005e, 0x000081, 0x0000f8, 0x0080c2, 0x00a03e, 0x00e02f,
            0x080007, 0x009069, 0x080009, 0x00120f, 0x0012bb, 0x001b21, 0x002320, 0x5c16c7,
            0xb0d2f5, 0x002481, 0x0004ea, 0x748771, 0xa42305, 0x00049f, 0x0015ad, 0x001018,
            0x00e004, 0xd0f0db, 0x020000, 0x00000d, 0xfeffff]
for i, oui in enumerate(OUI_LIST):
    mac = struct.pack('!I', oui)[1:] + bytes([0, 0, i])
    arp = struct.pack('!HHBBH', 1, 0x0800, 6, 4, 2) + mac + LO + MAC2 + LO2
    names.append(eth(arp, 0x0806, src=mac, dst=b'\xff' * 6))
names.append(eth(struct.pack('!HHBBH', 1, 0x0800, 6, 4, 1) + MAC1 + LO + b'\0' * 6 + LO2, 0x0806, dst=b'\xff' * 6))
for p, proto in ((53, 17), (80, 6), (9999, 17), (65000, 6), (5353, 17)):
    inner = ipv4(LO2, LO, proto, struct.pack('!HH', 40000, p) + b'\0' * 4)
    names.append(eth(ipv4(LO, LO2, 1, icmp(3, 3, b'\0' * 4, inner))))
names.append(eth(ipv4(LO, LO2, 1, icmp(5, 1, LO2, ipv4(LO2, A, 17, b'\0' * 8)))))
# ICMPv6 port unreachable names the quoted port as tcpdump's tcpport_string/udpport_string
for p, proto in ((53, 17), (443, 17), (80, 6), (9999, 17), (65000, 6), (22, 132)):
    inner = ipv6(LO6, LO6, proto, struct.pack('!HH', 40000, p) + b'\0' * 4)
    names.append(eth(ipv6(LO6, LO6, 58, icmp6(LO6, LO6, 1, 4, b'\0' * 4 + inner)), 0x86dd))
write('crafted-names.pcap', 1, names)

# ---- UDP ports decoded on either side (VXLAN, Geneve) or on the destination only (vat/vt on
# 3456): random bodies of every length class, seeded
import random
rnd = random.Random(5)
udpports = []
for i in range(120):
    n = rnd.choice([0, 1, 2, 3, 7, 8, 9, 20, 60])
    body = bytes(rnd.getrandbits(8) for _ in range(n))
    if rnd.random() < 0.5 and n >= 2:
        body = bytes([body[0] & 0x0f, body[1] & 0x9f]) + body[2:]  # vat rather than vt
    sp, dp = rnd.choice([(40000, 3456), (3456, 40000), (4789, 40000), (40000, 4789),
                         (6081, 40000), (40000, 6081)])
    if 3456 not in (sp, dp):
        body = bytes([0x08 if 4789 in (sp, dp) else 0, 0, 0x65, 0x58]) + bytes(18)
    udpports.append(eth(ipv4(A, B, 17, udp(A, B, sp, dp, body))))
write('crafted-udpports.pcap', 1, udpports)

# ---- IPX: Ethernet II (0x8137), Novell raw 802.3, 802.2 LLC (SAP 0xe0); known sockets and
# others, short IPX lengths, cut headers; seeded
rnd = random.Random(9)
ipx = []
for i in range(60):
    skt = rnd.choice([0x451, 0x455, 0x456, 0x4000, 0xffff, 0x1234, 0x0])
    ln = rnd.choice([30, 31, 40, 80, 20, 0xffff])
    node = lambda: bytes(rnd.getrandbits(8) for _ in range(6))
    hdr = struct.pack('!HHBBI6sHI6sH', 0xffff, ln, 0, rnd.getrandbits(8), rnd.getrandbits(32),
                      node(), skt, rnd.getrandbits(32), node(), rnd.getrandbits(16))
    body = hdr + bytes(rnd.choice([0, 4, 10]))
    if rnd.random() < 0.2:
        body = body[:rnd.randint(0, 29)]
    kind = rnd.choice(['llc', 'raw', 'eth'])
    if kind == 'eth':
        ipx.append(MAC2 + MAC1 + b'\x81\x37' + body)
    elif kind == 'raw' and body[:2] == b'\xff\xff':
        ipx.append(MAC2 + MAC1 + struct.pack('!H', len(body)) + body)
    else:
        ipx.append(MAC2 + MAC1 + struct.pack('!H', len(body) + 3) + b'\xe0\xe0\x03' + body)
write('crafted-ipx.pcap', 1, ipx)

# ---- TCP-AO (option 29): too short, key ids only, with a MAC; whole and cut
tcpao = []
for opt in [b'\x1d\x02', b'\x1d\x03\x05', b'\x1d\x04\x05\x07', b'\x1d\x08\x01\x02\xaa\xbb\xcc\xdd',
            b'\x1d\x0c' + bytes(range(10)), b'\x1d\x06\x01\x02\x03']:
    o = opt + b'\x01' * ((4 - len(opt) % 4) % 4)
    frame = eth(ipv4(A, B, 6, tcp(A, B, 1000, 2000, 1, 0, 0x02, opts=o)))
    tcpao += [frame, frame[:14 + 20 + 23]]
write('crafted-tcpao.pcap', 1, tcpao)

# ---- Broadcom's LI shim (UDP source port 49152) shorter than its 4 bytes, and just long
# enough: tcpdump says "(length N < 4) (invalid)", not that it was cut (found by a sweep of
# every UDP and TCP port with 0-3 byte bodies, 2026-12-07)
bcmli = []
for n in range(0, 6):
    body = bytes([0x6a, 0x00, 0x01, 0x02, 0x45][:n]) if n < 5 else struct.pack('!I', 0x0a000123) + b'\x45'
    bcmli.append(eth(ipv4(A, B, 17, udp(A, B, 49152, 40000, body))))
    bcmli.append(eth(ipv4(A, B, 17, udp(A, B, 40000, 49152, body))))
write('crafted-bcmli.pcap', 1, bcmli)

# ---- short payloads behind an IP header (a sweep of every IP protocol with 0-11 byte bodies,
# 2026-12-07): an IPv6 fragment header longer than the payload length (tcpdump's size_t wraps
# around 2^64), PIMv2 messages of 1 to 3 bytes ("[length N < 2] (invalid)")
short = []
for plen, body in ((0, b''), (4, b'\x00\x00\x20\xd0'), (6, b'\x11\x00\xe4\xd1\x00\x00'),
                   (8, b'\x11\x00\x00\x01\x00\x00\x00\x07')):
    short.append(eth(struct.pack('!IHBB', 0x60000000, plen, 44, 64) + A6 + B6 + body, 0x86dd))
for body in (b'\x24', b'\x24\x00', b'\x24\x00\x00', b'\x24\x01\x00\x00'):
    short.append(eth(ipv4(A, B, 103, body)))
# Mobile IPv6's home address option (0xc9) in destination and hop-by-hop options: valid, with
# sub-options, its length too short, the header too short for it; GRE carrying AppleTalk
HOME = ip6a('2001:db8::99')
for nh, opt in ((60, b'\xc9\x10' + HOME), (60, b'\xc9\x16' + HOME + b'\x00\x01\x00\x07\x01\x00'),
                (0, b'\xc9\x12' + HOME + b'\x33\x00'), (60, b'\xc9\x0e' + HOME[:14]),
                (0, b'\xc9\x04\x00\x00\x00\x00')):
    hdr = bytes([17, (2 + len(opt) + 7) // 8 - 1]) + opt
    hdr += b'\x00' * (-len(hdr) % 8)
    short.append(eth(struct.pack('!IHBB', 0x60000000, len(hdr) + 12, nh, 64) + A6 + B6 + hdr
                     + udp(A6, B6, 40000, 40001, b'home'), 0x86dd))
ddp = struct.pack('!HHHHBBBBB', 13 + 4, 0, 0x0001, 0x0002, 0x10, 0x20, 0x04, 0x05, 0x06) + b'abcd'
for body in (b'', ddp[:5], ddp):
    short.append(eth(ipv4(A, B, 47, struct.pack('!HH', 0, 0x809b) + body)))
# and from sweeps of DHCP options, ICMPv6 ND options, IGMP and PIM types: DHCP option 136
# (no name in tcpdump 4.99.3), a prefix-information option of 16 bytes ending the packet, an MTU
# option of 24 bytes, DVMRP shorter than 8 bytes, a PIM bootstrap cut after its hash mask length
dhcpq = struct.pack('!BBBBIHHIIII', 1, 1, 6, 0, 0x12345678, 0, 0, 0, 0, 0, 0) + MAC1 + b'\0' * 202 + bytes.fromhex('63825363') + bytes([53, 1, 1, 136, 1, 0x9a, 136, 8]) + bytes(range(8)) + b'\xff'
short.append(eth(v4u(68, 67, dhcpq)))
ra = struct.pack('!BBHBBHII', 134, 0, 0, 64, 0, 1800, 0, 0)
for opt in (bytes([3, 2, 64, 0xc0]) + bytes(12), bytes([5, 3, 0, 0]) + struct.pack('!I', 1500) + bytes(16)):
    short.append(eth(ipv6(A6, B6, 58, ra + opt, hlim=255), 0x86dd))
short.append(eth(ipv4(A, B, 2, bytes([0x13, 0, 0, 0]))))
short.append(eth(ipv4(A, B, 103, bytes([0x24, 0, 0x12, 0x34, 0xab, 0x74, 0xb0, 0xa4]))))
# timed (UDP 525) with a negative second and a microsecond count over a million: C's %06d of
# the negative remainder (a sweep of 150 random bodies to each port tcpdump dispatches on)
for sec, usec in ((-265093127, 1313711253), (-2, 5), (-1, 999999), (3, 7)):
    short.append(eth(v4u(525, 525, struct.pack('!BBHii', 1, 1, 7, sec, usec) + b'host\0')))
write('crafted-short.pcap', 1, short)

# ---- link OAM (802.3ah, slow protocol subtype 3): Information PDUs with local and remote TLVs
# (right and wrong lengths, organisation-specific, reserved, the end marker), Event
# Notifications with the four link events, loopback control, the codes without a decoder, and
# cut PDUs (a sweep of every slow-protocol subtype found OAM undecoded, 2026-12-07)
SLOW_DST = bytes.fromhex('0180c2000002')
def oam(flags, code, body):
    return SLOW_DST + MAC1 + struct.pack('!HBHB', 0x8809, 3, flags, code) + body
def info(t, ver=1, length=16, state=0x05, cfg=0x1d, pdu=1518, oui=0x0080c2, priv=0xdeadbeef):
    return struct.pack('!BBBHBBH', t, length, ver, 2, state, cfg, pdu) + struct.pack('!I', oui)[1:] + struct.pack('!I', priv)
def event(t, length=40):
    return struct.pack('!BBHQQQQI', t, length, 12, 1 << 40, 5, 7, (1 << 64) - 1, 9)
oams = [oam(0x0050, 0, info(1) + info(2, state=0x02, cfg=0) + b'\x00\x00'),
        oam(0x0008, 0, info(1, length=14) + b'\x00\x00'),
        oam(0x0001, 0, b'\xfe\x06\x00\x12\x34\x56' + b'\x07\x04\xab\xcd' + b'\x00'),
        oam(0x0000, 0, b'\x01\x01'),
        oam(0x0000, 0, info(1)[:9]),
        oam(0x0060, 1, struct.pack('!H', 77) + event(1) + event(2) + event(3) + event(4) + b'\x00\x00'),
        oam(0x0060, 1, struct.pack('!H', 78) + event(2, length=38) + b'\xfe\x05\x00\x00\x01' + b'\x09\x02'),
        oam(0x0002, 1, b'\x00'),
        oam(0x0004, 4, b'\x01'), oam(0x0004, 4, b'\x02'), oam(0x0004, 4, b'\x07'), oam(0x0004, 4, b''),
        oam(0x007f, 2, b'\x07\x00\x01'), oam(0x0000, 3, b'\x07\x00\x01\x02\xaa\xbb'),
        oam(0x0000, 0xfe, b'\x00\x11\x22\x33'), oam(0xffff, 0x40, b'\x01\x02'),
        SLOW_DST + MAC1 + struct.pack('!HBH', 0x8809, 3, 0)]
write('crafted-oam.pcap', 1, oams)
