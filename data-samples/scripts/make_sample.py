#!/usr/bin/env python3
"""Generate the shipped sample inbox of Sounding Bangkom and its expected figures.

Year 2026, periods 2026-CW1..2026-CW3, 12 sample instansi (one never submits).
Writes (relative to data-samples/src/main/resources/bangkom/samples/):
  inbox/<kode>/<YYYY-CWk>/{pegawai,bangkom,training_rate}.{csv,xlsx,json}  or  inbox/<kode>/<YYYY-CWk>.xlsx
  expected/{kepatuhan_instansi,kepatuhan_nasional,penolakan,pegawai_khusus,baris}.csv

The expected figures are computed from this script's own in-memory model (the rows it decided to
write and the single fault it injected into each bad row), never by reading the files back, and
share no code with the Java product. Every rendered row is additionally checked by an
independent re-statement of the validation rules (`check_row`) so that each bad row carries
exactly the one intended fault and every good row none.

Deterministic: random.Random(20260101); zip entries carry a fixed timestamp.
Python 3 standard library only.
"""
import calendar
import csv
import datetime as dt
import json
import os
import random
import re
import shutil
import sys
import zipfile
from decimal import Decimal, ROUND_CEILING, ROUND_HALF_UP
from fractions import Fraction
from xml.sax.saxutils import escape
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.normpath(os.path.join(HERE, "..", "src", "main", "resources", "bangkom"))
MASTER = os.path.normpath(
    os.path.join(HERE, "..", "..", "core", "src", "main", "resources", "bangkom", "master", "instansi.csv"))
SAMPLES = os.path.join(RES, "samples")
INBOX = os.path.join(SAMPLES, "inbox")
EXPECTED = os.path.join(SAMPLES, "expected")

R = random.Random(20260101)
YEAR = 2026
D = dt.date
START = {1: D(YEAR, 1, 1), 2: D(YEAR, 5, 1), 3: D(YEAR, 9, 1)}
END = {1: D(YEAR, 4, 30), 2: D(YEAR, 8, 31), 3: D(YEAR, 12, 31)}
OLDEST = D(YEAR - 1, 1, 1)          # tanggal_selesai before this -> TANGGAL_DI_LUAR_PERIODE
JP_MAX = Decimal(1000)
ANNUAL = 20
LEVEL_REJECT_SHARE = Fraction(20, 100)
KUNING_SHARE = Fraction(70, 100)


def per(k):
    return "%d-CW%d" % (YEAR, k)


def period_of(d):
    if d.year < YEAR:
        return 1
    return 1 if d.month <= 4 else (2 if d.month <= 8 else 3)


def wchoice(pairs):
    items, weights = zip(*pairs)
    return R.choices(items, weights=weights)[0]


