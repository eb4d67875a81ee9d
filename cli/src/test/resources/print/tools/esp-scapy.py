#!/usr/bin/python3
"""Writes cli/src/test/resources/print/captures/scapy-esp.pcap and the -E secrets for it,
scapy-esp-secrets.txt: seeded random ESP packets for tcpdump's -E, compared with tcpdump 4.99.3
by EspDecryptionTest.

Each packet goes to one of the SAs below (SPI and destination), encrypted with the SA's cipher
and key (scapy's SecurityAssociation for AES-CBC, 3DES, DES and Blowfish with HMAC-SHA1-96;
the 'cryptography' module for the other OpenSSL modes tcpdump takes: CTR, CFB, CFB8, OFB, ECB,
RC4, ChaCha20), over IPv4, IPv6 or UDP 4500 (RFC 3948), in tunnel mode (IPv4 or IPv6 inside)
or transport mode (TCP, UDP, ICMP, no next header, an unknown protocol). Some are encrypted
with a wrong key, some carry a pad length too long for the payload or a ciphertext that is
not a whole number of blocks, some go to an SPI no SA names, some are IPv4 fragments (tcpdump
does not decrypt those), and a fifth are cut at a random length.

usage: esp-scapy.py [SEED [COUNT]]   (default: 1 600)
"""
import os
import random
import struct
import sys
import warnings

import logging
logging.getLogger("scapy.runtime").setLevel(logging.ERROR)
warnings.filterwarnings("ignore")
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from scapy.all import (DNS, DNSQR, ICMP, IP, IPv6, Ether, TCP, UDP, Raw, wrpcap, raw,
                       ICMPv6EchoRequest)
from scapy.layers.ipsec import ESP, SecurityAssociation

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "captures")
R = random.Random()

V4 = ["192.0.2.1", "192.0.2.2", "198.51.100.7"]
V6 = ["2001:db8::1", "2001:db8::2"]


def tdes(key):
    return algorithms.TripleDES(key)


# name for tcpdump, key (bytes), how the key is written in the secrets file, block size,
# iv length, a function (key, iv) -> encryptor or None (scapy does it), scapy's name, auth len
def sa_table():
    k = lambda n: bytes(R.randrange(256) for _ in range(n))
    t = []

    def add(name, key, block, ivlen, enc, scapy=None, auth=12, text=False):
        t.append(dict(name=name, key=key, block=block, ivlen=ivlen, enc=enc, scapy=scapy,
                      auth=auth, text=text))
    add("aes128-cbc-hmac96", k(16), 16, 16, None, "AES-CBC")
    add("aes192-cbc-hmac96", k(24), 16, 16, None, "AES-CBC")
    add("aes256-cbc-hmac96", k(32), 16, 16, None, "AES-CBC")
    add("3des-cbc-hmac96", k(24), 8, 8, None, "3DES")
    add("des-cbc-hmac96", k(8), 8, 8, None, "DES")
    add("blowfish-cbc-hmac96", b"sixteen byte key", 8, 8, None, "Blowfish", text=True)
    add("aes256-cbc", k(32), 16, 16,
        lambda key, iv: Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor(), auth=0)
    add("AES-128-CTR", k(16), 1, 16,
        lambda key, iv: Cipher(algorithms.AES(key), modes.CTR(iv)).encryptor())
    add("aes-256-cfb-hmac96", k(32), 1, 16,
        lambda key, iv: Cipher(algorithms.AES(key), modes.CFB(iv)).encryptor())
    add("aes-192-cfb8", k(24), 1, 16,
        lambda key, iv: Cipher(algorithms.AES(key), modes.CFB8(iv)).encryptor())
    add("aes-128-ofb-hmac96", k(16), 1, 16,
        lambda key, iv: Cipher(algorithms.AES(key), modes.OFB(iv)).encryptor())
    add("aes-128-ecb-hmac96", k(16), 16, 0,
        lambda key, iv: Cipher(algorithms.AES(key), modes.ECB()).encryptor())
    # tcpdump takes -cbc off: des-ede3-cbc is OpenSSL's des-ede3, which is ECB
    add("des-ede3-cbc", k(24), 8, 0,
        lambda key, iv: Cipher(tdes(key), modes.ECB()).encryptor())
    add("des-ede-cbc-hmac96", k(16), 8, 0,  # two-key EDE, ECB too: K3 = K1
        lambda key, iv: Cipher(tdes(key + key[:8]), modes.ECB()).encryptor())
    add("bf-ofb", k(16), 1, 8,
        lambda key, iv: Cipher(algorithms.Blowfish(key), modes.OFB(iv)).encryptor())
    add("rc4-hmac96", k(16), 1, 0,
        lambda key, iv: Cipher(algorithms.ARC4(key), None).encryptor())
    add("chacha20", k(32), 1, 16,
        lambda key, iv: Cipher(algorithms.ChaCha20(key, iv), None).encryptor())
    return t


