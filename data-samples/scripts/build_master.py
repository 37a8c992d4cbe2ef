#!/usr/bin/env python3
"""Build the master list of the 606 instansi (bangkom/master/instansi.csv).

Sources (read-only): /work/shared/reference (override with BANGKOM_REFERENCE):
  wilayah/provinces.csv, wilayah/regencies.csv  (idn-area-data 4.0.1, ODbL)
  instansi_pusat.csv                             (60 instansi pusat, P001..P060)
Python 3 standard library only. Deterministic; re-running gives a byte-identical file.
"""
import csv
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REF = os.environ.get("BANGKOM_REFERENCE", "/work/shared/reference")
# The production master list lives with core (every module reads it), not with the samples.
OUT_DIR = os.path.join(HERE, "..", "..", "core", "src", "main", "resources", "bangkom", "master")
JAKARTA_ADMIN = {"31.01", "31.71", "31.72", "31.73", "31.74", "31.75"}
HEADER = ["kode_instansi", "nama_instansi", "jenis_instansi", "kode_provinsi",
          "nama_provinsi", "nama_pic", "email_pic", "jabatan_pimpinan", "email_pimpinan"]


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def email(kode):
    return "bangkom.%s@instansi.example" % kode.lower().replace(".", "-")


def email_pimpinan(kode):
    """The escalation addressee's (head of the HR function / PPK) fictitious address."""
    return "pimpinan.%s@instansi.example" % kode.lower().replace(".", "-")


def main():
    provinces = read(os.path.join(REF, "wilayah", "provinces.csv"))
    regencies = read(os.path.join(REF, "wilayah", "regencies.csv"))
    pusat = read(os.path.join(REF, "instansi_pusat.csv"))
    prov_name = {p["code"]: p["name"] for p in provinces}

    rows = []
    for p in provinces:
        rows.append([p["code"], "Pemerintah Provinsi " + p["name"], "PROVINSI", p["code"], p["name"],
                     "PIC Bangkom Prov. " + p["name"], email(p["code"]),
                     "Kepala Badan Kepegawaian Daerah Provinsi " + p["name"], email_pimpinan(p["code"])])
    for r in regencies:
        code, name = r["code"], r["name"]
        if code in JAKARTA_ADMIN:
            continue
        if name.startswith("Kabupaten "):
            jenis, short = "KABUPATEN", "Kab. " + name[len("Kabupaten "):]
        elif name.startswith("Kota "):
            jenis, short = "KOTA", name
        else:
            sys.exit("unexpected regency name: %s %s" % (code, name))
        pc = r["province_code"]
        rows.append([code, "Pemerintah " + name, jenis, pc, prov_name[pc],
                     "PIC Bangkom " + short, email(code),
                     "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia " + name,
                     email_pimpinan(code)])
    for p in pusat:
        rows.append([p["kode_instansi"], p["nama_instansi"], p["jenis_instansi"], "", "",
                     "PIC Bangkom " + p["nama_instansi"], email(p["kode_instansi"]),
                     "Kepala Biro Sumber Daya Manusia " + p["nama_instansi"],
                     email_pimpinan(p["kode_instansi"])])

    # sort: provinsi/kabupaten/kota by code (provinsi before its regencies), then pusat
    def key(r):
        if r[0].startswith("P"):
            return (1, r[0])
        parts = r[0].split(".")
        return (0, int(parts[0]), int(parts[1]) if len(parts) > 1 else -1)
    rows.sort(key=key)

    counts = {}
    for r in rows:
        counts[r[2]] = counts.get(r[2], 0) + 1
    expected = {"PROVINSI": 38, "KABUPATEN": 415, "KOTA": 93}
    for j, n in expected.items():
        assert counts.get(j) == n, (j, counts.get(j))
    assert counts.get("KEMENTERIAN", 0) + counts.get("LEMBAGA", 0) == 60, counts
    assert len(rows) == 606 and len({r[0] for r in rows}) == 606

    os.makedirs(OUT_DIR, exist_ok=True)
    out = os.path.join(OUT_DIR, "instansi.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        w.writerows(rows)
    shutil.copyfile(os.path.join(REF, "wilayah", "LICENSE-ODbL.md"),
                    os.path.join(OUT_DIR, "LICENSE-ODbL.md"))
    print("wrote %s: %d rows %s" % (os.path.normpath(out), len(rows), counts))


if __name__ == "__main__":
    main()
