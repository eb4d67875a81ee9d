#!/usr/bin/python3
"""Writes cli/src/test/resources/print/captures/everyday-seed<N>.pcap: random everyday traffic
(TCP with every option kind, IP options, fragments, IPv6 extension headers, DNS of many record
types, mDNS/LLMNR, DHCP, ICMP errors with inner headers, ICMPv6, ARP with odd types, VLAN and
QinQ, GRE/IPIP/6in4, NTP, HTTP text), seeded so that every run writes the same bytes; a third
of the frames are cut at a random captured length.

usage: everyday-scapy.py [SEED [COUNT]]   (default: 1 1500)
"""
import os
import random
import struct
import sys

import logging
logging.getLogger("scapy.runtime").setLevel(logging.ERROR)
from scapy.all import (ARP, BOOTP, DHCP, DNS, DNSQR, DNSRR, DNSRROPT, DNSRRMX, DNSRRSOA,
                       DNSRRSRV, GRE, ICMP, IP, IPv6, IPv6ExtHdrDestOpt, IPv6ExtHdrFragment,
                       IPv6ExtHdrHopByHop, IPv6ExtHdrRouting, ICMPv6EchoRequest,
                       ICMPv6EchoReply, ICMPv6DestUnreach, ICMPv6TimeExceeded,
                       ICMPv6PacketTooBig, ICMPv6ParamProblem, ICMPv6ND_NS, ICMPv6ND_NA,
                       ICMPv6ND_RS, ICMPv6ND_RA, ICMPv6NDOptSrcLLAddr, ICMPv6NDOptPrefixInfo,
                       ICMPv6NDOptMTU, IPOption_RR, IPOption_Timestamp, IPOption_LSRR,
                       IPOption_SSRR, IPOption_Router_Alert, IPOption_NOP, IPOption_EOL, NTP,
                       TCP, UDP, Dot1Q, Dot1AD, Ether, Raw, PadN)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "captures")
R = random.Random()


def ip():
    return "%d.%d.%d.%d" % (R.choice([10, 172, 192, 198, 203, 8]), R.randrange(256),
                            R.randrange(256), R.randrange(1, 255))


def ip6():
    return R.choice(["fe80::", "2001:db8::", "fd00:1::"]) + "%x:%x" % (R.randrange(65536),
                                                                        R.randrange(1, 65536))


def mac():
    return "02:%02x:%02x:%02x:%02x:%02x" % tuple(R.randrange(256) for _ in range(5))


def name():
    labels = [R.choice(["www", "mail", "api", "cdn", "_http._tcp", "host-%d" % R.randrange(99),
                        "local", "example", "corp", "a" * R.randrange(1, 20)])
              for _ in range(R.randrange(1, 4))]
    return ".".join(labels) + R.choice([".com.", ".local.", ".test.", "."])


def link(payload, v6=False):
    e = Ether(src=mac(), dst=R.choice([mac(), "ff:ff:ff:ff:ff:ff", "33:33:00:00:00:01"]))
    r = R.random()
    if r < 0.1:
        e = e / Dot1Q(vlan=R.randrange(4096), prio=R.randrange(8))
    elif r < 0.15:
        e = Ether(src=mac(), dst=mac(), type=R.choice([0x88a8, 0x9100])) / \
            Dot1Q(vlan=R.randrange(4096), type=0x8100) / Dot1Q(vlan=R.randrange(4096))
    return e / payload


def ipv4(**kw):
    opts = []
    if R.random() < 0.12:
        opts = [R.choice([IPOption_RR(routers=[ip() for _ in range(R.randrange(4))]),
                          IPOption_Timestamp(flg=R.choice([0, 1, 3]), timestamp=R.randrange(1 << 32)),
                          IPOption_LSRR(routers=[ip(), ip()]), IPOption_SSRR(routers=[ip()]),
                          IPOption_Router_Alert(), IPOption_NOP(), IPOption_EOL()])]
    f = dict(src=ip(), dst=ip(), ttl=R.choice([1, 2, 64, 128, 255]),
             tos=R.choice([0, 0, 0x10, 0x28, 0xb8, 1, 2, 3, R.randrange(256)]), id=R.randrange(65536),
             flags=R.choice(["DF", "DF", 0, "MF"]), options=opts)
    if R.random() < 0.06:
        f["frag"] = R.randrange(1, 200)
    if R.random() < 0.08:
        f["chksum"] = R.randrange(65536)
    f.update(kw)
    return IP(**f)


