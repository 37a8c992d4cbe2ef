"""Example Airflow DAG: the caturwulan cycle of Sounding Bangkom as plain commands.

Every step is idempotent and keyed by period, and signals success by its exit code
(0 ok, 1 failure, 2 bad usage), so Airflow's retries and backfills are safe. The period is
derived from the logical date the way Airflow keys runs: a run scheduled on the first day after a
cut-off (02:00 Asia/Jakarta) computes the caturwulan that ended the day before.

The caturwulan calendar is read from the workspace, as ./bangkom reads it:
periode.bulan_akhir_cw1 and periode.bulan_akhir_cw2 in <BANGKOM_WORKSPACE>/bangkom.properties
(defaults 4 and 8; CW3 always ends in December). The schedule and the period follow it, so a
changed calendar moves this DAG as it moves ./bangkom scheduler (penjadwal.cron_siklus).

A second DAG, sounding_bangkom_eskalasi, runs every day at 07:00 Asia/Jakarta what the scheduler's
job "Eskalasi setelah tenggat" runs (penjadwal.cron_eskalasi): publish (the escalation ladder's
deadline rule is judged with that day's date), report sounding and sounding kirim of the latest
caturwulan that has ended. Each letter of each stage is sent once, so a day with no new stage sends
nothing.

Install: copy to the DAGs folder of a worker that has the repository at BANGKOM_HOME and the
workspace on a shared file system at BANGKOM_WORKSPACE (both may be set in the environment).
"""
import os
from pathlib import Path

import pendulum
from airflow import DAG
from airflow.operators.bash import BashOperator

BANGKOM_HOME = os.environ.get("BANGKOM_HOME", "/opt/sounding-bangkom")
BANGKOM_WORKSPACE = os.environ.get("BANGKOM_WORKSPACE", "/mnt/bangkom")


def kalender(workspace):
    """(last month of CW1, last month of CW2) from <workspace>/bangkom.properties, else (4, 8)."""
    nilai = {"periode.bulan_akhir_cw1": "4", "periode.bulan_akhir_cw2": "8"}
    berkas = Path(workspace) / "bangkom.properties"
    if berkas.is_file():
        for baris in berkas.read_text(encoding="utf-8").splitlines():
            baris = baris.strip()
            if not baris or baris[0] in "#!":
                continue
            posisi = [i for i in (baris.find("="), baris.find(":")) if i >= 0]
            if posisi:
                kunci, isi = baris[: min(posisi)].strip(), baris[min(posisi) + 1 :].strip()
                if kunci in nilai:
                    nilai[kunci] = isi
    cw1, cw2 = int(nilai["periode.bulan_akhir_cw1"]), int(nilai["periode.bulan_akhir_cw2"])
    if not 1 <= cw1 < cw2 < 12:
        raise ValueError(f"periode.bulan_akhir_cw1/2 tidak sah: {cw1} dan {cw2}")
    return cw1, cw2


def jadwal(cw1, cw2):
    """02:00 on the first day after each cut-off, as ./bangkom scheduler derives it."""
    return f"0 2 1 1,{cw1 + 1},{cw2 + 1} *"


def periode(akhir_interval, cw1, cw2):
    """The period that ended the day before the end of the data interval, e.g. 2026-CW1."""
    hari = akhir_interval - pendulum.duration(days=1)
    cw = 1 if hari.month <= cw1 else 2 if hari.month <= cw2 else 3
    return f"{hari.year}-CW{cw}"


def periode_berakhir(tanggal, cw1, cw2):
    """The latest caturwulan that has ended before the day of tanggal, e.g. 2026-CW1 in May."""
    if tanggal.month <= cw1:
        return f"{tanggal.year - 1}-CW3"
    return f"{tanggal.year}-CW1" if tanggal.month <= cw2 else f"{tanggal.year}-CW2"


CW1, CW2 = kalender(BANGKOM_WORKSPACE)
PERIODE = "{{ periode_bangkom(data_interval_end) }}"


def step(task_id, args):
    return BashOperator(
        task_id=task_id,
        bash_command=f"cd {BANGKOM_HOME} && ./bangkom {args} --workspace {BANGKOM_WORKSPACE}",
        retries=3,
        retry_exponential_backoff=True,
    )


with DAG(
    dag_id="sounding_bangkom_caturwulan",
    schedule=jadwal(CW1, CW2),
    start_date=pendulum.datetime(2026, 1, 1, tz="Asia/Jakarta"),
    catchup=True,  # backfill: past periods run through the same commands
    max_active_runs=1,
    user_defined_macros={"periode_bangkom": lambda tanggal: periode(tanggal, CW1, CW2)},
) as dag:
    ingest = step("ingest", "ingest")
    transform = step("transform", f"transform --periode {PERIODE}")
    publish = step("publish", "publish")
    laporan = step("laporan", f"report caturwulan --periode {PERIODE}")
    surat = step("surat", f"report sounding --periode {PERIODE}")
    profil = step("profil", f"report profil --periode {PERIODE}")
    kirim = step("kirim", f"sounding kirim --periode {PERIODE}")
    ingest >> transform >> publish >> [laporan, surat, profil]
    surat >> kirim


with DAG(
    dag_id="sounding_bangkom_eskalasi",
    schedule="0 7 * * *",
    start_date=pendulum.datetime(2026, 1, 1, tz="Asia/Jakarta"),
    catchup=False,  # the deadline rule is judged with today's date: a past day adds nothing
    max_active_runs=1,
    user_defined_macros={"periode_berakhir": lambda tanggal: periode_berakhir(tanggal, CW1, CW2)},
) as dag_eskalasi:
    PERIODE_BERAKHIR = "{{ periode_berakhir(data_interval_end) }}"
    publish_harian = step("publish", "publish")
    surat_harian = step("surat", f"report sounding --periode {PERIODE_BERAKHIR}")
    kirim_harian = step("kirim", f"sounding kirim --periode {PERIODE_BERAKHIR}")
    publish_harian >> surat_harian >> kirim_harian
