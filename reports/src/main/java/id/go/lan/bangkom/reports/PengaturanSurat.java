package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import id.go.lan.bangkom.core.CaturwulanCalendar;
import id.go.lan.bangkom.core.PengaturanTidakSah;
import id.go.lan.bangkom.core.TeksSuratLanjut;
import id.go.lan.bangkom.core.Workspace;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The settings of the reports module, read once from the configuration ({@link
 * #dari(BangkomConfig)}); defaults live only in the properties files.
 *
 * @param calendar period boundaries used when the warehouse has no {@code dim_periode} row
 * @param tenggatHari days after the letter date by which the instansi is asked to act ({@code
 *     surat.tenggat_hari})
 * @param ambangKuningPersenOnTrack KUNING from this percentage on track, quoted in the letter
 *     ({@code sounding.ambang_kuning_persen_on_track})
 * @param ambangDataPersenDitolak DATA above this percentage of rows rejected, quoted in the letter
 *     ({@code sounding.ambang_data_persen_ditolak})
 * @param selMinimum groups smaller than this are not detailed ({@code privasi.sel_minimum}), named
 *     in the letter
 * @param duckdbThreads DuckDB's {@code threads} for the reports' reads ({@code duckdb.threads})
 * @param duckdbMemoryLimit DuckDB's {@code memory_limit} ({@code duckdb.memory_limit})
 * @param teksSuratLanjut the wording of the escalation letter and the thank-you note, and the
 *     escalation letter's default addressee ({@code eskalasi.*}, {@code terima_kasih.*})
 * @param urlPublik the portal's public address ({@code portal.url_publik}, no trailing {@code /}):
 *     every PDF prints its verification link {@code <urlPublik>/verifikasi/<kode>} and its QR code
 * @param daftarTerbit the workspace whose register ({@link
 *     id.go.lan.bangkom.core.kontrak.DokumenTerbit}) records every PDF written; empty when the
 *     caller renders outside a workspace (a library call, a test), and the PDFs then carry a code
 *     under the "unregistered render" key without being registered ({@link Terbitan}); the codes of
 *     a registered PDF are under the workspace's secret key ({@code rahasia/kunci-verifikasi})
 */
public record PengaturanSurat(
    CaturwulanCalendar calendar,
    int tenggatHari,
    BigDecimal ambangKuningPersenOnTrack,
    BigDecimal ambangDataPersenDitolak,
    int selMinimum,
    int duckdbThreads,
    String duckdbMemoryLimit,
    TeksSuratLanjut teksSuratLanjut,
    String urlPublik,
    Optional<Workspace> daftarTerbit) {
  static final String TENGGAT_HARI = "surat.tenggat_hari";
  static final String SEL_MINIMUM = "privasi.sel_minimum";

  public PengaturanSurat {
    requireNonNull(calendar, "calendar is null");
    requireNonNull(ambangKuningPersenOnTrack, "ambangKuningPersenOnTrack is null");
    requireNonNull(ambangDataPersenDitolak, "ambangDataPersenDitolak is null");
    requireNonNull(duckdbMemoryLimit, "duckdbMemoryLimit is null");
    requireNonNull(teksSuratLanjut, "teksSuratLanjut is null");
    requireNonNull(urlPublik, "urlPublik is null");
    requireNonNull(daftarTerbit, "daftarTerbit is null");
    if (tenggatHari < 1 || tenggatHari > 365) {
      throw tidakSah(TENGGAT_HARI, String.valueOf(tenggatHari), 365);
    }
    if (selMinimum < 1 || selMinimum > 1_000_000) {
      throw tidakSah(SEL_MINIMUM, String.valueOf(selMinimum), 1_000_000);
    }
    if (duckdbThreads < 1) {
      throw new IllegalArgumentException(
          teks("galat.pengaturan", "duckdb.threads", String.valueOf(duckdbThreads), "1", "1024"));
    }
  }

  /** The settings of {@code config} (every value already checked when it loaded). */
  public static PengaturanSurat dari(BangkomConfig config) {
    requireNonNull(config, "config is null");
    return new PengaturanSurat(
        config.calendar(),
        config.suratTenggatHari(),
        config.ambangKuningPersenOnTrack(),
        config.ambangDataPersenDitolak(),
        config.privasiSelMinimum(),
        config.duckdbThreads(),
        config.duckdbMemoryLimit(),
        config.teksSuratLanjut(),
        config.portalUrlPublik(),
        Optional.empty());
  }

  /** The documented defaults ({@code bangkom-default.properties}). */
  public static PengaturanSurat bawaan() {
    return dari(BangkomConfig.defaults());
  }

  /** The same settings with another calendar. */
  public PengaturanSurat denganKalender(CaturwulanCalendar lain) {
    return new PengaturanSurat(
        lain,
        tenggatHari,
        ambangKuningPersenOnTrack,
        ambangDataPersenDitolak,
        selMinimum,
        duckdbThreads,
        duckdbMemoryLimit,
        teksSuratLanjut,
        urlPublik,
        daftarTerbit);
  }

  /**
   * The same settings, registering every PDF written in {@code ws}'s register of issued documents
   * ({@code <workspace>/verifikasi/}), as the product's own runs do; their codes are computed with
   * the workspace's secret key ({@code <workspace>/rahasia/kunci-verifikasi}, created on first
   * use).
   */
  public PengaturanSurat dicatatDi(Workspace ws) {
    return new PengaturanSurat(
        calendar,
        tenggatHari,
        ambangKuningPersenOnTrack,
        ambangDataPersenDitolak,
        selMinimum,
        duckdbThreads,
        duckdbMemoryLimit,
        teksSuratLanjut,
        urlPublik,
        Optional.of(requireNonNull(ws, "ws is null")));
  }

  private static PengaturanTidakSah tidakSah(String kunci, String nilai, int maksimum) {
    return new PengaturanTidakSah(
        teks("galat.pengaturan", kunci, nilai, "1", String.valueOf(maksimum)));
  }
}
