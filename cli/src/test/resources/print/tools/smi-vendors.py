#!/usr/bin/env python3
"""Writes captures/app-smi-vendors.pcap: one RADIUS Access-Request whose vendor-specific
attributes carry every SMI enterprise code tcpdump 4.99 names (its smi_values table), plus
one code it does not name, so that the printer's table is checked entry by entry. Plain
struct, no randomness: the bytes are the same on every run."""
import struct

from tinypcap import csum, write

CODES = [0, 5, 9, 11, 42, 61, 74, 161, 166, 193, 255, 307, 311, 429, 529, 1584, 1991, 2180,
         2352, 2636, 2637, 2937, 3054, 3076, 3085, 3199, 3224, 3309, 3414, 3561, 3902, 4329,
         4491, 4874, 5263, 5535, 5806, 5925, 5948, 5951, 6490, 6618, 6728, 7951, 8164, 8744,
         10415, 10529, 10704, 10923, 11665, 11862, 12356, 12951, 13745, 14122, 16787, 20942,
         26866, 32622, 35632, 46098, 99999]


def udp_frame(payload, sport, dport):
    src, dst = bytes([10, 0, 0, 1]), bytes([10, 0, 0, 2])
    length = 8 + len(payload)
    pseudo = src + dst + struct.pack('!BBH', 0, 17, length)
    udp = struct.pack('!HHHH', sport, dport, length, 0) + payload
    udp = udp[:6] + struct.pack('!H', csum(pseudo + udp) or 0xffff) + udp[8:]
    ip = struct.pack('!BBHHHBBH4s4s', 0x45, 0, 20 + len(udp), 1, 0, 64, 17, 0, src, dst)
    ip = ip[:10] + struct.pack('!H', csum(ip)) + ip[12:]
    eth = bytes.fromhex('020000000001020000000002') + b'\x08\x00'
    return eth + ip + udp


def radius(ident, attrs):
    return struct.pack('!BBH', 1, ident, 20 + len(attrs)) + bytes(range(16)) + attrs


def main():
    frames = []
    # the RADIUS length field is 16 bits, and 40 attributes of 12 bytes keep a frame small
    for k in range(0, len(CODES), 40):
        attrs = b''.join(struct.pack('!BBI', 26, 12, code) + struct.pack('!BB', 1, 6) + b'abcd'
                         for code in CODES[k:k + 40])
        frames.append(udp_frame(radius(k // 40, attrs), 40000 + k, 1812))
    write('app-smi-vendors.pcap', frames)


if __name__ == '__main__':
    main()
