#!/usr/bin/env python3
"""Speaks ICMP echo and TCP inside Geneve (RFC 8926, UDP port 6081), for make-samples.

The kernels make-samples runs on may lack the geneve link type, so the Geneve sample is made
with two of these, one in each network namespace: the outer IP and UDP headers are the
kernel's (an ordinary UDP socket), the Geneve header and the frame inside it are built here.

  geneve-peer.py respond
      Listens on UDP port 6081. Answers an ICMP echo request inside a tunnel with an echo
      reply, and a TCP SYN with a RST-ACK, in the same VNI and encapsulation (an Ethernet
      frame, or a bare IPv4 packet). Runs until killed; prints "ready" once listening.
  geneve-peer.py ask PEER VNI eth|ip ping|syn COUNT
      Sends COUNT echo requests (or SYNs to port 80) to PEER (an IPv4 or IPv6 address: the
      outer header's family) inside VNI, as an Ethernet frame
      (protocol 0x6558, with a Geneve option) or a bare IPv4 packet (0x0800), and waits for each
      answer. Exits 0 when every one was answered.

Inner addresses: 192.168.77.1 (MAC 02:77:00:00:00:01) asks, 192.168.77.2 (02:77:00:00:00:02)
answers; they exist only inside the tunnel.
"""
import socket
import struct
import sys

PORT = 6081
TEB = 0x6558
INNER_A = ("192.168.77.1", bytes.fromhex("027700000001"))
INNER_B = ("192.168.77.2", bytes.fromhex("027700000002"))


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def ipv4(proto, src, dst, payload, ident):
    header = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), ident, 0x4000, 64, proto, 0,
                         socket.inet_aton(src), socket.inet_aton(dst))
    return header[:10] + struct.pack("!H", checksum(header)) + header[12:] + payload


def tcp(src, dst, sport, dport, seq, ack, flags):
    segment = struct.pack("!HHIIBBHHH", sport, dport, seq, ack, 0x50, flags, 64240, 0, 0)
    pseudo = socket.inet_aton(src) + socket.inet_aton(dst) + struct.pack("!BBH", 0, 6, len(segment))
    return segment[:16] + struct.pack("!H", checksum(pseudo + segment)) + segment[18:]


def icmp(kind, ident, seq, data):
    message = struct.pack("!BBHHH", kind, 0, 0, ident, seq) + data
    return message[:2] + struct.pack("!H", checksum(message)) + message[4:]


def geneve(vni, protocol, payload, option):
    opt = b""
    if option:
        # One option TLV: class 0x0103 (Linux), type 1, 4 bytes of data.
        opt = struct.pack("!HBB", 0x0103, 0x01, 1) + b"jdmp"
    return struct.pack("!BBHI", len(opt) // 4, 0, protocol, vni << 8) + opt + payload


def parse(datagram):
    """{vni, protocol, inner ip packet, option flag} of a Geneve datagram, or None."""
    if len(datagram) < 8 or datagram[0] >> 6 != 0:
        return None
    optlen = (datagram[0] & 0x3F) * 4
    protocol = struct.unpack("!H", datagram[2:4])[0]
    vni = struct.unpack("!I", datagram[4:8])[0] >> 8
    payload = datagram[8 + optlen:]
    if protocol == TEB:
        if len(payload) < 14 or struct.unpack("!H", payload[12:14])[0] != 0x0800:
            return None
        payload = payload[14:]
    elif protocol != 0x0800:
        return None
    return vni, protocol, payload, optlen > 0


def wrap(vni, protocol, packet, option, src_mac, dst_mac):
    if protocol == TEB:
        packet = dst_mac + src_mac + struct.pack("!H", 0x0800) + packet
    return geneve(vni, protocol, packet, option)


def respond():
    # One IPv6 socket takes both families (IPv4 peers arrive as mapped addresses).
    sock = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
    sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
    sock.bind(("::", PORT))
    print("ready", flush=True)
    while True:
        datagram, peer = sock.recvfrom(65535)
        parsed = parse(datagram)
        if parsed is None:
            continue
        vni, protocol, packet, option = parsed
        if len(packet) < 20:
            continue
        ihl = (packet[0] & 0x0F) * 4
        proto = packet[9]
        ident = struct.unpack("!H", packet[4:6])[0]
        body = packet[ihl:]
        if proto == 1 and body[:1] == b"\x08":
            _, _, _, icmp_id, seq = struct.unpack("!BBHHH", body[:8])
            reply = ipv4(1, INNER_B[0], INNER_A[0], icmp(0, icmp_id, seq, body[8:]), ident ^ 0x8000)
        elif proto == 6 and len(body) >= 20 and body[13] & 0x02:
            sport, dport, seq = struct.unpack("!HHI", body[:8])
            reply = ipv4(6, INNER_B[0], INNER_A[0],
                         tcp(INNER_B[0], INNER_A[0], dport, sport, 0, seq + 1, 0x14), ident ^ 0x8000)
        else:
            continue
        sock.sendto(wrap(vni, protocol, reply, option, INNER_B[1], INNER_A[1]), peer)


def ask(peer, vni, encap, what, count):
    family = socket.AF_INET6 if ":" in peer else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_DGRAM)
    sock.settimeout(2)
    protocol = TEB if encap == "eth" else 0x0800
    answered = 0
    for seq in range(1, count + 1):
        if what == "ping":
            packet = ipv4(1, INNER_A[0], INNER_B[0], icmp(8, 0x4a44, seq, b"jdump geneve sample"), seq)
        else:
            packet = ipv4(6, INNER_A[0], INNER_B[0],
                          tcp(INNER_A[0], INNER_B[0], 40000 + seq, 80, 1000 * seq, 0, 0x02), seq)
        sock.sendto(wrap(vni, protocol, packet, protocol == TEB, INNER_A[1], INNER_B[1]), (peer, PORT))
        try:
            sock.recvfrom(65535)
            answered += 1
        except socket.timeout:
            pass
    return 0 if answered == count else 1


if __name__ == "__main__":
    if sys.argv[1:2] == ["respond"]:
        respond()
    elif sys.argv[1:2] == ["ask"] and len(sys.argv) == 7:
        sys.exit(ask(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5], int(sys.argv[6])))
    else:
        sys.exit(__doc__)
