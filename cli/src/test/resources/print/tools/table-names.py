#!/usr/bin/env python3
"""Writes captures/routing-table-names.pcap: packets that walk four of tcpdump 4.99.3's name
tables value by value, where jdump's copies had drifted to other tcpdump versions' names:
BGP layer2-info extended communities (l2vpn_encaps_values, 0-45), LDP Martini VC FECs
(mpls_pw_types_values, 0x00-0x1a and 0x40-0x41), OSPF TE bandwidth-constraint models
(diffserv_te_bc_values), ICMPv6 types 155-202 and PPP protocols 0x803d/0xc03d (ppptype2str's
MLPPP-CP, in PPPoE sessions). Plain struct, no randomness: the bytes are
the same on every run."""
import struct

from tinypcap import csum, write

MAC = bytes.fromhex('020000000001020000000002')
A4, B4 = bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])
A6 = bytes.fromhex('fe800000000000000000000000000001')
B6 = bytes.fromhex('fe800000000000000000000000000002')


def ip4(proto, payload):
    h = struct.pack('!BBHHHBBH4s4s', 0x45, 0xc0, 20 + len(payload), 1, 0, 64, proto, 0, A4, B4)
    return MAC + b'\x08\x00' + h[:10] + struct.pack('!H', csum(h)) + h[12:] + payload


def tcp(sport, dport, data):
    t = struct.pack('!HHIIBBHHH', sport, dport, 1000, 1, 0x50, 0x18, 65535, 0, 0) + data
    c = csum(A4 + B4 + struct.pack('!BBH', 0, 6, len(t)) + t)
    return ip4(6, t[:16] + struct.pack('!H', c) + t[18:])


def icmp6(typ, body):
    m = struct.pack('!BBH', typ, 0, 0) + body
    c = csum(A6 + B6 + struct.pack('!IxxxB', len(m), 58) + m)
    m = m[:2] + struct.pack('!H', c) + m[4:]
    ip = struct.pack('!IHBB', 0x60000000, len(m), 58, 255) + A6 + B6
    return MAC + b'\x86\xdd' + ip + m


def bgp_l2info():
    comms = b''.join(struct.pack('!HBBHH', 0x800a, e, 0x5a, 1500, 0) for e in range(46))
    attr = struct.pack('!BBH', 0xd0, 16, len(comms)) + comms
    body = struct.pack('!HH', 0, len(attr)) + attr
    return tcp(40179, 179, b'\xff' * 16 + struct.pack('!HB', 19 + len(body), 2) + body)


def ldp_pw(pwtype):
    fec = struct.pack('!BHBII', 0x80, 0x8000 | pwtype, 4, 7, 100)
    tlv = struct.pack('!HH', 0x0100, len(fec)) + fec
    label = struct.pack('!HHI', 0x0200, 4, 16)
    msg = struct.pack('!HHI', 0x0400, 4 + len(tlv) + len(label), 1) + tlv + label
    pdu = struct.pack('!HH4sH', 1, 6 + len(msg), A4, 0) + msg
    return tcp(40646, 646, pdu)


def ospf_bc_models(models):
    lsas = b''
    for i, model in enumerate(models):
        sub = struct.pack('!HHB3xf', 17, 8, model, 1e6)
        tlv = struct.pack('!HH', 2, len(sub)) + sub
        lsas += struct.pack('!HBBBBH4sIHH', 1, 0x02, 10, 1, 0, i, A4, 0x80000001, 0,
                            20 + len(tlv)) + tlv
    body = struct.pack('!I', len(models)) + lsas
    hdr = struct.pack('!BBH4s4sHH8s', 2, 4, 24 + len(body), A4, bytes(4), 0, 0, bytes(8))
    pkt = hdr + body
    pkt = pkt[:12] + struct.pack('!H', csum(pkt[:16] + pkt[24:])) + pkt[14:]
    return ip4(89, pkt)


def pppoe(proto):
    ppp = struct.pack('!H', proto) + bytes([1, 1, 0, 8, 1, 4, 5, 0xdc])
    return MAC + b'\x88\x64' + struct.pack('!BBHH', 0x11, 0, 0x1234, len(ppp)) + ppp


def main():
    frames = [bgp_l2info()]
    frames += [ldp_pw(t) for t in list(range(0x1b)) + [0x40, 0x41]]
    frames.append(ospf_bc_models([0, 1, 2, 254, 255]))
    frames += [icmp6(t, bytes(8)) for t in range(155, 203)]
    frames += [pppoe(p) for p in (0x803d, 0xc03d)]
    write('routing-table-names.pcap', frames)


if __name__ == '__main__':
    main()