def jp_from_minutes(m):
    return (Decimal(m) / Decimal(45)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------------------------
# Sample instansi
# --------------------------------------------------------------------------------------------
SAMPLE = [
    dict(kode="P009", size=900, mix="default", submits=(1, 2, 3), resend=False, tr=True, late=0.06),
    dict(kode="P011", size=450, mix="good", submits=(1, 2, 3), resend=False, tr=True, late=0.04),
    dict(kode="P038", size=200, mix="default", submits=(1, 2, 3), resend=True, tr=True, late=0.0),
    dict(kode="P049", size=40, mix="steady", submits=(1, 2, 3), resend=False, tr=True, late=0.0),
    dict(kode="33", size=350, mix="default", submits=(1, 2, 3), resend=True, tr=False, late=0.0),
    dict(kode="81", size=120, mix="weak", submits=(1, 2, 3), resend=False, tr=True, late=0.05),
    dict(kode="32.04", size=350, mix="default", submits=(1, 2, 3), resend=False, tr=False, late=0.05),
    dict(kode="53.01", size=150, mix="default", submits=(1, 3), resend=True, tr=False, late=0.0),
    dict(kode="95.03", size=60, mix="weak", submits=(1, 2, 3), resend=False, tr=False, late=0.0),
    dict(kode="81.08", size=50, mix="weak", submits=(), resend=False, tr=False, late=0.0),
    dict(kode="33.74", size=300, mix="kuning", submits=(1, 2, 3), resend=True, tr=True, late=0.0),
    dict(kode="64.72", size=130, mix="default", submits=(1, 2, 3), resend=False, tr=True, late=0.05),
]
INST = {i["kode"]: i for i in SAMPLE}
MIXES = {
    "default": [("zero", .07), ("low", .24), ("mid", .49), ("high", .14), ("steady", .06)],
    "good": [("zero", .03), ("low", .12), ("mid", .40), ("high", .18), ("steady", .27)],
    "weak": [("zero", .18), ("low", .37), ("mid", .33), ("high", .07), ("steady", .05)],
    "kuning": [("zero", .03), ("low", .05), ("mid", .08), ("high", .02), ("steady", .82)],
    "steady": [("steady", 1.0)],
}
TRANSFER_FROM, TRANSFER_TO = "33.74", "33"

# --------------------------------------------------------------------------------------------
# File formats per instansi and period
# --------------------------------------------------------------------------------------------
COLS = {
    "pegawai": ["nip", "nama", "jenis_pegawai", "jenis_jabatan", "jabatan", "unit_kerja", "golongan",
                "tmt_asn", "status"],
    "bangkom": ["nip", "nama_kegiatan", "jenis_diklat", "jalur", "tanggal_mulai", "tanggal_selesai", "jp",
                "durasi_menit", "penyelenggara", "nomor_sertifikat"],
    "training_rate": ["instrumen", "indikator", "nilai", "bukti"],
}
HDR = {
    "canon": {},
    "siasn": {"nip": "NIP Baru", "nama": "Nama", "jenis_pegawai": "Jenis Pegawai",
              "jenis_jabatan": "Jenis Jabatan", "jabatan": "Jabatan", "unit_kerja": "Unit Kerja",
              "golongan": "Golongan", "tmt_asn": "TMT CPNS", "status": "Status",
              "nama_kegiatan": "Nama Pelatihan", "jenis_diklat": "Jenis Diklat", "jalur": "Jalur",
              "tanggal_mulai": "Tgl Mulai", "tanggal_selesai": "Tanggal Selesai", "jp": "Jumlah JP",
              "durasi_menit": "Durasi Menit", "penyelenggara": "Penyelenggara",
              "nomor_sertifikat": "Nomor Sertifikat", "instrumen": "Instrumen", "indikator": "Indikator",
              "nilai": "Nilai", "bukti": "Bukti"},
    "upper": {"nip": "NIP", "nama": "NAMA", "jenis_pegawai": "JENIS PEGAWAI", "jenis_jabatan": "Jenis_Jabatan",
              "jabatan": "JABATAN", "unit_kerja": "Unit Kerja", "golongan": "GOLONGAN", "tmt_asn": "TMT ASN",
              "status": "STATUS", "nama_kegiatan": "Nama Diklat", "jenis_diklat": "JENIS DIKLAT",
              "jalur": "JALUR", "tanggal_mulai": "Tanggal Mulai", "tanggal_selesai": "Tanggal Selesai",
              "jp": "Jumlah Jam", "durasi_menit": "Durasi Menit", "penyelenggara": "PENYELENGGARA",
              "nomor_sertifikat": "Nomor Sertifikat", "instrumen": "INSTRUMEN", "indikator": "INDIKATOR",
              "nilai": "NILAI", "bukti": "BUKTI"},
    "mixed": {"nip": "Nip", "nama": "Nama", "jenis_pegawai": "Jenis_Pegawai", "jenis_jabatan": "jenis jabatan",
              "jabatan": "Jabatan", "unit_kerja": "UNIT_KERJA", "golongan": "Golongan", "tmt_asn": "Tmt_Asn",
              "status": "Status", "nama_kegiatan": "Nama Kegiatan", "jenis_diklat": "Jenis Diklat",
              "jalur": "Jalur", "tanggal_mulai": "Tanggal_Mulai", "tanggal_selesai": "TANGGAL SELESAI",
              "jp": "JP", "durasi_menit": "durasi menit", "penyelenggara": "Penyelenggara",
              "nomor_sertifikat": "nomor_sertifikat", "instrumen": "Instrumen", "indikator": "Indikator",
              "nilai": "Nilai", "bukti": "Bukti"},
    "lower": {"nip": "nip baru", "nama": "nama", "jenis_pegawai": "jenis pegawai", "jenis_jabatan": "jenis jabatan",
              "jabatan": "jabatan", "unit_kerja": "unit kerja", "golongan": "golongan", "tmt_asn": "tmt cpns",
              "status": "status", "nama_kegiatan": "nama pelatihan", "jenis_diklat": "jenis diklat",
              "jalur": "jalur", "tanggal_mulai": "tgl mulai", "tanggal_selesai": "tanggal selesai",
              "jp": "jumlah jp", "durasi_menit": "durasi menit", "penyelenggara": "penyelenggara",
              "nomor_sertifikat": "nomor sertifikat", "instrumen": "instrumen", "indikator": "indikator",
              "nilai": "nilai", "bukti": "bukti"},
}
BASE_PROFILE = dict(container="csv", sep=",", enc="utf-8", dec=".", dates=["iso"], datecell=0.0, hdr="canon",
                    nipstyle=0.0, dname=0.08, jalur=True, durasi=False, jptext=0.0, order=None)
PROFILES = {
    "P009": dict(durasi=True),
    "P011": dict(container="xlsx_book", hdr="upper", datecell=0.7, dates=["dmy-"], durasi=True),
    "P038": dict(container="json", dates=["iso", "iso", "iso", "indo"], dname=0.15),
    "P049": dict(sep=";", dec=",", dates=["dmy/"], hdr="mixed"),
    "33": dict(sep=";", enc="utf-8-sig", dec=",", dates=["dmy/", "d/M"], hdr="siasn", nipstyle=0.25,
               jalur=False, order={"pegawai": ["nama", "nip"], "bangkom": ["nip", "nama_kegiatan"]}),
    "81": dict(container="xlsx_files", dates=["indo"], hdr="siasn", jptext=0.3),
    "32.04": dict(sep=";", enc="cp1252", dec=",", dates=["dmy-"], hdr="upper", durasi=True),
    "53.01": dict(dates=["d/M"], hdr="lower", nipstyle=0.2),
    "95.03": dict(),
    "33.74": dict(container="xlsx_book", hdr="siasn", datecell=1.0, dates=["dmy/"], jalur=False, nipstyle=0.1),
    "64.72": {1: dict(dates=["dmy/"]), 2: dict(container="json"),
              3: dict(container="xlsx_files", datecell=0.8, dates=["iso"], durasi=True, hdr="upper")},
}


def profile(kode, k):
    p = dict(BASE_PROFILE)
    over = PROFILES[kode]
    if 1 in over:
        over = over[k]
    p.update(over)
    return p


BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember"]


def fmt_date(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "dmy-":
        return d.strftime("%d-%m-%Y")
    if style == "dmy/":
        return d.strftime("%d/%m/%Y")
    if style == "d/M":
        return "%d/%d/%d" % (d.day, d.month, d.year)
    if style == "indo":
        return "%d %s %d" % (d.day, BULAN[d.month - 1], d.year)
    raise ValueError(style)


# --------------------------------------------------------------------------------------------
# People
# --------------------------------------------------------------------------------------------
MALE = ["Agus", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Irfan", "Joko", "Kurniawan", "Lukman", "Muhammad",
        "Nanang", "Rudi", "Slamet", "Teguh", "Wahyu", "Yusuf", "Andi", "Bambang", "Dimas", "Rizky", "Arif",
        "Heru", "Imam", "Bayu", "Yohanes", "Markus", "Stefanus", "La Ode", "I Made", "I Ketut", "Gede",
        "Ahmad", "Hasan", "Taufik", "Yosef", "Benyamin", "Samuel", "Daniel", "Rahmat"]
FEMALE = ["Siti", "Dewi", "Sri", "Rina", "Ratna", "Nur", "Fitri", "Indah", "Lestari", "Maya", "Novi", "Ayu",
          "Yuli", "Wulan", "Putri", "Retno", "Endang", "Kartini", "Maria", "Theresia", "Ni Made", "Ni Luh",
          "Wa Ode", "Anisa", "Dian", "Ika", "Yohana", "Agustina", "Mega", "Rahayu", "Eka", "Fransiska"]
LAST = ["Santoso", "Wibowo", "Pratama", "Saputra", "Hidayat", "Nugroho", "Setiawan", "Kurniasih", "Rahmawati",
        "Lestari", "Siregar", "Simanjuntak", "Nasution", "Harahap", "Sitompul", "Hutapea", "Pattiasina",
        "Latuconsina", "Wenda", "Kogoya", "Tabuni", "Manafe", "Ndun", "Fanggidae", "Rumbiak", "Sembiring",
        "Ginting", "Purba", "Syahputra", "Hasibuan", "Wijaya", "Kusuma", "Permana", "Susanti", "Handayani",
        "Yulianti", "Marpaung", "Tanjung", "Lubis", "Mahendra", "Firmansyah", "Ramadhan", "Suryani",
        "Prasetyo", "Utomo", "Wahyuni", "Kristanti", "Tupamahu", "Ohoiwutun", "Rahanra"]
TITLES = ["", "", "", "", "", ", S.Pd.", ", S.E.", ", S.Kep.", ", S.H.", ", M.Si.", ", S.T.", ", S.Sos.",
          ", A.Md.", ", S.Pd., M.Pd."]
ACCENTED = ["Andréas", "Renée", "Noël", "Chloé", "Zoë", "Jörg"]      # all in Windows-1252

UNITS_PEMDA = [("Dinas Pendidikan", 30), ("Dinas Kesehatan", 10), ("RSUD", 8),
               ("Sekretariat Daerah - Bagian Umum", 4), ("BKPSDM - Bidang Mutasi", 2),
               ("BKPSDM - Bidang Pengembangan Kompetensi", 2), ("Dinas Pertanian", 5),
               ("Dinas Pekerjaan Umum dan Penataan Ruang", 4), ("Badan Perencanaan Pembangunan Daerah", 3),
               ("Inspektorat Daerah", 3), ("Dinas Kependudukan dan Pencatatan Sipil", 3), ("Dinas Sosial", 3),
               ("Satuan Polisi Pamong Praja", 3), ("Badan Pendapatan Daerah", 3)]
UNITS = {
    "P009": [("Kantor Wilayah Provinsi Jawa Timur", 8), ("Kantor Kementerian Agama Kabupaten Malang", 10),
             ("Madrasah Aliyah Negeri 1 Malang", 15), ("Madrasah Tsanawiyah Negeri 2 Kediri", 15),
             ("Direktorat Jenderal Pendidikan Islam", 6), ("Sekretariat Jenderal - Biro Sumber Daya Manusia", 4),
             ("Sekretariat Jenderal - Bagian Umum, Perlengkapan dan Rumah Tangga", 4),
             ("Kantor Urusan Agama Kecamatan Lowokwaru", 6)],
    "P011": [("Direktorat Jenderal Pajak - KPP Pratama Jakarta Menteng", 20),
             ("Direktorat Jenderal Perbendaharaan - KPPN Jakarta II", 10),
             ("Direktorat Jenderal Bea dan Cukai - KPPBC Tanjung Priok", 15),
             ("Sekretariat Jenderal - Biro Sumber Daya Manusia", 4), ("Badan Pendidikan dan Pelatihan Keuangan", 5),
             ("Inspektorat Jenderal", 4), ("Direktorat Jenderal Anggaran", 6)],
    "P038": [("Pusat Pengembangan Kompetensi ASN", 6), ("Pusat Pembelajaran dan Strategi Kebijakan", 5),
             ("Deputi Bidang Kebijakan Pengembangan Kompetensi ASN", 5), ("Biro Umum - Bagian Umum", 3),
             ("Biro SDM - Bidang Mutasi", 2), ("Politeknik STIA LAN Jakarta", 6)],
    "P049": [("Deputi Bidang Perizinan dan Inspeksi", 5), ("Direktorat Pengaturan Pengawasan", 3),
             ("Biro Umum - Bagian Umum", 2), ("Bagian Kepegawaian", 1)],
}
FUNG = {
    "P009": ["Guru Ahli Pertama", "Guru Ahli Muda", "Guru Ahli Madya", "Penghulu Ahli Muda",
             "Penyuluh Agama Islam Ahli Pertama", "Dosen Asisten Ahli"],
    "P011": ["Pemeriksa Pajak Ahli Pertama", "Pemeriksa Pajak Ahli Muda", "Pranata Keuangan APBN Terampil",
             "Analis Anggaran Ahli Muda", "Pemeriksa Bea dan Cukai Pelaksana Lanjutan"],
    "P038": ["Widyaiswara Ahli Madya", "Widyaiswara Ahli Muda", "Analis Kebijakan Ahli Muda",
             "Analis SDM Aparatur Ahli Pertama", "Pranata Komputer Ahli Pertama"],
    "P049": ["Pengawas Radiasi Ahli Muda", "Pengawas Radiasi Ahli Pertama", "Analis Kebijakan Ahli Muda"],
    "pendidikan": ["Guru Ahli Pertama", "Guru Ahli Muda", "Guru Ahli Madya", "Pengawas Sekolah Ahli Muda"],
    "kesehatan": ["Perawat Ahli Pertama", "Perawat Terampil", "Bidan Terampil", "Dokter Ahli Muda",
                  "Apoteker Ahli Pertama"],
    "pemda": ["Analis Kebijakan Ahli Muda", "Pranata Komputer Ahli Pertama", "Auditor Ahli Muda",
              "Arsiparis Terampil", "Penyuluh Pertanian Ahli Muda", "Analis SDM Aparatur Ahli Pertama",
              "Pamong Praja Ahli Pertama"],
}
PELAKSANA = ["Pengadministrasi Perkantoran", "Pengolah Data dan Informasi", "Penata Layanan Operasional",
             "Operator Layanan Operasional", "Pengelola Umum Operasional"]
ADMINISTRATOR = ["Kepala Bagian Umum", "Kepala Bidang Mutasi", "Kepala Bidang Pengembangan Kompetensi",
                 "Kepala Bagian Keuangan", "Kepala Bagian Perencanaan"]
PENGAWAS = ["Kepala Subbagian Kepegawaian", "Kepala Seksi Kurikulum", "Kepala Subbagian Umum",
            "Kepala Seksi Pelayanan", "Kepala Subbagian Keuangan"]
JPT = {"pusat": ["Sekretaris Jenderal", "Direktur", "Kepala Biro", "Kepala Pusat"],
       "pemda": ["Sekretaris Daerah", "Kepala Dinas", "Kepala Badan", "Inspektur"]}

NIPS = set()


class Person:
    def __init__(self):
        self.records = []
        self.roster = {}     # (kode, k) -> status
        self.home = {}       # k -> kode whose submission sends the records of that period
        self.plan = None
        self.special = None


def new_nip(birth, mid6, g):
    """mid6: TMT CPNS yyyyMM (PNS/CPNS) or appointment year + '21'/'24' (PPPK)."""
    for _ in range(10000):
        nip = "%s%s%s%03d" % (birth.strftime("%Y%m%d"), mid6, g, R.randint(1, 999))
        if nip not in NIPS:
            NIPS.add(nip)
            return nip
    raise RuntimeError("no free NIP")


def rand_date(y0, y1):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    return D(y, m, R.randint(1, calendar.monthrange(y, m)[1]))


def make_person(kode, jenis_pegawai=None, tmt=None, status="AKTIF", accented=False):
    inst = MASTERROWS[kode]
    p = Person()
    g = "1" if R.random() < 0.45 else "2"
    first = R.choice(MALE if g == "1" else FEMALE)
    if accented:
        first = R.choice(ACCENTED)
    p.nama = "%s %s%s" % (first, R.choice(LAST), R.choice(TITLES))
    if R.random() < 0.03:
        p.nama = ("H. " if g == "1" else "Hj. ") + p.nama
    jp = jenis_pegawai or wchoice([("PNS", 75), ("PPPK", 20), ("CPNS", 5)])
    p.jenis_pegawai = jp
    if jp == "PNS":
        tmt = tmt or D(R.randint(1990, 2024), R.choice([1, 2, 3, 4, 6, 10, 12]), 1)
        birth_y = max(1966, tmt.year - R.randint(21, 34))
        if status == "PENSIUN":
            birth_y = 1968
            tmt = D(max(tmt.year, 1990), tmt.month, 1) if tmt.year < 1995 else D(1994, 3, 1)
        birth = rand_date(birth_y, birth_y)
        p.nip = new_nip(birth, tmt.strftime("%Y%m"), g)
    elif jp == "CPNS":
        tmt = tmt or D(2025, R.choice([1, 3, 6]), 1)
        birth = rand_date(1995, 2002)
        p.nip = new_nip(birth, tmt.strftime("%Y%m"), g)
    else:
        y = R.randint(2021, 2025)
        tmt = tmt or D(y, R.choice([1, 3, 4, 7, 10]), 1)
        birth = rand_date(1970, 2000)
        p.nip = new_nip(birth, "%d%s" % (tmt.year, R.choice(["21", "24"])), g)
    p.tmt = tmt
    p.status = status
    jj = wchoice([("FUNGSIONAL", 70), ("PELAKSANA", 23), ("PENGAWAS", 4), ("ADMINISTRATOR", 2.5), ("JPT", 0.5)])
    p.jenis_jabatan = jj
    units = UNITS.get(kode, UNITS_PEMDA)
    unit = wchoice(units)
    if jj == "FUNGSIONAL":
        if kode in FUNG:
            jab = R.choice(FUNG[kode])
        elif "Pendidikan" in unit:
            jab = R.choice(FUNG["pendidikan"])
        elif "Kesehatan" in unit or unit == "RSUD":
            jab = R.choice(FUNG["kesehatan"])
        else:
            jab = R.choice(FUNG["pemda"])
    elif jj == "PELAKSANA":
        jab = R.choice(PELAKSANA)
    elif jj == "PENGAWAS":
        jab = R.choice(PENGAWAS)
    elif jj == "ADMINISTRATOR":
        jab = R.choice(ADMINISTRATOR)
    else:
        jab = R.choice(JPT["pusat" if inst["jenis_instansi"] in ("KEMENTERIAN", "LEMBAGA") else "pemda"])
    if unit == "RSUD":
        unit = "RSUD " + inst["nama_instansi"].replace("Pemerintah ", "").replace("Kabupaten ", "").replace(
            "Provinsi ", "").replace("Kota ", "")
    p.jabatan, p.unit = jab, unit
    if jp == "PPPK":
        gol = R.choice(["IX", "IX", "VII", "V", "X"])
    elif jp == "CPNS":
        gol = R.choice(["III/a", "II/a"])
    else:
        yrs = YEAR - tmt.year
        gol = ("III/a" if yrs < 4 else "III/b" if yrs < 8 else "III/c" if yrs < 12 else "III/d" if yrs < 18
               else "IV/a" if yrs < 26 else "IV/b")
        if jj == "PELAKSANA" and R.random() < 0.4:
            gol = R.choice(["II/c", "II/d", "III/a"])
    p.golongan = "" if R.random() < 0.05 else gol
    return p


# --------------------------------------------------------------------------------------------
# Bangkom records
# --------------------------------------------------------------------------------------------
DIKLAT_W = [(16, 18), (8, 12), (3, 12), (9, 9), (7, 8), (4, 7), (14, 6), (15, 4), (2, 5), (17, 5), (22, 4),
            (23, 3), (11, 2), (5, 2), (6, 2), (1, 1), (12, 1), (13, 1), (10, 1), (19, 1), (20, 1), (24, 1),
            (25, 1), (18, 0.5), (21, 0.5)]
DIKLAT_NAMES = {
    1: ["Pelatihan Kepemimpinan Pengawas", "Pelatihan Kepemimpinan Administrator", "Pelatihan Dasar CPNS"],
    2: ["Pelatihan Fungsional Analis Kebijakan", "Pelatihan Penjenjangan Auditor Ahli Muda",
        "Pelatihan Fungsional Pranata Komputer"],
    3: ["Pelatihan Teknis Pengelolaan Keuangan Daerah", "Pelatihan Teknis Penyusunan SKP",
        "Pelatihan Pengadaan Barang/Jasa Pemerintah", "Pelatihan Teknis Manajemen Arsip",
        "Pelatihan Teknis Pelayanan Prima"],
    4: ["Workshop Penyusunan Analisis Jabatan", "Workshop Manajemen Risiko", "Workshop Penyusunan Laporan Kinerja"],
    5: ["Pelatihan Manajemen Kinerja", "Pelatihan Manajerial Tingkat Dasar"],
    6: ["Pelatihan Wawasan Kebangsaan", "Pelatihan Sosial Kultural Moderasi Beragama"],
    7: ["Sosialisasi Sistem Merit", "Sosialisasi Kode Etik dan Kode Perilaku ASN", "Sosialisasi Aplikasi e-Kinerja"],
    8: ["Bimtek Aplikasi SIASN", "Bimtek Penyusunan Anggaran", "Bimtek Kurikulum Merdeka", "Bimtek Tata Naskah Dinas"],
    9: ["Seminar Nasional Reformasi Birokrasi", "Webinar Transformasi Digital Pemerintahan",
        "Seminar Kesehatan Masyarakat"],
    10: ["Magang di Kementerian PANRB"],
    11: ["Kursus Bahasa Inggris", "Kursus Analisis Data dengan Python"],
    12: ["Penataran Pengelolaan Barang Milik Negara"],
    13: ["Pelatihan Klasikal Penguatan Integritas"],
    14: ["Coaching Kinerja Pegawai", "Coaching Clinic Penyusunan SKP"],
    15: ["Mentoring Aktualisasi Nilai Dasar ASN", "Mentoring Proyek Perubahan"],
    16: ["E-Learning ASN Corpu: Literasi Digital", "E-Learning Anti Korupsi", "E-Learning Kebijakan Publik",
         "E-Learning Manajemen ASN", "E-Learning Pelayanan Publik Inklusif"],
    17: ["Pelatihan Jarak Jauh Pelayanan Publik", "Pelatihan Jarak Jauh Penulisan Karya Ilmiah"],
    18: ["Detasering Guru di Daerah 3T"],
    19: ["Pembelajaran Alam Terbuka Team Building"],
    20: ["Patok Banding ke Pemerintah Kota Surabaya", "Patok Banding Mal Pelayanan Publik"],
    21: ["Pertukaran Pegawai antar-Instansi"],
    22: ["Belajar Mandiri MOOC Data Analitik", "Belajar Mandiri Kebijakan Publik"],
    23: ["Komunitas Belajar Analis Kebijakan", "Komunitas Belajar Guru Penggerak"],
    24: ["Bimbingan di Tempat Kerja Penyusunan Laporan"],
    25: ["Bedah Buku Pelayanan Publik"],
}
DIKLAT_LABEL = {16: "E-Learning", 8: "Bimbingan Teknis", 14: "Coaching", 9: "Seminar", 4: "Workshop",
                15: "Mentoring", 7: "Sosialisasi", 17: "Pelatihan Jarak Jauh", 22: "Belajar Mandiri"}
PENYELENGGARA = ["LAN RI", "BKN", "ASN Corpu", "Pusdiklat Internal", "BPSDM Provinsi", "Kementerian PANRB",
                 "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah", "Universitas Terbuka"]
MONTH_W = [1, 1, 2, 3, 5, 6, 7, 9, 11, 12, 12, 8]


def jalur_of(code):
    return "KLASIKAL" if code <= 13 else "NONKLASIKAL"


class Rec:
    pass


def add_record(p, selesai, jp, code=None, name=None, durasi=None, fixed=False):
    for _ in range(50):
        c = code or wchoice(DIKLAT_W)
        n = name or R.choice(DIKLAT_NAMES[c])
        if name is None and c in (1, 3) and R.random() < 0.3:
            n += ", Angkatan %s" % R.choice(["I", "II", "III", "IV"])
        days = 0 if jp <= 4 else R.randint(1, 4)
        mulai = selesai - dt.timedelta(days=days)
        key = (" ".join(n.split()).lower(), mulai, selesai)
        if key not in {(" ".join(r.name.split()).lower(), r.mulai, r.selesai) for r in p.records}:
            break
        selesai = selesai + dt.timedelta(days=1) if selesai < END[period_of(selesai)] else selesai - dt.timedelta(days=2)
    else:
        raise RuntimeError("no unique record")
    r = Rec()
    r.nip, r.code, r.name, r.mulai, r.selesai = p.nip, c, n, mulai, selesai
    r.durasi = durasi
    r.jp = jp_from_minutes(durasi) if durasi else Decimal(jp)
    r.penyelenggara = R.choice(PENYELENGGARA)
    r.sertifikat = ("%04d/SERT/%s/%d" % (R.randint(1, 9999), c, selesai.year)) if R.random() < 0.6 else ""
    r.fixed = fixed
    p.records.append(r)
    return r


def day_in(y, m):
    return D(y, m, R.randint(1, calendar.monthrange(y, m)[1]))


def random_jp(choices):
    jp = Decimal(R.choice(choices))
    if jp > 2 and R.random() < 0.1:
        jp -= Decimal("0.5")
    return jp


def gen_plan(p, plan, months=range(1, 13)):
    months = list(months)
    mw = [MONTH_W[m - 1] for m in months]

    def rnd(n, choices):
        for _ in range(n):
            jp = random_jp(choices)
            durasi = None
            if R.random() < 0.08:
                durasi = max(45, int(jp * 45) + R.choice([-20, -10, 0, 10, 20, 25]))
            add_record(p, day_in(YEAR, R.choices(months, weights=mw)[0]), jp, durasi=durasi)

    if plan == "zero":
        return
    if plan == "steady":
        for lo, hi in ((2, 4), (6, 8), (9, 11)):
            add_record(p, day_in(YEAR, R.randint(lo, hi)), Decimal(R.choice([8, 9, 10, 12])), fixed=True)
        rnd(R.randint(0, 2), [2, 3, 4])
    elif plan == "low":
        rnd(R.randint(1, 3), [2, 2, 3, 4, 4, 5, 6])
    elif plan == "mid":
        rnd(R.randint(3, 6), [2, 3, 4, 4, 5, 6, 8, 8, 10, 12])
    elif plan == "high":
        rnd(R.randint(4, 8), [4, 6, 8, 10, 12, 16, 20, 24, 32, 40])


# --------------------------------------------------------------------------------------------
# Build the population
# --------------------------------------------------------------------------------------------
def load_master():
    with open(MASTER, encoding="utf-8", newline="") as f:
        return {r["kode_instansi"]: r for r in csv.DictReader(f)}


MASTERROWS = {}
PEOPLE = {}      # kode -> [Person] (home instansi at CW1, or at first appearance)
SPECIAL = []     # (Person, kasus)


def build_people():
    for inst in SAMPLE:
        kode = inst["kode"]
        lst = []
        n_acc = 4 if kode == "32.04" else 0
        for i in range(inst["size"]):
            status = wchoice([("AKTIF", 94), ("CLTN", 1.2), ("TUGAS_BELAJAR", 2), ("PENSIUN", 1.6), ("BERHENTI", 1.2)])
            p = make_person(kode, status=status, accented=i < n_acc)
            st = {k: status for k in (1, 2, 3)}
            if status == "AKTIF" and R.random() < 0.008:      # retires during the year
                st = {1: "AKTIF", 2: "AKTIF", 3: "PENSIUN"}
            for k in (1, 2, 3):
                p.roster[(kode, k)] = st[k]
                p.home[k] = kode
            plan = wchoice(MIXES[inst["mix"]])
            if status != "AKTIF" and plan == "steady":
                plan = "low"
            p.plan = plan
            gen_plan(p, plan)
            lst.append(p)
        PEOPLE[kode] = lst

    # (a) transfer from Kota Semarang to Provinsi Jawa Tengah after CW1
    p = make_person(TRANSFER_FROM, jenis_pegawai="PNS", tmt=D(2015, 5, 1))
    p.jenis_jabatan, p.jabatan, p.unit = "FUNGSIONAL", "Analis Kebijakan Ahli Muda", "Badan Perencanaan Pembangunan Daerah"
    p.roster = {(TRANSFER_FROM, 1): "AKTIF", (TRANSFER_FROM, 2): "MUTASI_KELUAR", (TRANSFER_FROM, 3): "MUTASI_KELUAR",
                (TRANSFER_TO, 2): "AKTIF", (TRANSFER_TO, 3): "AKTIF"}
    p.home = {1: TRANSFER_FROM, 2: TRANSFER_TO, 3: TRANSFER_TO}
    p.unit2, p.jabatan2 = "BKPSDM - Bidang Pengembangan Kompetensi", "Analis Kebijakan Ahli Muda"
    r1 = add_record(p, D(YEAR, 2, 12), Decimal(4), code=16, name="E-Learning Kebijakan Publik", fixed=True)
    r1.resend_jp = {2: Decimal(5)}       # Semarang resends it at CW2 with 5 JP (largest counts)
    add_record(p, D(YEAR, 3, 20), Decimal(6), code=8, name="Bimtek Penyusunan Anggaran", fixed=True)
    add_record(p, D(YEAR, 6, 18), Decimal(8), code=3, name="Pelatihan Teknis Penyusunan SKP", fixed=True)
    add_record(p, D(YEAR, 10, 7), Decimal(6), code=4, name="Workshop Manajemen Risiko", fixed=True)
    p.plan = "special"
    PEOPLE[TRANSFER_FROM].append(p)
    SPECIAL.append((p, "MUTASI_ANTAR_INSTANSI"))

    # (b) CPNS with tmt_asn 2026-07-01, first in Kementerian Agama's CW2 roster
    p = make_person("P009", jenis_pegawai="CPNS", tmt=D(YEAR, 7, 1))
    p.jenis_jabatan, p.jabatan, p.golongan = "FUNGSIONAL", "Guru Ahli Pertama", "III/a"
    p.roster = {("P009", 2): "AKTIF", ("P009", 3): "AKTIF"}
    p.home = {2: "P009", 3: "P009"}
    add_record(p, D(YEAR, 8, 14), Decimal(4), code=7, name="Sosialisasi Kode Etik dan Kode Perilaku ASN", fixed=True)
    add_record(p, D(YEAR, 10, 22), Decimal(4), code=16, name="E-Learning Manajemen ASN", fixed=True)
    p.plan = "special"
    PEOPLE["P009"].append(p)
    SPECIAL.append((p, "CPNS_TMT_2026_07"))

    # (c) CPNS with tmt_asn 2026-03-01, in Kabupaten Bandung's roster from CW1
    p = make_person("32.04", jenis_pegawai="CPNS", tmt=D(YEAR, 3, 1))
    p.jenis_jabatan, p.jabatan, p.golongan = "PELAKSANA", "Pengolah Data dan Informasi", "II/a"
    for k in (1, 2, 3):
        p.roster[("32.04", k)] = "AKTIF"
        p.home[k] = "32.04"
    add_record(p, D(YEAR, 4, 9), Decimal(4), code=7, name="Sosialisasi Sistem Merit", fixed=True)
    add_record(p, D(YEAR, 7, 3), Decimal(6), code=16, name="E-Learning Anti Korupsi", fixed=True)
    add_record(p, D(YEAR, 11, 12), Decimal(8), code=8, name="Bimtek Aplikasi SIASN", fixed=True)
    p.plan = "special"
    PEOPLE["32.04"].append(p)
    SPECIAL.append((p, "CPNS_TMT_2026_03"))

    # (d) exactly 300 minutes = 6.67 JP at CW1 (just above the 6.666... cumulative target)
    p = make_person("P009", jenis_pegawai="PNS")
    p.status = "AKTIF"
    for k in (1, 2, 3):
        p.roster[("P009", k)] = "AKTIF"
        p.home[k] = "P009"
    add_record(p, D(YEAR, 3, 5), Decimal(0), code=14, name="Coaching Kinerja Pegawai", durasi=300, fixed=True)
    add_record(p, D(YEAR, 9, 16), Decimal(14), code=3, name="Pelatihan Teknis Pelayanan Prima", fixed=True)
    p.plan = "special"
    PEOPLE["P009"].append(p)
    SPECIAL.append((p, "BATAS_PEMBULATAN_6_67"))

    # (e) only a 2025 record at CW1 (accepted, but not counted in 2026)
    p = make_person("P009", jenis_pegawai="PNS")
    for k in (1, 2, 3):
        p.roster[("P009", k)] = "AKTIF"
        p.home[k] = "P009"
    add_record(p, D(YEAR - 1, 12, 10), Decimal(12), code=3, name="Pelatihan Pengadaan Barang/Jasa Pemerintah", fixed=True)
    add_record(p, D(YEAR, 6, 2), Decimal(10), code=11, name="Kursus Bahasa Inggris", fixed=True)
    p.plan = "special"
    PEOPLE["P009"].append(p)
    SPECIAL.append((p, "HANYA_JP_TAHUN_LALU_DI_CW1"))

    # (f) Provinsi Jawa Tengah resends a CW1 record at CW2 with a larger JP
    p = make_person("33", jenis_pegawai="PPPK")
    for k in (1, 2, 3):
        p.roster[("33", k)] = "AKTIF"
        p.home[k] = "33"
    r = add_record(p, D(YEAR, 4, 16), Decimal(6), code=8, name="Bimtek Kurikulum Merdeka", fixed=True)
    r.resend_jp = {2: Decimal(8), 3: Decimal(8)}
    add_record(p, D(YEAR, 7, 21), Decimal(6), code=16, name="E-Learning Pelayanan Publik Inklusif", fixed=True)
    add_record(p, D(YEAR, 9, 30), Decimal(6), code=23, name="Komunitas Belajar Guru Penggerak", fixed=True)
    p.plan = "special"
    PEOPLE["33"].append(p)
    SPECIAL.append((p, "JP_TERBESAR_SAAT_KIRIM_ULANG"))

    # a few records finished in December 2025, sent at CW1 (accepted, not counted in 2026)
    for kode in ("P009", "33"):
        for p in R.sample(PEOPLE[kode][:-3], 8):
            add_record(p, D(YEAR - 1, 12, R.randint(1, 20)), Decimal(R.choice([4, 6, 8])))


# --------------------------------------------------------------------------------------------
# Rows of each dataset of each submission
# --------------------------------------------------------------------------------------------
class Row:
    def __init__(self, ds, vals, fault=None, model=True):
        self.ds, self.vals, self.fault, self.model = ds, vals, fault, model
        self.raw = {}          # column -> raw override (string) or ("nipnum", text)
        self.dup_of = None     # BARIS_GANDA: identical rendering of that row


SUB = {}    # (kode, k) -> {"pegawai": [Row], "bangkom": [Row], "training_rate": [Row]}


def pegawai_vals(p, kode, k):
    moved = getattr(p, "unit2", None) and kode == TRANSFER_TO
    return dict(nip=p.nip, nama=p.nama, jenis_pegawai=p.jenis_pegawai, jenis_jabatan=p.jenis_jabatan,
                jabatan=p.jabatan2 if moved else p.jabatan, unit_kerja=p.unit2 if moved else p.unit,
                golongan=p.golongan, tmt_asn=p.tmt, status=p.roster[(kode, k)])


def bangkom_vals(r, jp=None, name=None):
    return dict(nip=r.nip, nama_kegiatan=name or r.name, jenis_diklat=r.code, tanggal_mulai=r.mulai,
                tanggal_selesai=r.selesai, jp=jp if jp is not None else r.jp, durasi_menit=r.durasi,
                penyelenggara=r.penyelenggara, nomor_sertifikat=r.sertifikat)


def name_variant(n):
    v = R.choice(["upper", "spaces", "lower"])
    if v == "upper":
        return n.upper()
    if v == "lower":
        return n.lower()
    words = n.split(" ")
    return "  ".join(words) + " "


def build_rows():
    for inst in SAMPLE:
        for k in inst["submits"]:
            SUB[(inst["kode"], k)] = {"pegawai": [], "bangkom": [], "training_rate": []}
    everyone = [p for lst in PEOPLE.values() for p in lst]
    for p in everyone:
        for (kode, k), st in p.roster.items():
            if (kode, k) in SUB:
                SUB[(kode, k)]["pegawai"].append(Row("pegawai", pegawai_vals(p, kode, k)))
    multiline_done = False
    for p in everyone:
        for r in p.records:
            ps = period_of(r.selesai)
            sender = p.home.get(ps)
            inst = INST[sender]
            if not inst["submits"]:
                continue
            sp = ps
            if not r.fixed and ps < 3 and R.random() < inst["late"]:
                sp = ps + 1
            later = [j for j in inst["submits"] if j >= sp]
            if not later:
                continue
            sends = later if inst["resend"] else later[:1]
            name0 = r.name
            if (sender == "33" and not multiline_done and len(name0.split()) >= 4 and p.plan != "special"
                    and r.selesai.year == YEAR and ps == 1):
                w = name0.split(" ")
                name0 = " ".join(w[:2]) + "\n" + " ".join(w[2:])      # quoted field with a line break
                multiline_done = True
                r.multiline = True
            for i, j in enumerate(sends):
                jp, name = r.jp, (name0 if i == 0 else r.name)
                if i > 0:
                    if hasattr(r, "resend_jp"):
                        jp = r.resend_jp.get(j, jp)
                    elif not r.fixed and R.random() < 0.03:
                        jp = max(Decimal(1), r.jp + R.choice([-2, -1, 1, 2, 4]))
                    if not r.fixed and R.random() < 0.03:
                        name = name_variant(r.name)
                vals = bangkom_vals(r, jp=jp, name=name)
                if jp != r.jp:
                    vals["durasi_menit"] = None
                SUB[(sender, j)]["bangkom"].append(Row("bangkom", vals))
            # Kabupaten Yahukimo uploads its CW3 training plan already at CW2 -> rejected
            if sender == "95.03" and ps == 3:
                SUB[("95.03", 2)]["bangkom"].append(Row("bangkom", bangkom_vals(r), "TANGGAL_DI_LUAR_PERIODE", False))
    assert multiline_done
    # training rate
    for inst in SAMPLE:
        if not inst["tr"]:
            continue
        base = R.randint(45, 85)
        for k in inst["submits"]:
            for ins, ind in (("PERENCANAAN", "PR1"), ("PERENCANAAN", "PR2"), ("PERENCANAAN", "PR3"),
                             ("PELAKSANAAN", "PL2"), ("MONEV", "MO1"), ("MONEV", "MO2")):
                v = Decimal(min(100, max(0, base + 4 * k + R.randint(-25, 15))))
                if R.random() < 0.3:
                    v = min(Decimal(100), v + Decimal("0.5"))
                bukti = R.choice(["", "Dokumen AKP %d" % YEAR, "SK Rencana Bangkom %d" % YEAR,
                                  "https://bukti.instansi.example/%s/%s" % (inst["kode"].replace(".", "-"), ind)])
                SUB[(inst["kode"], k)]["training_rate"].append(
                    Row("training_rate", dict(instrumen=ins, indikator=ind, nilai=v, bukti=bukti)))
    # ordering
    for (kode, k), s in SUB.items():
        s["pegawai"].sort(key=lambda row: (row.vals["unit_kerja"], row.vals["nama"]))
        s["bangkom"].sort(key=lambda row: (row.vals["tanggal_selesai"], row.vals["nip"]))


def roster_person(kode, k, rng):
    """A non-special AKTIF person in the roster of (kode, k) (for bangkom rows carrying one fault)."""
    ok = [p for p in PEOPLE[kode] if p.roster.get((kode, k)) == "AKTIF" and p.plan != "special"]
    return rng.choice(ok)


def insert(rows, row, after=None):
    lo = 0 if after is None else rows.index(after) + 1
    rows.insert(R.randint(lo, len(rows)), row)


FAULTS = [
    ("P009", 1, "pegawai", "NIP_FORMAT", "17digit"),
    ("P009", 1, "pegawai", "NILAI_TIDAK_DIKENAL", "honorer"),
    ("P009", 1, "bangkom", "TANGGAL_FORMAT", "31/02/2026"),
    ("P009", 1, "bangkom", "JP_FORMAT", "dua"),
    ("P009", 1, "bangkom", "BARIS_GANDA", "dup"),
    ("P009", 2, "bangkom", "TANGGAL_DI_LUAR_PERIODE", "future"),
    ("P009", 2, "bangkom", "NIP_TIDAK_TERDAFTAR", "fresh"),
    ("P009", 3, "pegawai", "NIP_GANDA", "ganda"),
    ("P009", 3, "training_rate", "NILAI_TIDAK_DIKENAL", "px9"),
    ("P011", 1, "pegawai", "NIP_FORMAT", "numeric"),
    ("P011", 1, "pegawai", "NIP_JENIS_KELAMIN", "3"),
    ("P011", 1, "bangkom", "JP_TIDAK_WAJAR", "0"),
    ("P011", 2, "bangkom", "KOLOM_WAJIB_KOSONG", "nama_kegiatan"),
    ("P011", 2, "bangkom", "TANGGAL_URUTAN", ""),
    ("P011", 3, "pegawai", "NIP_FORMAT", "numeric"),
    ("P011", 3, "bangkom", "JP_TIDAK_WAJAR", "1500"),
    ("P038", 1, "pegawai", "NIP_TANGGAL_LAHIR", "m13"),
    ("P038", 1, "bangkom", "TANGGAL_FORMAT", "kemarin"),
    ("P038", 2, "pegawai", "NIP_GANDA", "ganda"),
    ("P038", 2, "training_rate", "BARIS_GANDA", "dup"),
    ("P049", 1, "pegawai", "KOLOM_WAJIB_KOSONG", "unit_kerja"),
    ("33", 1, "pegawai", "NIP_JENIS_KELAMIN", "0"),
    ("33", 1, "bangkom", "TANGGAL_DI_LUAR_PERIODE", "old"),
    ("33", 2, "bangkom", "TANGGAL_URUTAN", ""),
    ("33", 2, "pegawai", "TANGGAL_DI_LUAR_PERIODE", "tmt"),
    ("81", 1, "bangkom", "JP_TIDAK_WAJAR", "1500"),
    ("81", 3, "pegawai", "NIP_TANGGAL_LAHIR", "feb31"),
    ("32.04", 1, "pegawai", "KOLOM_WAJIB_KOSONG", "unit_kerja"),
    ("32.04", 2, "bangkom", "JP_FORMAT", "dua"),
    ("32.04", 3, "bangkom", "NIP_TIDAK_TERDAFTAR", "other"),
    ("32.04", 3, "bangkom", "BARIS_GANDA", "dup"),
    ("53.01", 1, "pegawai", "NIP_FORMAT", "letters"),
    ("53.01", 3, "bangkom", "TANGGAL_FORMAT", "kemarin"),
    ("33.74", 1, "pegawai", "NIP_FORMAT", "numeric"),
    ("33.74", 2, "bangkom", "NIP_TIDAK_TERDAFTAR", "fresh"),
    ("33.74", 3, "training_rate", "NILAI_TIDAK_DIKENAL", "px9"),
    ("64.72", 2, "bangkom", "JP_TIDAK_WAJAR", "0"),
    ("64.72", 3, "bangkom", "KOLOM_WAJIB_KOSONG", "nama_kegiatan"),
]


def inject_faults():
    for kode, k, ds, code, how in FAULTS:
        rows = SUB[(kode, k)][ds]
        if ds == "pegawai" and code != "NIP_GANDA":
            if how == "tmt":
                p = make_person(kode, jenis_pegawai="CPNS", tmt=D(YEAR, END[k].month + 2, 1))
            else:
                p = make_person(kode, jenis_pegawai="PNS")
            v = dict(nip=p.nip, nama=p.nama, jenis_pegawai=p.jenis_pegawai, jenis_jabatan=p.jenis_jabatan,
                     jabatan=p.jabatan, unit_kerja=p.unit, golongan=p.golongan, tmt_asn=p.tmt, status="AKTIF")
            row = Row("pegawai", v, code, False)
            nip = p.nip
            if how == "17digit":
                v["nip"] = nip[:-1]
            elif how == "letters":
                v["nip"] = nip[:10] + "O" + nip[11:]
            elif how == "numeric":
                row.raw["nip"] = ("nipnum", "%.14E" % int(nip))
            elif how in ("3", "0"):
                v["nip"] = nip[:14] + how + nip[15:]
            elif how == "m13":
                v["nip"] = nip[:4] + "13" + nip[6:]
            elif how == "feb31":
                v["nip"] = nip[:4] + "0231" + nip[8:]
            elif how == "honorer":
                v["jenis_pegawai"] = "HONORER"
            elif how == "unit_kerja":
                v["unit_kerja"] = ""
            NIPS.add(v["nip"])
            insert(rows, row)
        elif ds == "pegawai":         # NIP_GANDA: same NIP listed again, with another jabatan
            cands = [r for r in rows if r.vals["status"] == "AKTIF" and r.fault is None and
                     r.vals["nip"] not in {sp.nip for sp, _ in SPECIAL}]
            orig = R.choice(cands)
            v = dict(orig.vals)
            v["jabatan"] = R.choice(PELAKSANA + PENGAWAS)
            if v["jabatan"] == orig.vals["jabatan"]:
                v["jabatan"] = "Plt. " + v["jabatan"]
            insert(rows, Row("pegawai", v, code, False), after=orig)
        elif ds == "bangkom" and how == "dup":
            orig = R.choice([r for r in rows if r.fault is None])
            row = Row("bangkom", dict(orig.vals), code, False)
            row.dup_of = orig
            insert(rows, row, after=orig)
        elif ds == "bangkom":
            p = roster_person(kode, k, R)
            sel = START[k] + dt.timedelta(days=R.randint(10, 60))
            v = dict(nip=p.nip, nama_kegiatan=R.choice(DIKLAT_NAMES[3]), jenis_diklat=3, tanggal_mulai=sel - dt.timedelta(days=1),
                     tanggal_selesai=sel, jp=Decimal(8), durasi_menit=None, penyelenggara="BPSDM Provinsi",
                     nomor_sertifikat="")
            row = Row("bangkom", v, code, False)
            if how == "31/02/2026":
                v["tanggal_mulai"] = D(YEAR, 2, 27)
                row.raw["tanggal_selesai"] = "31/02/2026"
            elif how == "kemarin":
                row.raw["tanggal_selesai"] = "kemarin"
            elif how == "dua":
                row.raw["jp"] = "dua"
            elif how == "future":
                v["tanggal_selesai"] = END[k] + dt.timedelta(days=15)
                v["tanggal_mulai"] = v["tanggal_selesai"] - dt.timedelta(days=2)
            elif how == "old":
                v["tanggal_mulai"], v["tanggal_selesai"] = D(YEAR - 2, 11, 18), D(YEAR - 2, 11, 20)
            elif code == "TANGGAL_URUTAN":
                v["tanggal_mulai"] = sel + dt.timedelta(days=3)
            elif how in ("0", "1500"):
                v["jp"] = Decimal(how)
            elif how == "nama_kegiatan":
                v["nama_kegiatan"] = ""
            elif how == "fresh":
                q = make_person(kode, jenis_pegawai="PNS")
                v["nip"] = q.nip
            elif how == "other":
                v["nip"] = R.choice([x for x in PEOPLE["P009"] if x.plan != "special"]).nip
            insert(rows, row)
        elif ds == "training_rate":
            if how == "dup":
                orig = R.choice(rows)
                row = Row("training_rate", dict(orig.vals), code, False)
                row.dup_of = orig
                insert(rows, row, after=orig)
            else:
                v = dict(instrumen="PELAKSANAAN", indikator="PX9", nilai=Decimal(70), bukti="")
                insert(rows, Row("training_rate", v, code, False))


# --------------------------------------------------------------------------------------------
# Rendering: model values -> cells (type, value); type in s (text), n (number), d (date), nipnum
# --------------------------------------------------------------------------------------------
def fmt_dec(x, dec):
    if x == x.to_integral_value():
        s = str(int(x))
    else:
        s = format(x.normalize(), "f")
    return s.replace(".", dec)


def render_nip(nip, prof):
    if len(nip) == 18 and nip.isdigit() and R.random() < prof["nipstyle"]:
        sep = R.choice([" ", "."])
        if nip[12:14] in ("21", "24"):       # PPPK layout
            parts = [nip[:8], nip[8:12], nip[12:14], nip[14], nip[15:]]
        else:
            parts = [nip[:8], nip[8:14], nip[14], nip[15:]]
        return sep.join(parts)
    return nip


def render_row(row, prof, cols):
    if row.dup_of is not None:
        return list(row.dup_of.cells)
    v = row.vals
    xlsx = prof["container"].startswith("xlsx")
    jsn = prof["container"] == "json"
    cells = []
    for c in cols:
        if c in row.raw:
            raw = row.raw[c]
            cells.append(raw if isinstance(raw, tuple) else ("s", raw))
            continue
        x = v.get(c)
        if c == "nip":
            cells.append(("s", render_nip(x, prof)))
        elif c in ("tmt_asn", "tanggal_mulai", "tanggal_selesai"):
            if xlsx and R.random() < prof["datecell"]:
                cells.append(("d", x))
            else:
                cells.append(("s", fmt_date(x, R.choice(prof["dates"]))))
        elif c == "jenis_diklat":
            if x in DIKLAT_LABEL and R.random() < prof["dname"]:
                cells.append(("s", DIKLAT_LABEL[x]))
            elif xlsx and R.random() < 0.5 or jsn:
                cells.append(("n", str(x)))
            else:
                cells.append(("s", str(x)))
        elif c == "jalur":
            cells.append(("s", jalur_of(v["jenis_diklat"]) if R.random() < 0.7 else ""))
        elif c == "jp":
            if prof["durasi"] and v.get("durasi_menit"):
                cells.append(("s", ""))
            elif (xlsx or jsn) and R.random() >= prof["jptext"]:
                cells.append(("n", fmt_dec(x, ".")))
            else:
                cells.append(("s", fmt_dec(x, prof["dec"])))
        elif c == "durasi_menit":
            if v.get("durasi_menit"):
                cells.append(("n" if (xlsx or jsn) else "s", str(v["durasi_menit"])))
            else:
                cells.append(("s", ""))
        elif c == "nilai":
            cells.append(("n", fmt_dec(x, ".")) if (xlsx or jsn) else ("s", fmt_dec(x, prof["dec"])))
        else:
            cells.append(("s", "" if x is None else str(x)))
    return cells


def columns(ds, prof):
    cols = list(COLS[ds])
    if ds == "bangkom":
        if not prof["jalur"]:
            cols.remove("jalur")
        if not prof["durasi"]:
            cols.remove("durasi_menit")
    order = (prof["order"] or {}).get(ds)
    if order:
        cols = order + [c for c in cols if c not in order]
    return cols


# --------------------------------------------------------------------------------------------
# Independent check of the rendered cells against the validation rules
# --------------------------------------------------------------------------------------------
MONTHS = {m.lower(): i + 1 for i, m in enumerate(BULAN)}
ENUMS = {"jenis_pegawai": {"PNS", "CPNS", "PPPK"},
         "jenis_jabatan": {"JPT", "ADMINISTRATOR", "PENGAWAS", "FUNGSIONAL", "PELAKSANA"},
         "status": {"AKTIF", "CLTN", "TUGAS_BELAJAR", "PENSIUN", "BERHENTI", "MUTASI_KELUAR"},
         "instrumen": {"PERENCANAAN", "PELAKSANAAN", "MONEV"},
         "indikator": {"PR1", "PR2", "PR3", "PL1", "PL2", "MO1", "MO2"},
         "jalur": {"KLASIKAL", "NONKLASIKAL"}}
REQUIRED = {"pegawai": ["nip", "nama", "jenis_pegawai", "jenis_jabatan", "unit_kerja", "tmt_asn", "status"],
            "bangkom": ["nip", "nama_kegiatan", "jenis_diklat", "tanggal_mulai", "tanggal_selesai"],
            "training_rate": ["instrumen", "indikator", "nilai"]}


def parse_date_cell(cell):
    t, s = cell
    if t == "d":
        return s
    s = s.strip()
    try:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
        if m:
            return D(int(m[1]), int(m[2]), int(m[3]))
        m = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", s) or re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", s)
        if m:
            return D(int(m[3]), int(m[2]), int(m[1]))
        m = re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", s)
        if m and m[2].lower() in MONTHS:
            return D(int(m[3]), MONTHS[m[2].lower()], int(m[1]))
    except ValueError:
        return None
    return None


def parse_num(cell):
    t, s = cell
    s = s.strip().replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d+)?", s):
        return None
    return Decimal(s)


