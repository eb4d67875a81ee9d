#!/usr/bin/env python3
"""Speaks ARP and ICMP echo inside 802.1Q / 802.1ad tags on a raw interface, for make-samples.

The kernels make-samples runs on may lack 802.1Q support (no `ip link ... type vlan`), so
the VLAN sample is made with two of these, one in each network namespace, over a veth
pair: real frames on a real link, tagged by this program instead of by a VLAN device.

  vlan-peer.py respond IFACE MAC IP[,IP...]
      Answers ARP requests for the IPs and ICMP echo requests sent to them, in whatever
      tag stack the request came in. Runs until killed; prints "ready" once listening.
  vlan-peer.py ask IFACE MAC TAGS SRC_IP DST_IP COUNT
      Resolves DST_IP by ARP then pings it COUNT times, all inside TAGS: a comma list,
      outermost first, of VID or VID/TPID (hex), e.g. "10" or "100/88a8,10".
      Exits 0 when every request was answered.

Received tags come from two places: the kernel strips the outermost tag into packet
metadata (PACKET_AUXDATA), and any inner tag stays in the frame.
"""
import select
import socket
import struct
import sys
import time

ETH_P_ALL = 0x0003
ETH_P_ARP = 0x0806
ETH_P_IP = 0x0800
SOL_PACKET = 263
PACKET_AUXDATA = 8
PACKET_OUTGOING = 4
TP_STATUS_VLAN_VALID = 0x10
TP_STATUS_VLAN_TPID_VALID = 0x40
VLAN_TPIDS = (0x8100, 0x88A8)
BROADCAST = b"\xff" * 6


def mac_bytes(text):
    return bytes(int(part, 16) for part in text.split(":"))


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    total = sum(struct.unpack("!%dH" % (len(data) // 2), data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def parse_tags(spec):
    tags = []
    for item in spec.split(","):
        vid, _, tpid = item.partition("/")
        tags.append((int(tpid, 16) if tpid else 0x8100, int(vid)))
    return tags


def frame(dst, src, tags, ethertype, payload):
    head = dst + src + b"".join(struct.pack("!HH", tpid, vid) for tpid, vid in tags)
    return head + struct.pack("!H", ethertype) + payload


def arp(op, sha, spa, tha, tpa):
    return struct.pack("!HHBBH", 1, ETH_P_IP, 6, 4, op) + sha + spa + tha + tpa


def ipv4(ident, src, dst, proto, payload):
    header = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20 + len(payload), ident, 0x4000, 64,
                         proto, 0, src, dst)
    return header[:10] + struct.pack("!H", checksum(header)) + header[12:] + payload


def icmp(kind, ident, seq, data):
    body = struct.pack("!BBHHH", kind, 0, 0, ident, seq) + data
    return body[:2] + struct.pack("!H", checksum(body)) + body[4:]


class Link:
    def __init__(self, iface):
        self.sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
        self.sock.setsockopt(SOL_PACKET, PACKET_AUXDATA, 1)
        self.sock.bind((iface, ETH_P_ALL))

    def send(self, data):
        self.sock.send(data)

    def receive(self, timeout):
        """Returns (dst, src, tags, ethertype, payload) of the next incoming frame, or None."""
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self.sock], [], [], left)[0]:
                return None
            data, ancillary, _flags, address = self.sock.recvmsg(65535, socket.CMSG_SPACE(20))
            if address[2] == PACKET_OUTGOING:
                continue
            tags = []
            for level, kind, value in ancillary:
                if level == SOL_PACKET and kind == PACKET_AUXDATA:
                    status, _, _, _, _, tci, tpid = struct.unpack("IIIHHHH", value[:20])
                    if status & TP_STATUS_VLAN_VALID:
                        tags.append((tpid if status & TP_STATUS_VLAN_TPID_VALID else 0x8100,
                                     tci & 0x0FFF))
            pos = 12
            while struct.unpack("!H", data[pos:pos + 2])[0] in VLAN_TPIDS:
                tpid, tci = struct.unpack("!HH", data[pos:pos + 4])
                tags.append((tpid, tci & 0x0FFF))
                pos += 4
            ethertype = struct.unpack("!H", data[pos:pos + 2])[0]
            return data[0:6], data[6:12], tags, ethertype, data[pos + 2:]


