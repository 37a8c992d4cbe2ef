package id.go.lan.bangkom.reports.tindaklanjut;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.kontrak.TahapSounding;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Optional;

/**
 * One instansi on a worklist: the read-only columns of the workbook, in their order, and the analis
 * it is assigned to (empty when no assignment is in force). Texts are empty rather than null.
 *
 * @param persenOnTrack NULL when the instansi has no population at the cut-off
 * @param perubahanPersen persen on track minus the previous cut-off's; NULL when either is
 * @param jpKurang JP still needed to reach the annual target (proyeksi_instansi.kekurangan_jp)
 * @param skorMutuData the data-quality score 0..100 (mutu_data_instansi.skor_mutu); NULL when the
 *     warehouse has none
 * @param surat the letter sent for the cut-off (date and level), or why none was sent
 * @param suratGagal the failed attempt after the last letter sent (date, code and reason), if any
 * @param tenggat the reply deadline, YYYY-MM-DD; empty when no letter is due (HIJAU)
 * @param eskalasi the later stage of the escalation ladder reached at the cut-off (why, and whether
 *     its letter went out); empty when none
 * @param tahapLanjut that stage: ESKALASI or TERIMA_KASIH (ESKALASI when, against the rules, both)
 */
record BarisDaftar(
    String periode,
    String kodeInstansi,
    String namaInstansi,
    String level,
    String levelSebelumnya,
    BigDecimal persenOnTrack,
    BigDecimal perubahanPersen,
    BigDecimal jpKurang,
    String masalahData,
    BigDecimal skorMutuData,
    String surat,
    String suratGagal,
    String tenggat,
    String eskalasi,
    Optional<TahapSounding> tahapLanjut,
    String tindakLanjutTerakhir,
    String janjiTerakhir,
    Optional<Analis> analis) {

  /**
   * MERAH before DATA before KUNING before HIJAU (an unknown level last); within a level the
   * escalated first, then those that worsened, then by persen on track.
   */
  static final Comparator<BarisDaftar> URGENSI =
      Comparator.comparingInt((BarisDaftar b) -> urutanLevel(b.level()))
          .thenComparing(b -> !b.dieskalasi())
          .thenComparing(b -> !b.memburuk())
          .thenComparing(
              BarisDaftar::persenOnTrack, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(BarisDaftar::kodeInstansi);

  BarisDaftar {
    requireNonNull(periode, "periode is null");
    requireNonNull(kodeInstansi, "kodeInstansi is null");
    requireNonNull(namaInstansi, "namaInstansi is null");
    requireNonNull(level, "level is null");
    requireNonNull(levelSebelumnya, "levelSebelumnya is null");
    requireNonNull(masalahData, "masalahData is null");
    requireNonNull(surat, "surat is null");
    requireNonNull(suratGagal, "suratGagal is null");
    requireNonNull(tenggat, "tenggat is null");
    requireNonNull(eskalasi, "eskalasi is null");
    requireNonNull(tahapLanjut, "tahapLanjut is null");
    requireNonNull(tindakLanjutTerakhir, "tindakLanjutTerakhir is null");
    requireNonNull(janjiTerakhir, "janjiTerakhir is null");
    requireNonNull(analis, "analis is null");
  }

  /** The instansi reached the second stage (ESKALASI) at the cut-off. */
  boolean dieskalasi() {
    return tahapLanjut.filter(TahapSounding.ESKALASI::equals).isPresent();
  }

  /** The level is more severe than at the previous cut-off (HIJAU, KUNING, DATA, MERAH). */
  boolean memburuk() {
    return !levelSebelumnya.isEmpty() && keparahan(level) > keparahan(levelSebelumnya);
  }

  static int urutanLevel(String level) {
    return switch (level) {
      case "MERAH" -> 1;
      case "DATA" -> 2;
      case "KUNING" -> 3;
      case "HIJAU" -> 4;
      default -> 5;
    };
  }

  private static int keparahan(String level) {
    return 5 - urutanLevel(level);
  }

  /** The Analis Bangkom an instansi is assigned to ({@code dim_penugasan}). */
  record Analis(String nama, String email) {
    Analis {
      requireNonNull(nama, "nama is null");
      requireNonNull(email, "email is null");
    }
  }
}