def ipv6(nh_ext=True):
    p = IPv6(src=ip6(), dst=ip6(), hlim=R.choice([1, 64, 255]), tc=R.choice([0, 0, 0xb8, 3]),
             fl=R.choice([0, R.randrange(1 << 20)]))
    if nh_ext and R.random() < 0.25:
        ext = R.choice([IPv6ExtHdrHopByHop(options=[PadN(optdata=b"\0" * R.randrange(4))]),
                        IPv6ExtHdrDestOpt(), IPv6ExtHdrRouting(type=R.choice([0, 2]),
                                                               addresses=[ip6()]),
                        IPv6ExtHdrFragment(offset=0, m=1, id=R.randrange(1 << 32))])
        p = p / ext
    return p


TCP_OPTS = [("MSS", 1460), ("WScale", 7), ("SAckOK", b""), ("Timestamp", (1, 0)),
            ("SAck", (1000, 2000)), ("NOP", None), ("EOL", None), ("MSS", 536),
            (34, b"\x01\x02\x03\x04\x05\x06\x07\x08"), (19, b"\0" * 16), (99, b"xy"),
            (30, b"\x20\x01"), (253, b"\x00\x01")]


def tcp():
    sp, dp = R.choice([(R.randrange(1024, 65536), R.choice([80, 443, 22, 25, 8080, 53, 21, 110,
                                                          143, 3306, 179, 23]))] * 2 +
                      [(R.choice([80, 443]), R.randrange(1024, 65536))])
    opts = [R.choice(TCP_OPTS) for _ in range(R.randrange(0, 5))] if R.random() < 0.7 else []
    if R.random() < 0.5:
        opts = [("Timestamp", (R.randrange(1 << 32), R.randrange(1 << 32)))] + opts
    flags = R.choice(["S", "SA", "A", "PA", "FA", "R", "RA", "PAU", "SEC", "FPU", "", "A"])
    t = TCP(sport=sp, dport=dp, flags=flags, seq=R.randrange(1 << 32), ack=R.randrange(1 << 32),
            window=R.randrange(65536), options=opts, urgptr=R.choice([0, 0, R.randrange(65536)]))
    if R.random() < 0.05:
        t.dataofs = R.randrange(16)
    if R.random() < 0.08:
        t.chksum = R.randrange(65536)
    body = b""
    if "P" in flags:
        body = R.choice([b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nUser-Agent: curl/8\r\n\r\n",
                         b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
                         b"SSH-2.0-OpenSSH_9.2\r\n", b"220 mail ESMTP\r\n",
                         bytes(R.randrange(256) for _ in range(R.randrange(1, 60)))])
    return t / Raw(body) if body else t


def dns_rr():
    t = R.choice(["A", "AAAA", "CNAME", "MX", "NS", "PTR", "SOA", "TXT", "SRV", "NAPTR", "CAA",
                  "DS", "RRSIG", "DNSKEY", "NSEC", "NSEC3", "HTTPS", "SVCB", "HINFO"])
    n = name()
    if t == "A":
        return DNSRR(rrname=n, type="A", rdata=ip(), ttl=R.randrange(1 << 31))
    if t == "AAAA":
        return DNSRR(rrname=n, type="AAAA", rdata=ip6())
    if t in ("CNAME", "NS", "PTR"):
        return DNSRR(rrname=n, type=t, rdata=name())
    if t == "MX":
        return DNSRRMX(rrname=n, preference=R.randrange(100), exchange=name())
    if t == "SOA":
        return DNSRRSOA(rrname=n, mname=name(), rname=name(), serial=R.randrange(1 << 32))
    if t == "TXT":
        return DNSRR(rrname=n, type="TXT", rdata=["v=spf1 -all", "x" * R.randrange(40)])
    if t == "SRV":
        return DNSRRSRV(rrname=n, priority=1, weight=2, port=R.randrange(65536), target=name())
    code = {"NAPTR": 35, "CAA": 257, "DS": 43, "RRSIG": 46, "DNSKEY": 48, "NSEC": 47,
            "NSEC3": 50, "HTTPS": 65, "SVCB": 64, "HINFO": 13}[t]
    return DNSRR(rrname=n, type=code, rdata=bytes(R.randrange(256) for _ in range(R.randrange(2, 40))))