def nip_fault(cell):
    if cell[0] == "nipnum":
        return "NIP_FORMAT", None
    s = cell[1].replace(" ", "").replace(".", "")
    if not re.fullmatch(r"\d{18}", s):
        return "NIP_FORMAT", None
    try:
        b = D(int(s[:4]), int(s[4:6]), int(s[6:8]))
        if not 1940 <= b.year <= YEAR - 17:
            return "NIP_TANGGAL_LAHIR", s
    except ValueError:
        return "NIP_TANGGAL_LAHIR", s
    if s[14] not in "12":
        return "NIP_JENIS_KELAMIN", s
    return None, s


def check_row(ds, c, k, state):
    """Faults of one rendered row (dict column -> cell). state: per-file seen rows/NIPs, roster."""
    key = tuple((t, str(v).strip()) for t, v in sorted(c.items()))
    if key in state["seen"]:
        return ["BARIS_GANDA"]
    state["seen"].add(key)
    faults = []
    empty = lambda col: col not in c or str(c[col][1]).strip() == ""
    for col in REQUIRED[ds]:
        if empty(col):
            faults.append("KOLOM_WAJIB_KOSONG")
    if ds == "bangkom" and empty("jp") and empty("durasi_menit"):
        faults.append("KOLOM_WAJIB_KOSONG")
    nip = None
    if "nip" in c and not empty("nip"):
        f, nip = nip_fault(c["nip"])
        if f:
            faults.append(f)
    if ds == "pegawai":
        for col in ("jenis_pegawai", "jenis_jabatan", "status"):
            if not empty(col) and c[col][1].strip() not in ENUMS[col]:
                faults.append("NILAI_TIDAK_DIKENAL")
        if not empty("tmt_asn"):
            d = parse_date_cell(c["tmt_asn"])
            if d is None:
                faults.append("TANGGAL_FORMAT")
            elif d > END[k]:
                faults.append("TANGGAL_DI_LUAR_PERIODE")
        if nip and not faults:
            if nip in state["nips"]:
                faults.append("NIP_GANDA")
            else:
                state["nips"].add(nip)
    elif ds == "bangkom":
        if nip and nip not in state["roster"]:
            faults.append("NIP_TIDAK_TERDAFTAR")
        if not empty("jenis_diklat"):
            s = str(c["jenis_diklat"][1]).strip()
            if not ((s.isdigit() and 1 <= int(s) <= 25) or s in DIKLAT_LABEL.values()):
                faults.append("NILAI_TIDAK_DIKENAL")
        if not empty("jalur") and c["jalur"][1] not in ENUMS["jalur"]:
            faults.append("NILAI_TIDAK_DIKENAL")
        dm = parse_date_cell(c["tanggal_mulai"]) if not empty("tanggal_mulai") else None
        ds_ = parse_date_cell(c["tanggal_selesai"]) if not empty("tanggal_selesai") else None
        for col, d in (("tanggal_mulai", dm), ("tanggal_selesai", ds_)):
            if not empty(col) and d is None:
                faults.append("TANGGAL_FORMAT")
        if dm and ds_ and ds_ < dm:
            faults.append("TANGGAL_URUTAN")
        if ds_ and (ds_ > END[k] or ds_ < OLDEST):
            faults.append("TANGGAL_DI_LUAR_PERIODE")
        if not empty("jp"):
            x = parse_num(c["jp"])
            if x is None:
                faults.append("JP_FORMAT")
            elif x <= 0 or x > JP_MAX:
                faults.append("JP_TIDAK_WAJAR")
        elif not empty("durasi_menit"):
            x = parse_num(c["durasi_menit"])
            if x is None:
                faults.append("JP_FORMAT")
            elif jp_from_minutes(x) <= 0 or jp_from_minutes(x) > JP_MAX:
                faults.append("JP_TIDAK_WAJAR")
    else:
        for col in ("instrumen", "indikator"):
            if not empty(col) and c[col][1].strip() not in ENUMS[col]:
                faults.append("NILAI_TIDAK_DIKENAL")
        if not empty("nilai"):
            x = parse_num(c["nilai"])
            if x is None or not 0 <= x <= 100:
                faults.append("NILAI_TIDAK_DIKENAL")
    return faults


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------
ZIP_TIME = (2026, 1, 1, 0, 0, 0)
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<styleSheet xmlns="%s"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
          '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
          '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
          '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>') % NS


