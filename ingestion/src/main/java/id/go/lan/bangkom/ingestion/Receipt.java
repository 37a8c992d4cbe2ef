package id.go.lan.bangkom.ingestion;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.go.lan.bangkom.core.Pesan;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tanda terima of one submission: counts per dataset, every rejected row with code, column,
 * value, message and hint, and the files refused whole. A receipt from {@link Ingestion#check} has
 * {@code versi} 0 and nothing was written.
 *
 * @param submisiId {@code <kode>/<periode>/v<N>}, or {@code <kode>/<periode>/pemeriksaan} for a
 *     check
 * @param datasets per dataset id ({@code pegawai}, {@code bangkom}, {@code training_rate}) taken in
 *     this version, in that order
 * @param berkasTidakBerubah files byte-identical to the version in force, so not taken again
 * @param susulan bangkom rows of an earlier version that waited for a roster and were checked again
 *     with the roster of this version (null when none): not counted in {@link #barisDibaca} and the
 *     other totals, which are those of the files of this version
 */
public record Receipt(
    String submisiId,
    String kode,
    String namaInstansi,
    String periode,
    int versi,
    Instant diterimaPada,
    Map<String, DatasetInfo> datasets,
    List<String> berkasTidakBerubah,
    List<BerkasDitolak> berkasDitolak,
    List<Penolakan> penolakan,
    BangkomSusulan susulan) {
  private static final Pesan PESAN = Pesan.modul("ingestion");

  private static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  public Receipt {
    requireNonNull(submisiId, "submisiId is null");
    requireNonNull(kode, "kode is null");
    requireNonNull(namaInstansi, "namaInstansi is null");
    requireNonNull(periode, "periode is null");
    requireNonNull(diterimaPada, "diterimaPada is null");
    datasets = Collections.unmodifiableMap(new LinkedHashMap<>(datasets));
    berkasTidakBerubah = List.copyOf(berkasTidakBerubah);
    berkasDitolak = List.copyOf(berkasDitolak);
    penolakan = List.copyOf(penolakan);
  }

  /** A receipt without rows taken in from an earlier version. */
  public Receipt(
      String submisiId,
      String kode,
      String namaInstansi,
      String periode,
      int versi,
      Instant diterimaPada,
      Map<String, DatasetInfo> datasets,
      List<String> berkasTidakBerubah,
      List<BerkasDitolak> berkasDitolak,
      List<Penolakan> penolakan) {
    this(
        submisiId,
        kode,
        namaInstansi,
        periode,
        versi,
        diterimaPada,
        datasets,
        berkasTidakBerubah,
        berkasDitolak,
        penolakan,
        null);
  }

  /** Whether this receipt comes from {@code check} (nothing was ingested). */
  public boolean pemeriksaan() {
    return versi == 0;
  }

  /** Rows read, over the datasets of this receipt. */
  public long barisDibaca() {
    return datasets.values().stream().mapToLong(DatasetInfo::barisDibaca).sum();
  }

  public long barisDiterima() {
    return datasets.values().stream().mapToLong(DatasetInfo::barisDiterima).sum();
  }

  public long barisDitolak() {
    return datasets.values().stream().mapToLong(DatasetInfo::barisDitolak).sum();
  }

  /** The receipt as JSON (snake_case keys, UTF-8 when written). */
  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("submisi_id", submisiId);
    m.put("kode_instansi", kode);
    m.put("nama_instansi", namaInstansi);
    m.put("periode", periode);
    m.put("versi", versi);
    m.put("pemeriksaan", pemeriksaan());
    m.put("diterima_pada", diterimaPada.toString());
    m.put("baris_dibaca", barisDibaca());
    m.put("baris_diterima", barisDiterima());
    m.put("baris_ditolak", barisDitolak());
    m.put("datasets", Json.datasets(datasets));
    m.put("berkas_tidak_berubah", berkasTidakBerubah);
    if (susulan != null) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("dari_submisi", susulan.dariSubmisi());
      x.put("berkas", susulan.berkas());
      x.put("sha256", susulan.sha256());
      x.put("baris_diperiksa", susulan.barisDiperiksa());
      x.put("baris_diterima", susulan.barisDiterima());
      x.put("baris_tetap_ditolak", susulan.barisTetapDitolak());
      x.put("nomor_baris_diterima", susulan.nomorBarisDiterima());
      m.put("bangkom_dari_versi_sebelumnya", x);
    }
    List<Map<String, Object>> refused = new ArrayList<>();
    for (BerkasDitolak b : berkasDitolak) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("berkas", b.berkas());
      r.put("sha256", b.sha256());
      r.put("kode_alasan", b.kodeAlasan().name());
      r.put("kolom", b.kolom());
      r.put("pesan", b.pesan());
      r.put("saran", b.saran());
      refused.add(r);
    }
    m.put("berkas_ditolak", refused);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Penolakan p : penolakan) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("dataset", p.dataset());
      r.put("berkas", p.berkas());
      r.put("nomor_baris", p.nomorBaris());
      r.put("kode_alasan", p.kodeAlasan().name());
      r.put("kolom", p.kolom());
      r.put("nilai", p.nilai());
      r.put("pesan", p.pesan());
      r.put("saran", p.saran());
      rows.add(r);
    }
    m.put("penolakan", rows);
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(PESAN.f("galat.tanda_terima_json", submisiId), e);
    }
  }

  /** The receipt as a readable document in Bahasa Indonesia. */
  public String toText() {
    NumberFormat n = NumberFormat.getIntegerInstance(INDONESIA);
    StringBuilder b = new StringBuilder();
    String title = pemeriksaan() ? PESAN.f("tt.judul.pemeriksaan") : PESAN.f("tt.judul", submisiId);
    b.append(title).append('\n').append("=".repeat(title.length())).append("\n\n");
    if (pemeriksaan()) {
      b.append(PESAN.f("tt.catatan.pemeriksaan")).append("\n\n");
    }
    line(b, PESAN.f("tt.instansi"), kode + " " + namaInstansi);
    line(b, PESAN.f("tt.periode"), periode);
    if (!pemeriksaan()) {
      line(b, PESAN.f("tt.versi"), Integer.toString(versi));
    }
    line(
        b,
        PESAN.f(pemeriksaan() ? "tt.diperiksa_pada" : "tt.diterima_pada"),
        DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm:ss", INDONESIA)
                .format(diterimaPada.atZone(WIB))
            + " WIB");
    line(
        b,
        PESAN.f("tt.jumlah"),
        PESAN.f(
            "tt.jumlah.isi",
            n.format(barisDibaca()),
            n.format(barisDiterima()),
            n.format(barisDitolak())));
    b.append('\n').append(PESAN.f("tt.bagian.dataset")).append('\n');
    if (datasets.isEmpty()) {
      b.append("  ").append(PESAN.f("tt.tidak_ada_dataset")).append('\n');
    }
    b.append(
        String.format(
            Locale.ROOT,
            "  %-14s %-30s %10s %10s %10s%n",
            PESAN.f("tt.kolom.dataset"),
            PESAN.f("tt.kolom.berkas"),
            PESAN.f("tt.kolom.dibaca"),
            PESAN.f("tt.kolom.diterima"),
            PESAN.f("tt.kolom.ditolak")));
    for (Map.Entry<String, DatasetInfo> e : datasets.entrySet()) {
      DatasetInfo d = e.getValue();
      b.append(
          String.format(
              Locale.ROOT,
              "  %-14s %-30s %10s %10s %10s%n",
              e.getKey(),
              d.berkas(),
              n.format(d.barisDibaca()),
              n.format(d.barisDiterima()),
              n.format(d.barisDitolak())));
      b.append("  ").append(" ".repeat(15)).append("SHA-256 ").append(d.sha256()).append('\n');
    }
    if (susulan != null) {
      b.append('\n').append(PESAN.f("tt.bagian.susulan")).append('\n');
      b.append("  ")
          .append(
              PESAN.f(
                  "tt.susulan.isi",
                  susulan.berkas(),
                  susulan.dariSubmisi(),
                  n.format(susulan.barisDiperiksa()),
                  n.format(susulan.barisDiterima()),
                  n.format(susulan.barisTetapDitolak())))
          .append('\n');
      if (!susulan.nomorBarisDiterima().isEmpty()) {
        List<String> rows = new ArrayList<>();
        susulan.nomorBarisDiterima().forEach(r -> rows.add(Long.toString(r)));
        b.append("  ").append(PESAN.f("tt.susulan.baris", String.join(", ", rows))).append('\n');
      }
    }
    if (!berkasTidakBerubah.isEmpty()) {
      b.append('\n').append(PESAN.f("tt.bagian.tidak_berubah")).append('\n');
      for (String f : berkasTidakBerubah) {
        b.append("  - ").append(f).append('\n');
      }
    }
    if (!berkasDitolak.isEmpty()) {
      b.append('\n').append(PESAN.f("tt.bagian.berkas_ditolak")).append('\n');
      for (BerkasDitolak f : berkasDitolak) {
        b.append("  - ")
            .append(f.berkas())
            .append(" [")
            .append(f.kodeAlasan().name())
            .append("]: ")
            .append(f.pesan())
            .append('\n');
        if (f.saran() != null) {
          b.append("    ").append(PESAN.f("tt.saran")).append(' ').append(f.saran()).append('\n');
        }
      }
    }
    b.append('\n')
        .append(PESAN.f("tt.bagian.baris_ditolak", n.format(penolakan.size())))
        .append('\n');
    if (penolakan.isEmpty()) {
      b.append("  ").append(PESAN.f("tt.tidak_ada_penolakan")).append('\n');
    }
    for (Penolakan p : penolakan) {
      b.append("  ")
          .append(PESAN.f("tt.baris", p.berkas(), Long.toString(p.nomorBaris())))
          .append(" [")
          .append(p.kodeAlasan().name())
          .append("]");
      if (p.kolom() != null) {
        b.append(' ')
            .append(PESAN.f("tt.kolom_nilai", p.kolom(), p.nilai() == null ? "" : p.nilai()));
      }
      b.append('\n').append("    ").append(p.pesan()).append('\n');
      b.append("    ").append(PESAN.f("tt.saran")).append(' ').append(p.saran()).append('\n');
    }
    b.append('\n').append(PESAN.f("tt.penutup")).append('\n');
    return b.toString();
  }

  private static void line(StringBuilder b, String label, String value) {
    b.append(String.format(Locale.ROOT, "%-16s: %s%n", label, value));
  }
}