def respond(iface, mac_text, ips_text):
    link = Link(iface)
    mac = mac_bytes(mac_text)
    mine = {socket.inet_aton(ip) for ip in ips_text.split(",")}
    ident = 0x1000
    print("ready", flush=True)
    while True:
        got = link.receive(3600)
        if got is None:
            continue
        _dst, src, tags, ethertype, payload = got
        if not tags:
            continue  # untagged frames belong to the kernel's own stack
        if ethertype == ETH_P_ARP and len(payload) >= 28:
            op, sha, spa, tpa = struct.unpack("!6xH6s4s6x4s", payload[:28])
            if op == 1 and tpa in mine:
                link.send(frame(src, mac, tags, ETH_P_ARP, arp(2, mac, tpa, sha, spa)))
        elif ethertype == ETH_P_IP and len(payload) >= 28 and payload[9] == 1:
            length = struct.unpack("!H", payload[2:4])[0]
            header_len = (payload[0] & 0x0F) * 4
            src_ip, dst_ip = payload[12:16], payload[16:20]
            message = payload[header_len:length]
            if dst_ip in mine and message[0] == 8:
                echo_id, seq = struct.unpack("!HH", message[4:8])
                ident += 1
                reply = ipv4(ident, dst_ip, src_ip, 1, icmp(0, echo_id, seq, message[8:]))
                link.send(frame(src, mac, tags, ETH_P_IP, reply))


def ask(iface, mac_text, tag_spec, src_text, dst_text, count_text):
    link = Link(iface)
    mac, tags = mac_bytes(mac_text), parse_tags(tag_spec)
    src_ip, dst_ip = socket.inet_aton(src_text), socket.inet_aton(dst_text)

    def wait_for(accept):
        deadline = time.monotonic() + 2
        while (left := deadline - time.monotonic()) > 0:
            got = link.receive(left)
            if got and got[2] == tags and accept(*got):
                return got
        return None

    link.send(frame(BROADCAST, mac, tags, ETH_P_ARP, arp(1, mac, src_ip, b"\0" * 6, dst_ip)))
    reply = wait_for(lambda d, s, t, e, p: e == ETH_P_ARP and p[6:8] == b"\0\2" and p[14:18] == dst_ip)
    if reply is None:
        sys.exit("no ARP reply from %s in %s" % (dst_text, tag_spec))
    peer = reply[1]
    echo_id = 0x0A00 | (tags[-1][1] & 0xFF)
    answered = 0
    for seq in range(1, int(count_text) + 1):
        data = b"jdump vlan sample %s " % tag_spec.encode() + bytes(range(16))
        packet = ipv4(0x2000 + seq, src_ip, dst_ip, 1, icmp(8, echo_id, seq, data))
        link.send(frame(peer, mac, tags, ETH_P_IP, packet))
        if wait_for(lambda d, s, t, e, p: e == ETH_P_IP and p[9] == 1 and p[20] == 0
                    and struct.unpack("!HH", p[24:28]) == (echo_id, seq)):
            answered += 1
        time.sleep(0.2)
    if answered != int(count_text):
        sys.exit("%d of %s echo requests answered in %s" % (answered, count_text, tag_spec))


if __name__ == "__main__":
    commands = {"respond": (respond, 3), "ask": (ask, 6)}
    if len(sys.argv) < 2 or sys.argv[1] not in commands or len(sys.argv) - 2 != commands[sys.argv[1]][1]:
        sys.exit(__doc__)
    commands[sys.argv[1]][0](*sys.argv[2:])