def inner_packet(v6outer):
    """{@return (bytes, next header)} of a random inner packet."""
    kind = R.choice(["ip4", "ip4", "ip6", "tcp", "udp", "dns", "icmp", "none", "unknown"])
    src, dst = R.choice(V4), R.choice(V4)
    if kind == "ip4":
        l4 = R.choice([ICMP(id=R.randrange(65536), seq=R.randrange(65536)) / Raw(os.urandom(R.randrange(0, 40))),
                       TCP(sport=R.randrange(1, 65536), dport=R.choice([80, 443, 22]),
                           flags=R.choice(["S", "SA", "PA", "F"]), seq=R.randrange(2**32)),
                       UDP(sport=R.randrange(1024, 65536), dport=53) / DNS(rd=1, qd=DNSQR(qname="www.example.com"))])
        return raw(IP(src="10.1.0.1", dst="10.2.0.2", ttl=R.randrange(1, 255)) / l4), 4
    if kind == "ip6":
        return raw(IPv6(src="fd00::1", dst="fd00::2") / ICMPv6EchoRequest(id=7, seq=R.randrange(100))), 41
    if kind == "tcp":
        return raw(TCP(sport=R.randrange(1, 65536), dport=80, flags="PA", seq=R.randrange(2**32),
                       ack=R.randrange(2**32)) / Raw(b"GET / HTTP/1.0\r\n\r\n")), 6
    if kind == "udp":
        return raw(UDP(sport=R.randrange(1, 65536), dport=R.randrange(1, 65536)) / Raw(os.urandom(R.randrange(0, 30)))), 17
    if kind == "dns":
        return raw(UDP(sport=5353, dport=53) / DNS(id=R.randrange(65536), rd=1, qd=DNSQR(qname="esp.test"))), 17
    if kind == "icmp":
        if v6outer:  # tcpdump: [ICMP requires IPv4]
            return raw(ICMP(type=8, id=1, seq=2) / Raw(b"x" * 8)), 1
        return raw(ICMP(type=R.choice([0, 8, 3]), id=1, seq=R.randrange(100)) / Raw(b"ping" * 4)), 1
    if kind == "none":
        return os.urandom(R.randrange(0, 16)), 59
    return os.urandom(R.randrange(0, 40)), R.choice([99, 200, 253, 254, 50])


def esp_payload(sa, key, spi, seq, data, nh):
    """ESP of data with its trailer, encrypted with key (the SA's, or a wrong one)."""
    block = sa["block"]
    align = max(block, 4)
    padlen = (-(len(data) + 2)) % align
    if R.random() < 0.15:
        padlen += align * R.randrange(1, 4)
    pad = bytes(range(1, padlen + 1)) if R.random() < 0.8 else os.urandom(padlen)
    trailer_padlen = padlen
    r = R.random()
    if r < 0.05:
        trailer_padlen = R.randrange(200, 256)  # longer than the payload: [|esp]
    plain = data + pad + bytes([trailer_padlen & 0xFF, nh])
    if R.random() < 0.04 and block > 1:
        plain += os.urandom(R.randrange(1, block))  # not a whole number of blocks
    iv = os.urandom(sa["ivlen"])
    if sa["enc"] is None:
        raise AssertionError
    e = sa["enc"](key, iv)
    ct = e.update(plain) + e.finalize() if block == 1 or len(plain) % block == 0 \
        else e.update(plain[:len(plain) - len(plain) % block]) + plain[len(plain) - len(plain) % block:]
    icv = os.urandom(sa["auth"])
    return struct.pack("!II", spi, seq) + iv + ct + icv


