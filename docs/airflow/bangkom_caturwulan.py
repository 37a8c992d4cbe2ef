"""Example Airflow DAG: the caturwulan cycle of Sounding Bangkom as plain commands.

Every step is idempotent and keyed by period, and signals success by its exit code
(0 ok, 1 failure, 2 bad usage), so Airflow's retries and backfills are safe. The period is
derived from the logical date the way Airflow keys runs: a run scheduled on 1 May 02:00
(Asia/Jakarta) computes the caturwulan that ended on 30 April.

Install: copy to the DAGs folder of a worker that has the repository at BANGKOM_HOME and the
workspace on a shared file system at BANGKOM_WORKSPACE.
"""
import pendulum
from airflow import DAG
from airflow.operators.bash import BashOperator

BANGKOM_HOME = "/opt/sounding-bangkom"
BANGKOM_WORKSPACE = "/mnt/bangkom"

# The period that ended just before the logical date: Jan-Apr -> CW1, May-Aug -> CW2, Sep-Dec -> CW3.
PERIODE = (
    "{{ (data_interval_end - macros.timedelta(days=1)).year }}-CW"
    "{{ ((data_interval_end - macros.timedelta(days=1)).month - 1) // 4 + 1 }}"
)


def step(task_id, args):
    return BashOperator(
        task_id=task_id,
        bash_command=f"cd {BANGKOM_HOME} && ./bangkom {args} --workspace {BANGKOM_WORKSPACE}",
        retries=3,
        retry_exponential_backoff=True,
    )


with DAG(
    dag_id="sounding_bangkom_caturwulan",
    schedule="0 2 1 1,5,9 *",
    start_date=pendulum.datetime(2026, 1, 1, tz="Asia/Jakarta"),
    catchup=True,  # backfill: past periods run through the same commands
    max_active_runs=1,
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
