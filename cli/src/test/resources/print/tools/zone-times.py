#!/usr/bin/python3
"""Writes captures/crafted-times.pcap for golden-zones.txt: one small UDP frame at many times,
so that local time stamps are compared with tcpdump's in many zones (golden-zones.txt's TZ
values: zone files, right/ and posix/ zones, POSIX TZ strings with and without rules).

The times: every 5 days (at a varying time of day) from 1970 to 2038; one second before, at
and after every transition from 1970 to 2037 of a few zones with odd rules (Paris, New York,
Auckland, Jerusalem, Nuuk, Lord Howe, Casablanca) and every leap second of right/UTC; years'
first seconds; and some past 2038, which libpcap reads as 1901 to 1970 (signed 32 bits).
Deterministic (seeded); re-run it to re-make the file:

    /usr/bin/python3 zone-times.py ../captures/crafted-times.pcap
"""
import random, struct, sys

ZONES = '/usr/share/zoneinfo/'


def transitions(name):
    """The 64-bit transition times and leap second times of a TZif file."""
    b = open(ZONES + name, 'rb').read()
    def counts(p):
        return struct.unpack('>6I', b[p + 20:p + 44])
    isut, isstd, leap, time, typ, ch = counts(0)
    p = 44 + time * 5 + typ * 6 + ch + leap * 8 + isstd + isut
    isut, isstd, leap, time, typ, ch = counts(p)
    p += 44
    tr = list(struct.unpack('>%dq' % time, b[p:p + 8 * time]))
    p += 9 * time + 6 * typ + ch
    leaps = [struct.unpack('>q', b[p + 12 * i:p + 12 * i + 8])[0] for i in range(leap)]
    return tr, leaps


def main(out):
    r = random.Random(20261207)
    times = set()
    t = 0
    while t < 2 ** 31:
        times.add(t + r.randrange(86400))
        t += 5 * 86400
    for zone in ('Europe/Paris', 'America/New_York', 'Pacific/Auckland', 'Asia/Jerusalem',
                 'America/Nuuk', 'Australia/Lord_Howe', 'Africa/Casablanca'):
        for x in transitions(zone)[0]:
            if 0 <= x < 2 ** 31 - 1:
                times.update((x - 1, x, x + 1))
    for x in transitions('right/UTC')[1]:
        times.update((x - 1, x, x + 1))
    for year in range(1970, 2038):
        days = (year - 1970) * 365 + (year - 1969) // 4
        times.update((days * 86400 - 1, days * 86400))
    for x in (2 ** 31, 2 ** 31 + 1, 3_000_000_000, 4_000_000_000, 2 ** 32 - 1):
        times.add(x)
    times = sorted(x for x in times if 0 <= x < 2 ** 32)
    frame = bytes.fromhex('02000000000b02000000000a0800'
                          '4500001c000100004011f9cc0a0000010a000002'
                          '30399c4000080000')
    with open(out, 'wb') as o:
        o.write(struct.pack('<IHHiIII', 0xa1b2c3d4, 2, 4, 0, 0, 262144, 1))
        for x in times:
            o.write(struct.pack('<IIII', x, r.randrange(1_000_000), len(frame), len(frame)))
            o.write(frame)
    print(out, len(times), 'packets')


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else '../captures/crafted-times.pcap')