def main():
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 600
    R.seed(seed)
    random.seed(seed)  # scapy's own choices (IP ids, ESP IVs) come from random
    os.urandom = lambda n: bytes(R.randrange(256) for _ in range(n))
    table = sa_table()
    sas = []
    lines = ["# SAs of scapy-esp.pcap (esp-scapy.py); one per line, as tcpdump's -E file takes them", ""]
    for i, sa in enumerate(table):
        spi = 0x1000 + i
        v6 = i % 4 == 3
        dst = V6[i % 2] if v6 else V4[i % 3]
        keytext = sa["key"].decode() if sa["text"] else "0x" + sa["key"].hex()
        lines.append("0x%x@%s %s:%s" % (spi, dst, sa["name"], keytext))
        sas.append((spi, dst, v6, sa))
    frames = []
    for n in range(count):
        spi, dst, v6, sa = R.choice(sas)
        key = sa["key"]
        if R.random() < 0.08:
            key = bytes(R.randrange(256) for _ in range(len(key)))  # a wrong key
        if R.random() < 0.04:
            spi = 0x9999  # no SA
        v6outer = v6
        data, nh = inner_packet(v6outer)
        seq = R.randrange(1, 2**32)
        udp_encap = not v6 and R.random() < 0.2
        if sa["scapy"]:
            sk = key
            sa_obj = SecurityAssociation(ESP, spi=spi, crypt_algo=sa["scapy"], crypt_key=sk,
                                         auth_algo="HMAC-SHA1-96", auth_key=b"k" * 20,
                                         nat_t_header=UDP(sport=4500, dport=4500) if udp_encap else None)
            sa_obj.seq_num = seq
            if nh in (4, 41):
                inner = IP(data) if nh == 4 else IPv6(data)
                sa_obj.tunnel_header = (IPv6(src=R.choice(V6), dst=dst) if v6
                                        else IP(src=R.choice(V4), dst=dst))
                pkt = sa_obj.encrypt(inner)
            else:
                hdr = IPv6(src=R.choice(V6), dst=dst, nh=nh) if v6 else IP(src=R.choice(V4), dst=dst, proto=nh)
                pkt = sa_obj.encrypt(hdr / Raw(data))
            frame = Ether() / pkt
        else:
            body = esp_payload(sa, key, spi, seq, data, nh)
            if v6:
                frame = Ether() / IPv6(src=R.choice(V6), dst=dst, nh=50) / Raw(body)
            elif udp_encap:
                frame = Ether() / IP(src=R.choice(V4), dst=dst) / UDP(sport=4500, dport=4500) / Raw(body)
            else:
                ip = IP(src=R.choice(V4), dst=dst, proto=50)
                if R.random() < 0.04:
                    ip.flags = "MF"  # a first fragment: not decrypted
                frame = Ether() / ip / Raw(body)
        b = raw(frame)
        wire = len(b)
        if R.random() < 0.2:
            b = b[:R.randrange(14, len(b))]
        frames.append((b, wire))
    write(os.path.join(OUT, "scapy-esp.pcap"), frames)
    with open(os.path.join(OUT, "scapy-esp-secrets.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


def write(path, frames):
    with open(path, "wb") as f:
        f.write(struct.pack("<IHHiIII", 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
        t = 1700000000
        for i, (b, wire) in enumerate(frames):
            f.write(struct.pack("<IIII", t + i, (i * 1000) % 1000000, len(b), wire))
            f.write(b)


if __name__ == "__main__":
    main()