def col_letter(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def sheet_xml(header, rows):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="%s"><sheetData>' % NS]
    allrows = [[("s", h) for h in header]] + rows
    for ri, cells in enumerate(allrows, 1):
        out.append('<row r="%d">' % ri)
        for ci, (t, v) in enumerate(cells):
            if v is None or (t == "s" and v == ""):
                continue
            ref = "%s%d" % (col_letter(ci), ri)
            if t == "s":
                out.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, escape(v)))
            elif t in ("n", "nipnum"):
                out.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            elif t == "d":
                out.append('<c r="%s" s="1"><v>%d</v></c>' % (ref, (v - D(1899, 12, 30)).days))
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out)


def write_xlsx(path, sheets):
    """sheets: list of (name, header, rows)."""
    n = len(sheets)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(n))
          + "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="%s" xmlns:r="%s"><sheets>' % (NS, RNS)
          + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (escape(s[0]), i + 1, i + 1) for i, s in enumerate(sheets))
          + "</sheets></workbook>")
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(n))
              + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1)
              + "</Relationships>")
    parts = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
             ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", STYLES)]
    for i, (name, header, rows) in enumerate(sheets):
        parts.append(("xl/worksheets/sheet%d.xml" % (i + 1), sheet_xml(header, rows)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))


def write_csv(path, header, rows, prof):
    with open(path, "w", encoding=prof["enc"], newline="") as f:
        w = csv.writer(f, delimiter=prof["sep"], lineterminator="\r\n")
        w.writerow(header)
        for cells in rows:
            w.writerow([v for _, v in cells])