def dns():
    qtype = R.choice(["A", "AAAA", "MX", "TXT", "PTR", "SRV", "ANY", "SOA", "NS", "HTTPS", 65, 255])
    q = DNSQR(qname=name(), qtype=qtype)
    resp = R.random() < 0.5
    d = DNS(id=R.randrange(65536), qr=int(resp), rd=R.randrange(2), ra=int(resp),
            aa=R.randrange(2), rcode=R.choice([0, 0, 0, 2, 3, 5]), qd=q)
    if resp:
        d.an = dns_rr()
        for _ in range(R.randrange(3)):
            d.an = d.an / dns_rr()
    if R.random() < 0.3:
        d.ar = DNSRROPT(rclass=R.choice([512, 1232, 4096]))
    raw = bytes(d)
    if R.random() < 0.1:  # a compression pointer to itself or past the end
        raw = raw[:12] + b"\xc0" + bytes([R.choice([12, 255, 13])]) + raw[12:]
    port = R.choice([53, 53, 53, 5353, 5355])
    return UDP(sport=R.choice([port, R.randrange(1024, 65536)]), dport=port) / Raw(raw)


def dhcp():
    opts = [("message-type", R.randrange(1, 9)), ("server_id", ip()), ("lease_time", R.randrange(1 << 31)),
            ("subnet_mask", "255.255.255.0"), ("router", ip()), ("name_server", ip(), ip()),
            ("domain", "example.com"), ("hostname", "host%d" % R.randrange(99)),
            ("param_req_list", [1, 3, 6, 15, 28, 51, 58, 59, 119]), ("client_id", b"\x01" + os.urandom(0) + bytes(6)),
            ("requested_addr", ip()), ("vendor_class_id", "MSFT 5.0"), (R.randrange(1, 254), b"\x01\x02"), "end"]
    R.shuffle(opts)
    opts.remove("end")
    return UDP(sport=68, dport=67) / BOOTP(op=R.choice([1, 2]), xid=R.randrange(1 << 32),
                                           chaddr=bytes(R.randrange(256) for _ in range(6)),
                                           ciaddr=ip(), yiaddr=ip(), flags=R.choice([0, 0x8000])) / \
        DHCP(options=opts[:R.randrange(1, len(opts))] + ["end"])


def icmp_err():
    inner = ipv4(flags="DF") / R.choice([tcp(), UDP(sport=R.randrange(65536), dport=33434) / Raw(b"x" * 8)])
    t = R.choice([(3, R.randrange(16)), (11, R.randrange(2)), (5, R.randrange(4)), (12, 0), (4, 0)])
    i = ICMP(type=t[0], code=t[1])
    if t[0] == 5:
        i.gw = ip()
    if t[0] == 3 and t[1] == 4:
        i.nexthopmtu = R.choice([1500, 1280, 576])
    body = bytes(inner)[:R.choice([28, 48, len(bytes(inner))])]
    return i / Raw(body)


def icmp_info():
    t = R.choice([0, 8, 13, 14, 17, 18, 9, 10, 15, 16, R.randrange(256)])
    i = ICMP(type=t, id=R.randrange(65536), seq=R.randrange(65536))
    if R.random() < 0.1:
        i.chksum = R.randrange(65536)
    return i / Raw(bytes(R.randrange(256) for _ in range(R.choice([0, 12, 56]))))


def icmp6():
    c = R.random()
    if c < 0.3:
        return R.choice([ICMPv6EchoRequest, ICMPv6EchoReply])(id=R.randrange(65536), seq=R.randrange(65536),
                                                             data=b"abc" * R.randrange(10))
    if c < 0.5:
        err = R.choice([ICMPv6DestUnreach(code=R.randrange(7)), ICMPv6TimeExceeded(code=R.randrange(2)),
                        ICMPv6PacketTooBig(mtu=1280), ICMPv6ParamProblem(ptr=R.randrange(60))])
        return err / IPv6(src=ip6(), dst=ip6()) / UDP(sport=R.randrange(65536), dport=33434)
    if c < 0.7:
        return ICMPv6ND_NS(tgt=ip6()) / ICMPv6NDOptSrcLLAddr(lladdr=mac())
    if c < 0.8:
        return ICMPv6ND_NA(tgt=ip6(), R=R.randrange(2), S=R.randrange(2), O=R.randrange(2))
    if c < 0.9:
        return ICMPv6ND_RS()
    return ICMPv6ND_RA(chlim=64, M=R.randrange(2), O=R.randrange(2), routerlifetime=1800) / \
        ICMPv6NDOptPrefixInfo(prefix="2001:db8::", prefixlen=64) / ICMPv6NDOptMTU(mtu=1500)


