package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.DokumenTerbit;
import io.nayuki.qrcodegen.QrCode;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * One document the reports issue, as the register of issued documents knows it (issue 17.6): the
 * one place that gives a PDF its verification code and QR code and records it once written. Every
 * template's last page carries the stamp ({@code VERIFIKASI_TEKS}, {@code VERIFIKASI_QR}, see
 * {@link #cap(PengaturanSurat)}); every writer calls {@link #catat(PengaturanSurat, Path)} after
 * the PDF is in place.
 *
 * <p>Public only for the worklist of {@code reports.tindaklanjut}; not part of the module's API.
 *
 * @param jenis the kind of document, e.g. {@code laporan-caturwulan}; unique per instansi, period
 *     and date together with the other fields (a per-analis document names the analis in it)
 * @param kodeInstansi the instansi's code, empty for a national document
 * @param namaInstansi the instansi's name, {@link DokumenTerbit#NASIONAL} for a national document
 * @param periode the period covered, {@code 2026-CW2} or {@code 2026}
 * @param tanggal the issue date the document prints
 */
public record Terbitan(
    String jenis, String kodeInstansi, String namaInstansi, String periode, LocalDate tanggal) {
  /** Parameter of the templates: the line with the code and the link. */
  public static final String TEKS = "VERIFIKASI_TEKS";

  /** Parameter of the templates: the QR code of the link, a {@link java.awt.Image}. */
  public static final String QR = "VERIFIKASI_QR";

  /** Pixels per QR module: the image is scaled to about 2 cm in the PDF, crisp at any zoom. */
  private static final int SKALA = 8;

  /** Light modules around the code, as the QR standard asks. */
  private static final int TEPI = 4;

  public Terbitan {
    requireNonNull(jenis, "jenis is null");
    requireNonNull(kodeInstansi, "kodeInstansi is null");
    requireNonNull(namaInstansi, "namaInstansi is null");
    requireNonNull(periode, "periode is null");
    requireNonNull(tanggal, "tanggal is null");
  }

  /** A national document (no instansi). */
  public static Terbitan nasional(String jenis, String periode, LocalDate tanggal) {
    return new Terbitan(jenis, "", DokumenTerbit.NASIONAL, periode, tanggal);
  }

  /** The verification code, {@code XXXXX-XXXXX}. */
  public String kode() {
    return DokumenTerbit.kode(jenis, kodeInstansi, periode, tanggal);
  }

  /** The verification link printed and encoded in the QR code. */
  public String url(PengaturanSurat pengaturan) {
    return DokumenTerbit.url(pengaturan.urlPublik(), kode());
  }

  /** The stamp's template parameters: {@link #TEKS} and {@link #QR}. */
  public Map<String, Object> cap(PengaturanSurat pengaturan) {
    String kode = kode();
    String url = DokumenTerbit.url(pengaturan.urlPublik(), kode);
    return Map.of(TEKS, teks("verifikasi.kaki", kode, url), QR, qr(url));
  }

  /**
   * Records the document written at {@code pdf} in the register of the settings' workspace; does
   * nothing when the settings name none.
   */
  public void catat(PengaturanSurat pengaturan, Path pdf) {
    if (pengaturan.daftarTerbit().isEmpty()) {
      return;
    }
    Workspace ws = pengaturan.daftarTerbit().get();
    Path absolut = pdf.toAbsolutePath().normalize();
    String berkas =
        (absolut.startsWith(ws.root()) ? ws.root().relativize(absolut) : absolut)
            .toString()
            .replace('\\', '/');
    DokumenTerbit.catat(
        ws,
        new DokumenTerbit.Entri(
            kode(), jenis, kodeInstansi, namaInstansi, periode, tanggal, berkas));
  }

  /** The QR code of {@code url} (error correction M), black on white with its quiet zone. */
  static BufferedImage qr(String url) {
    QrCode qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
    int sisi = (qr.size + 2 * TEPI) * SKALA;
    BufferedImage image = new BufferedImage(sisi, sisi, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < sisi; y++) {
      for (int x = 0; x < sisi; x++) {
        boolean gelap = qr.getModule(x / SKALA - TEPI, y / SKALA - TEPI);
        image.setRGB(x, y, gelap ? 0x000000 : 0xFFFFFF);
      }
    }
    return image;
  }
}
