package id.go.lan.bangkom.samples.generator;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code manifest.json}: the options, what was injected (row faults per file and code, broken
 * files) and the true figures per instansi and cut-off, for tests and benchmarks to check the whole
 * pipeline against. No clock, no paths: the same options give the same bytes.
 */
final class Manifest {
  static final String FILE = "manifest.json";

  private Manifest() {}

  static GenerationSummary write(
      Nation nation, List<InstansiWriter.Written> written, Truth truth, long people, Path out)
      throws IOException {
    return write(nation, written, truth, people, out, List.of());
  }

  /**
   * As above; {@code late} lists the rosters held back under {@link RosterTerlambat#FOLDER}: the
   * true figures still count their instansi's rows, taken in once the rosters are ingested.
   */
  static GenerationSummary write(
      Nation nation,
      List<InstansiWriter.Written> written,
      Truth truth,
      long people,
      Path out,
      List<RosterTerlambat.Moved> late)
      throws IOException {
    long pegawai = 0;
    long bangkom = 0;
    long trainingRate = 0;
    long faultRows = 0;
    long broken = 0;
    long[] perCode = new long[Faults.CODES.length];
    boolean[][][] melapor = new boolean[nation.plans.size()][nation.years()][3];
    for (InstansiWriter.Written w : written) {
      melapor[w.ordinal()][nation.yearIndex(w.year())][w.k() - 1] = w.melapor();
      broken += w.broken().size();
      for (SubmissionWriter.FileStats f : w.files()) {
        switch (f.dataset()) {
          case "pegawai" -> pegawai += f.rows();
          case "bangkom" -> bangkom += f.rows();
          default -> trainingRate += f.rows();
        }
        if (!f.refusedWhole()) {
          for (int c = 0; c < perCode.length; c++) {
            perCode[c] += f.faults()[c];
            faultRows += f.faults()[c];
          }
        }
      }
    }
    Path file = out.resolve(FILE);
    JsonFactory factory = new JsonFactory();
    try (JsonGenerator g = factory.createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("pembuat", "bangkom generate");
      g.writeNumberField("versi_manifest", 1);
      g.writeObjectFieldStart("opsi");
      g.writeNumberField("tahun", nation.lastYear);
      g.writeStringField("sampai", nation.options.sampai().id());
      g.writeNumberField("dari", nation.firstYear);
      g.writeNumberField("skala", BigDecimal.valueOf(nation.options.skala()));
      g.writeNumberField("seed", nation.options.seed());
      g.writeNumberField("galat", BigDecimal.valueOf(nation.options.galat()));
      g.writeNumberField("roster_terlambat", nation.options.rosterTerlambat());
      g.writeNumberField(
          "catatan_tahun_lalu", BigDecimal.valueOf(nation.options.catatanTahunLalu()));
      g.writeEndObject();
      g.writeObjectFieldStart("aturan");
      g.writeNumberField("target_jp_tahunan", Truth.TARGET);
      g.writeBooleanField("prorata", true);
      g.writeStringField(
          "caturwulan", "CW1 1 Jan-30 Apr, CW2 1 Mei-31 Agu, CW3 1 Sep-31 Des (default)");
      g.writeStringField(
          "catatan",
          "Angka benar dihitung dari model generator sendiri (SPEC §3): roster berlaku = pegawai"
              + " instansi pada periode itu; populasi = baris AKTIF yang diterima; JP per NIP dari"
              + " semua submisi tahun itu sampai periode k, tanggal_selesai dalam tahun dan <= batas,"
              + " dedup (nip, nama_kegiatan ternormalisasi, mulai, selesai) JP terbesar; baris"
              + " bergalat dan berkas yang ditolak utuh tidak dihitung. Akhir tahun (CW3) juga"
              + " menghitung catatan Desember yang baru dikirim bersama CW1 tahun berikutnya"
              + " (jp_dari_kiriman_tahun_berikutnya, sudah termasuk dalam total_jp).");
      g.writeEndObject();
      g.writeObjectFieldStart("ringkasan");
      g.writeNumberField("instansi", nation.plans.size());
      g.writeNumberField("orang", people);
      g.writeNumberField("baris_pegawai", pegawai);
      g.writeNumberField("baris_bangkom", bangkom);
      g.writeNumberField("baris_training_rate", trainingRate);
      g.writeNumberField("baris_bergalat", faultRows);
      g.writeNumberField("berkas_ditolak", broken);
      g.writeObjectFieldStart("galat_per_kode");
      for (int c = 0; c < perCode.length; c++) {
        g.writeNumberField(Faults.CODES[c], perCode[c]);
      }
      g.writeEndObject();
      g.writeEndObject();

      if (!late.isEmpty()) {
        g.writeObjectFieldStart("roster_terlambat");
        g.writeStringField(
            "catatan",
            "Daftar pegawai instansi ini untuk periode itu dikirim setelah berkas bangkomnya:"
                + " ingest folder ini (baris bangkomnya ditolak NIP_TIDAK_TERDAFTAR), pindahkan"
                + " setiap berkas di bawah "
                + RosterTerlambat.FOLDER
                + "/ ke <kode>/<periode>/ yang sama, lalu ingest lagi. Baris yang tadinya hanya"
                + " menunggu daftar pegawai lalu diterima tanpa kirim ulang; angka benar di"
                + " manifest ini berlaku setelah ingest kedua.");
        g.writeArrayFieldStart("berkas");
        for (RosterTerlambat.Moved m : late) {
          g.writeStartObject();
          g.writeStringField("kode_instansi", m.kode());
          g.writeStringField("periode", m.periode());
          g.writeStringField("berkas", m.berkas());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeArrayFieldStart("nasional");
      for (int year = nation.firstYear; year <= nation.lastYear; year++) {
        int y = nation.yearIndex(year);
        for (int k = 1; k <= nation.lastK(year); k++) {
          long[] sum = new long[Truth.SLOTS];
          int reporting = 0;
          for (InstansiPlan p : nation.plans) {
            if (melapor[p.ordinal][y][k - 1]) {
              reporting++;
              for (int s = 0; s < Truth.SLOTS; s++) {
                sum[s] += truth.get(p.ordinal, y, k, s);
              }
            }
          }
          g.writeStartObject();
          g.writeNumberField("tahun", year);
          g.writeNumberField("caturwulan", k);
          g.writeNumberField("jumlah_instansi_melapor", reporting);
          figures(g, sum);
          g.writeEndObject();
        }
      }
      g.writeEndArray();

      g.writeArrayFieldStart("instansi");
      for (InstansiPlan p : nation.plans) {
        g.writeStartObject();
        g.writeStringField("kode_instansi", p.instansi.kode());
        g.writeStringField("jenis_instansi", p.instansi.jenis().name());
        g.writeNumberField("orang_awal", p.initialPersons);
        g.writeStringField("format", p.formats[0][0].describe());
        g.writeBooleanField("kirim_ulang_ytd", p.resend);
        g.writeNumberField("bagian_terlambat", BigDecimal.valueOf(Math.round(p.late * 1000), 3));
        g.writeBooleanField("tidak_pernah_mengirim", p.never);
        g.writeArrayFieldStart("periode");
        for (int year = nation.firstYear; year <= nation.lastYear; year++) {
          int y = nation.yearIndex(year);
          for (int k = 1; k <= nation.lastK(year); k++) {
            g.writeStartObject();
            g.writeNumberField("tahun", year);
            g.writeNumberField("caturwulan", k);
            boolean m = melapor[p.ordinal][y][k - 1];
            g.writeBooleanField("melapor", m);
            if (m) {
              long[] v = new long[Truth.SLOTS];
              for (int s = 0; s < Truth.SLOTS; s++) {
                v[s] = truth.get(p.ordinal, y, k, s);
              }
              figures(g, v);
            }
            g.writeEndObject();
          }
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();

      g.writeArrayFieldStart("berkas_ditolak");
      for (InstansiWriter.Written w : written) {
        for (SubmissionWriter.BrokenFile b : w.broken()) {
          g.writeStartObject();
          g.writeStringField("kode_instansi", nation.plans.get(w.ordinal()).instansi.kode());
          g.writeStringField("periode", w.year() + "-CW" + w.k());
          g.writeStringField("berkas", b.berkas());
          g.writeStringField("kode_alasan", b.kodeAlasan());
          g.writeEndObject();
        }
      }
      g.writeEndArray();

      g.writeArrayFieldStart("galat_baris");
      for (InstansiWriter.Written w : written) {
        for (SubmissionWriter.FileStats f : w.files()) {
          if (f.refusedWhole()) {
            continue;
          }
          for (int c = 0; c < Faults.CODES.length; c++) {
            if (f.faults()[c] > 0) {
              g.writeStartObject();
              g.writeStringField("kode_instansi", nation.plans.get(w.ordinal()).instansi.kode());
              g.writeStringField("periode", w.year() + "-CW" + w.k());
              g.writeStringField("berkas", f.berkas());
              g.writeStringField("kode_alasan", Faults.CODES[c]);
              g.writeNumberField("jumlah", f.faults()[c]);
              g.writeEndObject();
            }
          }
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    long files = 0;
    long bytes = 0;
    try (Stream<Path> s = Files.walk(out)) {
      for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) {
        files++;
        bytes += Files.size(f);
      }
    }
    return new GenerationSummary(
        out, people, files, bytes, pegawai, bangkom, trainingRate, faultRows, broken);
  }

  private static void figures(JsonGenerator g, long[] v) throws IOException {
    g.writeNumberField("jumlah_pegawai", v[Truth.POPULASI]);
    g.writeNumberField("jumlah_memenuhi", v[Truth.MEMENUHI]);
    g.writeNumberField("jumlah_sesuai_target", v[Truth.SESUAI_TARGET]);
    g.writeNumberField("jumlah_tertinggal", v[Truth.TERTINGGAL]);
    g.writeNumberField("jumlah_belum_ada_jp", v[Truth.BELUM_ADA_JP]);
    g.writeNumberField("total_jp", BigDecimal.valueOf(v[Truth.TOTAL_JP_HUNDREDTHS], 2));
    g.writeNumberField(
        "jp_dari_kiriman_tahun_berikutnya",
        BigDecimal.valueOf(v[Truth.NEXT_YEAR_JP_HUNDREDTHS], 2));
  }
}