def json_value(t, v):
    if t == "n":
        x = Decimal(v)
        return int(x) if x == x.to_integral_value() else float(x)
    return v


def write_json(path, header, rows):
    arr = []
    for cells in rows:
        obj = {}
        for h, (t, v) in zip(header, cells):
            if t == "s" and v == "":
                continue            # empty optional values are simply left out
            obj[h] = json_value(t, v)
        arr.append(obj)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        json.dump(arr, f, ensure_ascii=False, indent=1)
        f.write("\n")


# --------------------------------------------------------------------------------------------
# Emit files, check rows, collect row counts and rejections
# --------------------------------------------------------------------------------------------
PENOLAKAN = []     # (kode, periode, dataset, berkas, nomor_baris, kode_alasan)
BARIS = []         # (kode, periode, berkas, dibaca, ditolak)
FILES = []


def emit():
    if os.path.isdir(SAMPLES):
        shutil.rmtree(SAMPLES)
    os.makedirs(EXPECTED)
    for (kode, k), s in sorted(SUB.items(), key=lambda x: (x[0][0], x[0][1])):
        prof = profile(kode, k)
        folder = os.path.join(INBOX, kode)
        cont = prof["container"]
        ext = {"csv": "csv", "json": "json", "xlsx_files": "xlsx", "xlsx_book": "xlsx"}[cont]
        book = []
        roster = set()
        for ds in ("pegawai", "bangkom", "training_rate"):
            rows = s[ds]
            if not rows:
                continue
            cols = columns(ds, prof)
            header = [HDR[prof["hdr"]].get(c, c) for c in cols]
            state = {"seen": set(), "nips": set(), "roster": roster}
            rendered = []
            berkas = "%s.xlsx#%s" % (per(k), ds) if cont == "xlsx_book" else "%s.%s" % (ds, ext)
            first = 1 if cont == "json" else 2
            for i, row in enumerate(rows):
                row.cells = render_row(row, prof, cols)
                got = check_row(ds, dict(zip(cols, row.cells)), k, state)
                want = [row.fault] if row.fault else []
                if got != want:
                    sys.exit("self-check failed %s %s %s row %d: want %s got %s %s" %
                             (kode, per(k), ds, i + first, want, got, row.cells))
                if row.fault:
                    PENOLAKAN.append((kode, per(k), ds, berkas, i + first, row.fault))
                rendered.append(row.cells)
            if ds == "pegawai":
                roster.update(state["nips"])
            if prof["enc"] == "cp1252" and ds == "pegawai":
                assert any(ch in "".join(str(v) for c in rendered for _, v in c) for ch in "éëö"), "cp1252 sample"
            BARIS.append((kode, per(k), berkas, len(rows), sum(1 for r in rows if r.fault)))
            if cont == "xlsx_book":
                book.append((ds, header, rendered))
                continue
            d = os.path.join(folder, per(k))
            os.makedirs(d, exist_ok=True)
            path = os.path.join(d, "%s.%s" % (ds, ext))
            if cont == "csv":
                write_csv(path, header, rendered, prof)
            elif cont == "json":
                write_json(path, header, rendered)
            else:
                write_xlsx(path, [(ds, header, rendered)])
            FILES.append(path)
        if book:
            os.makedirs(folder, exist_ok=True)
            path = os.path.join(folder, "%s.xlsx" % per(k))
            write_xlsx(path, book)
            FILES.append(path)


