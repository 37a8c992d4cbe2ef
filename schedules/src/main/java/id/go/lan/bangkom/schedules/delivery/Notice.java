package id.go.lan.bangkom.schedules.delivery;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.kontrak.TahapSounding;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One letter to send: a row of the warehouse table {@code sounding} at one stage of the escalation
 * ladder ({@link TahapSounding}): the SOUNDING of an instansi whose level is not HIJAU, an ESKALASI
 * or a TERIMA_KASIH, with the addressees from the master list (each empty when the instansi is not
 * in the list or the column is blank). {@code pemicu} is what triggered a later stage (empty for
 * SOUNDING).
 *
 * <p>The SOUNDING and TERIMA_KASIH letters go to the PIC; the ESKALASI letter goes to the head of
 * the instansi's HR function / PPK ({@code jabatanPimpinan}, {@code emailPimpinan}) with the PIC in
 * Cc.
 */
public record Notice(
    Periode periode,
    String kodeInstansi,
    String namaInstansi,
    String level,
    TahapSounding tahap,
    Optional<String> pemicu,
    String alasan,
    Optional<BigDecimal> persenOnTrack,
    Optional<String> namaPic,
    Optional<String> emailPic,
    Optional<String> jabatanPimpinan,
    Optional<String> emailPimpinan) {
  public Notice {
    requireNonNull(periode, "periode is null");
    requireNonNull(kodeInstansi, "kodeInstansi is null");
    requireNonNull(namaInstansi, "namaInstansi is null");
    requireNonNull(level, "level is null");
    requireNonNull(tahap, "tahap is null");
    requireNonNull(pemicu, "pemicu is null");
    requireNonNull(alasan, "alasan is null");
    requireNonNull(persenOnTrack, "persenOnTrack is null");
    requireNonNull(namaPic, "namaPic is null");
    requireNonNull(emailPic, "emailPic is null");
    requireNonNull(jabatanPimpinan, "jabatanPimpinan is null");
    requireNonNull(emailPimpinan, "emailPimpinan is null");
  }

  /** The SOUNDING notice of an instansi, to its PIC. */
  public Notice(
      Periode periode,
      String kodeInstansi,
      String namaInstansi,
      String level,
      String alasan,
      Optional<BigDecimal> persenOnTrack,
      Optional<String> namaPic,
      Optional<String> emailPic) {
    this(
        periode,
        kodeInstansi,
        namaInstansi,
        level,
        TahapSounding.SOUNDING,
        Optional.empty(),
        alasan,
        persenOnTrack,
        namaPic,
        emailPic,
        Optional.empty(),
        Optional.empty());
  }

  /** The key of exactly-once delivery: one letter per stage. */
  public DeliveryKey key() {
    return new DeliveryKey(kodeInstansi, periode, level, tahap);
  }

  /** Whether the letter goes to the head of the HR function (ESKALASI) rather than the PIC. */
  public boolean toPimpinan() {
    return tahap == TahapSounding.ESKALASI;
  }

  /** The address the letter goes to (To): the pimpinan's for ESKALASI, else the PIC's. */
  public Optional<String> emailTujuan() {
    return toPimpinan() ? emailPimpinan : emailPic;
  }
}
