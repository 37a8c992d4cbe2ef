#!/usr/bin/env python3
"""Write the example assignment (penugasan) of all 606 instansi to LAN satker and Analis Bangkom.

Reads core's master list (core/src/main/resources/bangkom/master/instansi.csv) and writes
data-samples/src/main/resources/bangkom/penugasan/penugasan-contoh.csv, the file an admin would
import with `./bangkom tindak-lanjut penugasan` (`./bangkom demo` imports it). Every satker and
analis is fictitious; e-mails are under lan.example (RFC 2606 style, never delivered).

Kept outside samples/ because make_sample.py rewrites samples/ completely.
Python 3 standard library only. Deterministic: the instansi go, in master-list order, to the satker
of their region, and within a satker in contiguous blocks to its analis; re-running gives a
byte-identical file.
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
MASTER = os.path.join(HERE, "..", "..", "core", "src", "main", "resources", "bangkom", "master",
                      "instansi.csv")
OUT = os.path.join(HERE, "..", "src", "main", "resources", "bangkom", "penugasan",
                   "penugasan-contoh.csv")
HEADER = ["kode_instansi", "kode_satker", "nama_satker", "nama_analis", "email_analis"]

# (kode_satker, nama_satker, province-code prefixes or "P" for instansi pusat, analis names)
SATKER = [
    ("LAN-PST", "Pusbangkom ASN Wilayah Pusat", ["P"],
     ["Ratna Kusumawati", "Hendra Saputra", "Dewi Anggraini"]),
    ("LAN-SUM", "Puslatbang Wilayah Sumatra", ["11", "12", "13", "14", "15", "16", "17", "18",
                                               "19", "21"],
     ["Cut Meutia Rahmah", "Rizal Fahmi", "Siti Nurhaliza Putri", "Bonar Simanjuntak",
      "Yulia Andriani"]),
    ("LAN-JBN", "Puslatbang Wilayah Jawa, Bali dan Nusa Tenggara",
     ["31", "32", "33", "34", "35", "36", "51", "52", "53"],
     ["Agus Setiawan", "Made Wirawan", "Lestari Handayani", "Bambang Prakoso", "Nining Rahayu"]),
    ("LAN-KAL", "Puslatbang Wilayah Kalimantan", ["61", "62", "63", "64", "65"],
     ["Rahmat Hidayat", "Fitri Ramadhani", "Yohanes Dimas"]),
    ("LAN-SMP", "Puslatbang Wilayah Sulawesi, Maluku dan Papua",
     ["71", "72", "73", "74", "75", "76", "81", "82", "91", "92", "93", "94", "95", "96"],
     ["Andi Tenri Ajeng", "Muhammad Arsyad", "Maria Latuheru", "Frans Wenda", "Nurul Fadillah"]),
]


def email(name):
    return name.lower().replace(" ", ".") + "@lan.example"


def satker_of(kode):
    for s in SATKER:
        for prefix in s[2]:
            if (prefix == "P" and kode.startswith("P")) or kode.split(".")[0] == prefix:
                return s
    raise SystemExit("no satker for instansi " + kode)


def main():
    with open(MASTER, encoding="utf-8", newline="") as f:
        kodes = [r["kode_instansi"] for r in csv.DictReader(f)]
    by_satker = {s[0]: [] for s in SATKER}
    for k in kodes:
        by_satker[satker_of(k)[0]].append(k)
    rows = []
    for kode_satker, nama_satker, _, analis in SATKER:
        mine = by_satker[kode_satker]
        for i, name in enumerate(analis):
            for k in mine[i * len(mine) // len(analis):(i + 1) * len(mine) // len(analis)]:
                rows.append((k, kode_satker, nama_satker, name, email(name)))
    order = {k: i for i, k in enumerate(kodes)}
    rows.sort(key=lambda r: order[r[0]])
    assert len(rows) == len(kodes) == len({r[0] for r in rows}), "each instansi exactly once"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(rows)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    for kode_satker, nama_satker, _, analis in SATKER:
        print("%-8s %-50s %3d instansi, %d analis" % (
            kode_satker, nama_satker, len(by_satker[kode_satker]), len(analis)))
    print("%d rows -> %s" % (len(rows), os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