def arp():
    a = ARP(op=R.choice([1, 2, 3, 4, 8, 9, R.randrange(20)]), hwsrc=mac(), psrc=ip(),
            hwdst=mac(), pdst=ip())
    if R.random() < 0.2:
        a.hwtype = R.choice([6, 15, 32, 0x18, R.randrange(65536)])
    if R.random() < 0.1:
        a.ptype = R.choice([0x86dd, 0x0806, R.randrange(65536)])
    e = Ether(src=mac(), dst="ff:ff:ff:ff:ff:ff", type=R.choice([0x0806, 0x0806, 0x8035]))
    return e / a


def ntp():
    return UDP(sport=R.choice([123, R.randrange(1024, 65536)]), dport=123) / \
        NTP(version=R.choice([3, 4]), mode=R.choice([1, 2, 3, 4, 5]), stratum=R.randrange(17),
            poll=R.choice([4, 6, 10, 17, -3]), precision=-R.randrange(30),
            ref=R.random() * 1e9, orig=R.random() * 1e9, recv=R.random() * 1e9, sent=R.random() * 1e9)


def udp_misc():
    port = R.choice([1900, 5060, 161, 514, 69, 137, 138, 4789, 8472, R.randrange(65536)])
    body = R.choice([b"M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\nMAN: \"ssdp:discover\"\r\n\r\n",
                     b"NOTIFY * HTTP/1.1\r\n\r\n", bytes(R.randrange(256) for _ in range(R.randrange(40)))])
    u = UDP(sport=R.randrange(1024, 65536), dport=port)
    if R.random() < 0.08:
        u.chksum = R.randrange(65536)
    return u / Raw(body)


def one():
    c = R.random()
    if c < 0.25:
        return link(ipv4() / tcp())
    if c < 0.33:
        return link(ipv6() / tcp())
    if c < 0.45:
        return link(R.choice([ipv4, lambda: ipv6(False)])() / dns())
    if c < 0.5:
        return link(ipv4(src="0.0.0.0", dst="255.255.255.255") / dhcp())
    if c < 0.58:
        return link(ipv4() / icmp_err())
    if c < 0.64:
        return link(ipv4() / icmp_info())
    if c < 0.72:
        return link(IPv6(src=ip6(), dst=ip6(), hlim=255) / icmp6())
    if c < 0.78:
        return arp()
    if c < 0.82:
        return link(ipv4() / ntp())
    if c < 0.86:
        return link(ipv4() / udp_misc())
    if c < 0.9:
        return link(ipv6() / udp_misc())
    if c < 0.95:
        inner = R.choice([lambda: ipv4() / tcp(), lambda: IPv6(src=ip6(), dst=ip6()) / udp_misc()])()
        outer = R.choice(["gre", "ipip", "6in4"])
        if outer == "gre":
            return link(ipv4() / GRE(key_present=R.randrange(2), key=R.randrange(1 << 32),
                                     seqnum_present=R.randrange(2), chksum_present=R.randrange(2)) / inner)
        return link(ipv4(proto=4 if inner.version == 4 else 41) / inner)
    return link(ipv4(flags="MF", frag=0) / UDP(sport=R.randrange(65536), dport=R.randrange(65536)) /
                Raw(b"f" * R.randrange(8, 200)))


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1500
    R.seed(seed)
    random.seed(seed)
    out = os.path.join(OUT, "everyday-seed%d.pcap" % seed)
    with open(out, "wb") as fh:
        fh.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
        n = 0
        while n < count:
            try:
                data = bytes(one())
            except Exception:  # a random value scapy cannot encode: draw again
                continue
            wire = len(data)
            if R.random() < 0.33 and wire > 15:
                data = data[:R.randrange(14, wire)]
            t = 1700000000 + n // 7
            fh.write(struct.pack("<IIII", t, (n * 137) % 1000000, len(data), wire))
            fh.write(data)
            n += 1
    print(out, count)


if __name__ == "__main__":
    main()
