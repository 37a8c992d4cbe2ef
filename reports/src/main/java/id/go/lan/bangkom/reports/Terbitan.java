package id.go.lan.bangkom.reports;

import static id.go.lan.bangkom.reports.Teks.teks;
import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.Workspace;
import id.go.lan.bangkom.core.kontrak.DokumenTerbit;
import io.nayuki.qrcodegen.QrCode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import javax.imageio.ImageIO;
import net.sf.jasperreports.renderers.Renderable;
import net.sf.jasperreports.renderers.SimpleDataRenderer;

/**
 * One document the reports issue, as the register of issued documents knows it (issue 17.6): the
 * one place that gives a PDF its verification code and QR code and records it once written. Every
 * template's last page carries the stamp ({@code VERIFIKASI_TEKS}, {@code VERIFIKASI_QR}, see
 * {@link #cap(PengaturanSurat)}); every writer calls {@link #catat(PengaturanSurat, Path)} after
 * the PDF is in place.
 *
 * <p>The code is {@link DokumenTerbit#kode} under the key of the settings' workspace ({@link
 * PengaturanSurat#daftarTerbit()}, {@link DokumenTerbit#kunci}), the key the portal checks it with.
 * A render without a workspace (a library call, a test: nothing is registered) prints the code
 * under {@link #kunciTanpaDaftar() 32 zero bytes}, the "unregistered render" key: the stamp and so
 * the PDF's layout stay those of a registered document, and the code can never verify, because no
 * workspace's register accepts an entry whose code is not that of its own random key ({@link
 * DokumenTerbit#catat}) and the portal looks codes up only there. Printing no code at all would
 * make the two kinds of PDF differ in layout for no gain.
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

  /** Parameter of the templates: the QR code of the link, a PNG {@link Renderable}. */
  public static final String QR = "VERIFIKASI_QR";

  /**
   * Pixels per QR module. The PDF scales the image to about 2 cm; a few pixels per module keep the
   * edges sharp where a viewer smooths an enlarged image, and the image small: the PDF library
   * decodes each one pixel by pixel (8 pixels per module made the letters about a fifth slower).
   */
  private static final int SKALA = 3;

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

  /**
   * The key of an unregistered render: 32 zero bytes (a new array each call). Public knowledge on
   * purpose: codes under it are never registered, so they never verify.
   */
  public static byte[] kunciTanpaDaftar() {
    return new byte[32];
  }

  /**
   * The key the codes are computed with: the workspace's of {@link PengaturanSurat#daftarTerbit()}
   * (created there on first use), else {@link #kunciTanpaDaftar()}.
   */
  static byte[] kunci(PengaturanSurat pengaturan) {
    return pengaturan
        .daftarTerbit()
        .map(DokumenTerbit::kunci)
        .orElseGet(Terbitan::kunciTanpaDaftar);
  }

  /** The verification code, {@code XXXXX-XXXXX}, under {@link #kunci(PengaturanSurat)}. */
  public String kode(PengaturanSurat pengaturan) {
    return kode(kunci(pengaturan));
  }

  private String kode(byte[] kunci) {
    return DokumenTerbit.kode(kunci, jenis, kodeInstansi, periode, tanggal);
  }

  /** The verification link printed and encoded in the QR code. */
  public String url(PengaturanSurat pengaturan) {
    return DokumenTerbit.url(pengaturan.urlPublik(), kode(pengaturan));
  }

  /** The stamp's template parameters: {@link #TEKS} and {@link #QR}. */
  public Map<String, Object> cap(PengaturanSurat pengaturan) {
    String kode = kode(pengaturan);
    String url = DokumenTerbit.url(pengaturan.urlPublik(), kode);
    return Map.of(TEKS, teks("verifikasi.kaki", kode, url), QR, qr(url));
  }

  /**
   * Records the document written at {@code pdf} in the register of the settings' workspace; does
   * nothing when the settings name none.
   *
   * @throws IOException when the register cannot be written (the caller reports it as it reports a
   *     PDF it could not write)
   */
  public void catat(PengaturanSurat pengaturan, Path pdf) throws IOException {
    if (pengaturan.daftarTerbit().isEmpty()) {
      return;
    }
    Workspace ws = pengaturan.daftarTerbit().get();
    Path absolut = pdf.toAbsolutePath().normalize();
    String berkas =
        (absolut.startsWith(ws.root()) ? ws.root().relativize(absolut) : absolut)
            .toString()
            .replace('\\', '/');
    try {
      DokumenTerbit.catat(
          ws,
          DokumenTerbit.Entri.baru(
              DokumenTerbit.kunci(ws),
              jenis,
              kodeInstansi,
              namaInstansi,
              periode,
              tanggal,
              berkas));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The QR code of {@code url} (error correction M), black on white with its quiet zone, as a
   * two-colour PNG: Jasper embeds PNG bytes as they are (losslessly, about 0.5 KB), where a {@link
   * BufferedImage} would be re-encoded as a JPEG for each document (blurred and slower).
   */
  static Renderable qr(String url) {
    QrCode qr = QrCode.encodeText(url, QrCode.Ecc.MEDIUM);
    int sisi = (qr.size + 2 * TEPI) * SKALA;
    BufferedImage image = new BufferedImage(sisi, sisi, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, sisi, sisi);
      g.setColor(Color.BLACK);
      for (int y = 0; y < qr.size; y++) {
        for (int x = 0; x < qr.size; x++) {
          if (qr.getModule(x, y)) {
            g.fillRect((x + TEPI) * SKALA, (y + TEPI) * SKALA, SKALA, SKALA);
          }
        }
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream(1024);
    try {
      if (!ImageIO.write(image, "png", png)) {
        throw new IllegalStateException("Cannot find a PNG writer, which every JVM has");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // an in-memory stream does not fail
    }
    return SimpleDataRenderer.getInstance(png.toByteArray());
  }
}