# --------------------------------------------------------------------------------------------
# Expected figures (SPEC section 3), from the in-memory rows
# --------------------------------------------------------------------------------------------
def annual_target(tmt):
    if tmt.year == YEAR:
        m = 12 - tmt.month + 1
        return -(-ANNUAL * m // 12), m
    return ANNUAL, 12


def targets(tmt, k):
    annual, served_year = annual_target(tmt)
    if tmt.year == YEAR:
        served = max(0, 4 * k - tmt.month + 1)
    else:
        served = 4 * k
    return annual, Fraction(annual * served, served_year)


def status_of(jp, annual, cum):
    if jp >= annual:
        return "MEMENUHI"
    if jp >= cum:
        return "SESUAI_TARGET"
    if jp > 0:
        return "TERTINGGAL"
    return "BELUM_ADA_JP"


def row_jp(v):
    return v["jp"] if v["jp"] is not None and not v.get("durasi_menit") else (
        jp_from_minutes(v["durasi_menit"]) if v.get("durasi_menit") else v["jp"])


def compute():
    jp_at = {}
    for k in (1, 2, 3):
        best = {}
        for (kode, j), s in SUB.items():
            if j > k:
                continue
            for row in s["bangkom"]:
                if row.fault:
                    continue
                v = row.vals
                if v["tanggal_selesai"].year != YEAR or v["tanggal_selesai"] > END[k]:
                    continue
                key = (v["nip"], " ".join(v["nama_kegiatan"].split()).lower(), v["tanggal_mulai"], v["tanggal_selesai"])
                best[key] = max(best.get(key, Decimal(0)), row_jp(v))
        tot = {}
        for (nip, _, _, _), jp in best.items():
            tot[nip] = tot.get(nip, Decimal(0)) + jp
        jp_at[k] = tot

    inst_rows, nat_rows, pers = [], [], {}
    for k in (1, 2, 3):
        nat = dict(melapor=0, peg=0, MEMENUHI=0, SESUAI_TARGET=0, TERTINGGAL=0, BELUM_ADA_JP=0)
        for inst in SAMPLE:
            kode = inst["kode"]
            s = SUB.get((kode, k))
            if s is None or not s["pegawai"]:
                inst_rows.append([YEAR, k, kode, "false", "", "", "", "", "", "DATA"])
                continue
            pop = [r.vals for r in s["pegawai"] if r.fault is None and r.vals["status"] == "AKTIF"]
            cnt = dict(MEMENUHI=0, SESUAI_TARGET=0, TERTINGGAL=0, BELUM_ADA_JP=0)
            for v in pop:
                annual, cum = targets(v["tmt_asn"], k)
                jp = jp_at[k].get(v["nip"], Decimal(0))
                st = status_of(Fraction(jp), annual, cum)
                cnt[st] += 1
                pers[(v["nip"], k)] = (kode, jp, annual, cum, st)
            read = sum(len(s[d]) for d in s)
            rej = sum(1 for d in s for r in s[d] if r.fault)
            on = cnt["MEMENUHI"] + cnt["SESUAI_TARGET"]
            if not pop or Fraction(rej, read) > LEVEL_REJECT_SHARE:
                level = "DATA"
            elif on == len(pop):
                level = "HIJAU"
            elif Fraction(on, len(pop)) >= KUNING_SHARE:
                level = "KUNING"
            else:
                level = "MERAH"
            inst_rows.append([YEAR, k, kode, "true", len(pop), cnt["MEMENUHI"], cnt["SESUAI_TARGET"],
                              cnt["TERTINGGAL"], cnt["BELUM_ADA_JP"], level])
            nat["melapor"] += 1
            nat["peg"] += len(pop)
            for st in cnt:
                nat[st] += cnt[st]
            inst.setdefault("stats", {})[k] = (len(pop), cnt, rej, read, level)
        nat_rows.append([YEAR, k, nat["melapor"], nat["peg"], nat["MEMENUHI"], nat["SESUAI_TARGET"],
                         nat["TERTINGGAL"], nat["BELUM_ADA_JP"]])
    return inst_rows, nat_rows, pers


def write_expected(inst_rows, nat_rows, pers):
    def w(name, header, rows):
        path = os.path.join(EXPECTED, name)
        with open(path, "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f, lineterminator="\n")
            cw.writerow(header)
            cw.writerows(rows)
        FILES.append(path)
        with open(path, encoding="utf-8", newline="") as f:       # parse back: row count check
            assert len(list(csv.reader(f))) == len(rows) + 1, name

    w("kepatuhan_instansi.csv", ["tahun", "caturwulan", "kode_instansi", "melapor", "jumlah_pegawai", "jumlah_memenuhi",
                                 "jumlah_sesuai_target", "jumlah_tertinggal", "jumlah_belum_ada_jp", "level"], inst_rows)
    w("kepatuhan_nasional.csv", ["tahun", "caturwulan", "jumlah_instansi_melapor", "jumlah_pegawai", "jumlah_memenuhi",
                                 "jumlah_sesuai_target", "jumlah_tertinggal", "jumlah_belum_ada_jp"], nat_rows)
    w("penolakan.csv", ["kode_instansi", "periode", "dataset", "berkas", "nomor_baris", "kode_alasan"], PENOLAKAN)
    w("baris.csv", ["kode_instansi", "periode", "berkas", "baris_dibaca", "baris_ditolak"], BARIS)
    rows = []
    for p, kasus in SPECIAL:
        for k in (1, 2, 3):
            if (p.nip, k) in pers:
                kode, jp, annual, cum, st = pers[(p.nip, k)]
                # Shown rounded up, as the transforms publish it (docs/warehouse.md): 40/3 -> 13.34.
                cum2 = (Decimal(cum.numerator) / Decimal(cum.denominator)).quantize(Decimal("0.01"), rounding=ROUND_CEILING)
                rows.append([p.nip, kasus, kode, YEAR, k, p.tmt.isoformat(), "%.2f" % jp, annual, "%.2f" % cum2, st])
    w("pegawai_khusus.csv", ["nip", "kasus", "kode_instansi", "tahun", "caturwulan", "tmt_asn", "jp", "target_tahunan",
                             "target_kumulatif", "status"], rows)
    return rows


# --------------------------------------------------------------------------------------------
# Verification and summary
# --------------------------------------------------------------------------------------------
def verify_files():
    total = 0
    for path in FILES:
        total += os.path.getsize(path)
        if path.endswith(".xlsx"):
            with zipfile.ZipFile(path) as z:
                assert z.testzip() is None
                for name in z.namelist():
                    ET.fromstring(z.read(name))
        elif path.endswith(".json"):
            with open(path, encoding="utf-8") as f:
                assert isinstance(json.load(f), list)
    # CSV inbox files: parse back and compare the number of records with the model
    for kode, periode, berkas, dibaca, _ in BARIS:
        if berkas.endswith(".csv"):
            prof = profile(kode, int(periode[-1]))
            with open(os.path.join(INBOX, kode, periode, berkas), encoding=prof["enc"], newline="") as f:
                recs = list(csv.reader(f, delimiter=prof["sep"]))
            assert len(recs) == dibaca + 1, (kode, periode, berkas, len(recs), dibaca)
    assert total < 5 * 1024 * 1024, total
    return total


def summary(inst_rows, nat_rows, khusus, total):
    print("%-6s %-3s %5s %5s %5s %5s %5s %6s %s" % ("kode", "cw", "pop", "MEM", "SES", "TTG", "BEL", "tolak%", "level"))
    levels = {}
    for inst in SAMPLE:
        for k in (1, 2, 3):
            st = inst.get("stats", {}).get(k)
            if st is None:
                print("%-6s %-3d %5s %5s %5s %5s %5s %6s %s" % (inst["kode"], k, "-", "-", "-", "-", "-", "-", "DATA (tidak melapor)"))
                levels.setdefault("DATA", []).append((inst["kode"], k))
                continue
            pop, cnt, rej, read, level = st
            print("%-6s %-3d %5d %5d %5d %5d %5d %6.1f %s" % (inst["kode"], k, pop, cnt["MEMENUHI"], cnt["SESUAI_TARGET"],
                                                         cnt["TERTINGGAL"], cnt["BELUM_ADA_JP"], 100.0 * rej / read, level))
            levels.setdefault(level, []).append((inst["kode"], k))
            if not (inst["kode"] == "95.03" and k == 2):
                assert Fraction(rej, read) <= Fraction(5, 100), (inst["kode"], k)
    for r in nat_rows:
        on = r[4] + r[5]
        print("nasional CW%d: melapor %d, pegawai %d, on track %.1f%%, memenuhi %.1f%%, 0 JP %d" %
              (r[1], r[2], r[3], 100.0 * on / r[3], 100.0 * r[4] / r[3], r[7]))
    for r in khusus:
        print("khusus", r)
    print("penolakan: %d rows, codes %s" % (len(PENOLAKAN), sorted({p[5] for p in PENOLAKAN})))
    print("files: %d, %.2f MB; employees (distinct NIPs in rosters): %d" % (
        len(FILES), total / 1048576.0,
        len({r.vals["nip"] for s in SUB.values() for r in s["pegawai"] if r.fault is None})))
    for lv in ("HIJAU", "KUNING", "MERAH", "DATA"):
        assert levels.get(lv), "no instansi at level " + lv
    assert ("95.03", 2) in levels["DATA"] and ("53.01", 2) in levels["DATA"] and ("81.08", 1) in levels["DATA"]
    assert all(("P049", k) in levels["HIJAU"] for k in (1, 2, 3))


def main():
    MASTERROWS.update(load_master())
    for inst in SAMPLE:
        assert inst["kode"] in MASTERROWS, inst["kode"]
    build_people()
    build_rows()
    inject_faults()
    emit()
    inst_rows, nat_rows, pers = compute()
    khusus = write_expected(inst_rows, nat_rows, pers)
    total = verify_files()
    summary(inst_rows, nat_rows, khusus, total)


if __name__ == "__main__":
    main()
