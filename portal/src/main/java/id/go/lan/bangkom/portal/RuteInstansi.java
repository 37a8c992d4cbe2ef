package id.go.lan.bangkom.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.lan.bangkom.core.CsvPenulis;
import id.go.lan.bangkom.core.InstrumenTrainingRate;
import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.kontrak.AuditPortal;
import id.go.lan.bangkom.ingestion.EksporTandaTerima;
import id.go.lan.bangkom.ingestion.Receipt;
import id.go.lan.bangkom.ingestion.Templat;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An instansi's pages: standing at every cut-off, documents LAN issued, upload with its receipt,
 * the history of versions, the training-rate form and the templates. Every route names the instansi
 * and goes through {@link Web#bolehLihat} first.
 */
final class RuteInstansi {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
  private static final Pattern VERSI = Pattern.compile("v[1-9][0-9]{0,5}");

  /** Refused rows shown on the receipt page; the rest are in the download. */
  static final int BARIS_DITAMPILKAN = 100;

  private static final Map<String, String> JENIS_UNDUHAN =
      Map.of(
          "tanda-terima.txt", "text/plain; charset=utf-8",
          "tanda-terima.json", "application/json",
          "ditolak.csv", "text/csv; charset=utf-8",
          "ditolak.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final Web web;

  RuteInstansi(Web web) {
    this.web = web;
  }

  void pasang(RoutesConfig r) {
    r.get("/instansi/{kode}", this::kedudukan);
    r.get("/instansi/{kode}/dokumen/{periode}/{nama}", this::unduhDokumen);
    r.get("/instansi/{kode}/unggah", this::halamanUnggah);
    r.post("/instansi/{kode}/unggah", this::unggah);
    r.get("/instansi/{kode}/riwayat", this::riwayat);
    r.get("/instansi/{kode}/tanda-terima/{periode}/{versi}/{nama}", this::unduhTandaTerima);
    r.get("/instansi/{kode}/training-rate", this::halamanTrainingRate);
    r.post("/instansi/{kode}/training-rate", this::simpanTrainingRate);
    r.get("/templat/{berkas}", this::templat);
  }

  private void kedudukan(Context ctx) throws SQLException {
    String kode = ctx.pathParam("kode");
    web.bolehLihat(ctx, kode);
    List<Periode> semua = web.kedudukan.periode(kode);
    String dipilih = ctx.queryParam("periode");
    Periode p = dipilih == null ? (semua.isEmpty() ? null : semua.get(0)) : Web.periode(dipilih);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kode", kode);
    m.put("nama", web.namaInstansi(kode));
    m.put("semuaPeriode", semua);
    m.put("halaman", p == null ? null : web.kedudukan.halaman(kode, p));
    web.tampil(ctx, "kedudukan", m);
  }

  private void unduhDokumen(Context ctx) throws SQLException, IOException {
    String kode = ctx.pathParam("kode");
    web.bolehLihat(ctx, kode);
    Periode p = Web.periode(ctx.pathParam("periode"));
    String nama = ctx.pathParam("nama");
    Path f = web.kedudukan.berkasInstansi(kode, p).get(nama);
    if (f == null) {
      throw new NotFoundResponse();
    }
    web.catat(ctx, AuditPortal.Aksi.UNDUH, p.id() + "/" + nama, "OK");
    kirimBerkas(ctx, f, nama, jenisIsi(nama));
  }

  private static String jenisIsi(String nama) {
    String n = nama.toLowerCase(Locale.ROOT);
    if (n.endsWith(".pdf")) {
      return "application/pdf";
    }
    if (n.endsWith(".csv")) {
      return "text/csv; charset=utf-8";
    }
    if (n.endsWith(".xlsx")) {
      return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }
    return "application/octet-stream";
  }

  private static void kirimBerkas(Context ctx, Path f, String nama, String jenis)
      throws IOException {
    ctx.contentType(jenis);
    ctx.header("Content-Disposition", "attachment; filename=\"" + nama.replace("\"", "") + "\"");
    ctx.result(Files.readAllBytes(f));
  }

  /** Periods a PIC may submit for: this year's three and last year's third. */
  private List<Periode> periodeUnggah() {
    int tahun = LocalDate.now(web.jam.withZone(WIB)).getYear();
    return List.of(
        new Periode(tahun, 3),
        new Periode(tahun, 2),
        new Periode(tahun, 1),
        new Periode(tahun - 1, 3));
  }

  private Periode periodeSekarang() {
    LocalDate hari = LocalDate.now(web.jam.withZone(WIB));
    for (int cw = 1; cw <= 3; cw++) {
      Periode p = new Periode(hari.getYear(), cw);
      if (!hari.isAfter(p.akhir(web.config.calendar()))) {
        return p;
      }
    }
    return new Periode(hari.getYear(), 3);
  }

  private void halamanUnggah(Context ctx) throws SQLException {
    String kode = ctx.pathParam("kode");
    web.picDari(ctx, kode);
    tampilUnggah(ctx, kode, "");
  }

  private void tampilUnggah(Context ctx, String kode, String galat) throws SQLException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kode", kode);
    m.put("nama", web.namaInstansi(kode));
    m.put("periodeBoleh", periodeUnggah());
    m.put("periodeSekarang", periodeSekarang());
    m.put("ukuranMaksMb", web.p.ukuranUnggahMaks() / (1024 * 1024));
    m.put("galat", galat);
    web.tampil(ctx, "unggah", m);
  }

  private void unggah(Context ctx) throws Exception {
    String kode = ctx.pathParam("kode");
    web.picDari(ctx, kode);
    web.periksaCsrf(ctx);
    String teksPeriode = ctx.formParam("periode");
    if (teksPeriode == null || !periodeUnggah().contains(Web.periode(teksPeriode))) {
      ctx.status(400);
      tampilUnggah(ctx, kode, "Pilih periode yang tersedia.");
      return;
    }
    Periode periode = Periode.parse(teksPeriode);
    List<Pengunggahan.Berkas> berkas = new ArrayList<>();
    try {
      for (String field : List.of("pegawai", "bangkom", "training_rate", "buku_kerja")) {
        UploadedFile u = ctx.uploadedFile(field);
        if (u == null || u.filename().isBlank() || u.size() == 0) {
          continue;
        }
        String ext = ekstensi(u.filename());
        boolean bukuKerja = field.equals("buku_kerja");
        if (bukuKerja ? !ext.equals("xlsx") : !Pengunggahan.EKSTENSI.contains(ext)) {
          ctx.status(400);
          tampilUnggah(ctx, kode, Pengunggahan.pesanEkstensi(u.filename()));
          return;
        }
        try (InputStream in = u.content()) {
          berkas.add(new Pengunggahan.Berkas(bukuKerja ? null : field, ext, simpan(in, ext)));
        }
      }
      if (berkas.isEmpty()) {
        ctx.status(400);
        tampilUnggah(ctx, kode, "Pilih paling sedikit satu berkas.");
        return;
      }
      serahkan(ctx, kode, periode, berkas, AuditPortal.Aksi.UNGGAH);
    } finally {
      for (Pengunggahan.Berkas b : berkas) {
        Files.deleteIfExists(b.sementara());
      }
    }
  }

  private Path simpan(InputStream in, String ext) throws IOException {
    Path folder = web.unggah.sementara();
    Files.createDirectories(folder);
    Path f = folder.resolve(UUID.randomUUID() + "." + ext);
    Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
    return f;
  }

  private static String ekstensi(String nama) {
    int i = nama.lastIndexOf('.');
    return i < 0 ? "" : nama.substring(i + 1).toLowerCase(Locale.ROOT);
  }

  /** Hands the files over, records the event and shows the receipt. */
  private void serahkan(
      Context ctx,
      String kode,
      Periode periode,
      List<Pengunggahan.Berkas> berkas,
      AuditPortal.Aksi aksi)
      throws Exception {
    Pengunggahan.Hasil h = web.unggah.serahkan(kode, periode, berkas);
    Optional<Receipt> r = h.tandaTerima();
    if (r.isPresent()) {
      simpanEkspor(r.get());
      web.catat(
          ctx,
          aksi,
          r.get().submisiId(),
          "OK " + r.get().barisDiterima() + " diterima, " + r.get().barisDitolak() + " ditolak");
    } else {
      web.catat(
          ctx,
          aksi,
          kode + "/" + periode.id(),
          h.ditolak().isEmpty() ? "TIDAK_BERUBAH" : "DITOLAK");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kode", kode);
    m.put("nama", web.namaInstansi(kode));
    m.put("periode", periode);
    m.put("tandaTerima", r.orElse(null));
    m.put("tidakBerubah", h.tidakBerubah());
    m.put("ditolak", h.ditolak());
    m.put("batasBaris", BARIS_DITAMPILKAN);
    web.tampil(ctx, "tanda-terima", m);
  }

  /** The receipt's refused rows as CSV and XLSX, next to the portal's copy of the receipt. */
  private void simpanEkspor(Receipt r) throws IOException {
    Path folder = folderEkspor(r.kode(), Periode.parse(r.periode()), "v" + r.versi());
    Files.createDirectories(folder);
    Files.write(folder.resolve("ditolak.csv"), EksporTandaTerima.csv(r));
    Files.write(folder.resolve("ditolak.xlsx"), EksporTandaTerima.xlsx(r));
  }

  private Path folderEkspor(String kode, Periode p, String versi) {
    return web.ws
        .root()
        .resolve(Penyimpanan.FOLDER)
        .resolve("tanda-terima")
        .resolve(kode)
        .resolve(p.id())
        .resolve(versi);
  }

  /** One version in the history. */
  record Versi(
      String periode,
      String versi,
      String diterimaPada,
      long dibaca,
      long diterima,
      long ditolak,
      String berkas,
      List<String> unduhan) {}

  private void riwayat(Context ctx) throws SQLException, IOException {
    String kode = ctx.pathParam("kode");
    web.bolehLihat(ctx, kode);
    List<Versi> semua = new ArrayList<>();
    Path folder = web.ws.receipts().resolve(kode);
    if (Files.isDirectory(folder)) {
      try (Stream<Path> s = Files.find(folder, 3, (f, a) -> f.endsWith("tanda-terima.json"))) {
        for (Path f : s.toList()) {
          JsonNode j = JSON.readTree(f.toFile());
          String periode = j.path("periode").asText();
          String versi = "v" + j.path("versi").asInt();
          List<String> unduhan = new ArrayList<>(List.of("tanda-terima.txt", "tanda-terima.json"));
          if (Files.isDirectory(folderEkspor(kode, Periode.parse(periode), versi))) {
            unduhan.add("ditolak.csv");
            unduhan.add("ditolak.xlsx");
          }
          List<String> namaBerkas = new ArrayList<>();
          j.path("datasets").forEach(d -> namaBerkas.add(d.path("berkas").asText()));
          semua.add(
              new Versi(
                  periode,
                  versi,
                  waktu(j.path("diterima_pada").asText()),
                  j.path("baris_dibaca").asLong(),
                  j.path("baris_diterima").asLong(),
                  j.path("baris_ditolak").asLong(),
                  String.join(", ", namaBerkas),
                  unduhan));
        }
      }
    }
    semua.sort(
        Comparator.comparing(Versi::periode)
            .thenComparing(v -> Integer.parseInt(v.versi().substring(1)))
            .reversed());
    web.tampil(
        ctx, "riwayat", Map.of("kode", kode, "nama", web.namaInstansi(kode), "versi", semua));
  }

  private static String waktu(String instant) {
    try {
      return java.time.format.DateTimeFormatter.ofPattern(
              "d MMM yyyy HH:mm 'WIB'", new Locale("id"))
          .withZone(WIB)
          .format(java.time.Instant.parse(instant));
    } catch (java.time.format.DateTimeParseException e) {
      return instant;
    }
  }

  private void unduhTandaTerima(Context ctx) throws SQLException, IOException {
    String kode = ctx.pathParam("kode");
    web.bolehLihat(ctx, kode);
    Periode p = Web.periode(ctx.pathParam("periode"));
    String versi = ctx.pathParam("versi");
    String nama = ctx.pathParam("nama");
    if (!VERSI.matcher(versi).matches() || !JENIS_UNDUHAN.containsKey(nama)) {
      throw new NotFoundResponse();
    }
    Path f =
        nama.startsWith("ditolak")
            ? folderEkspor(kode, p, versi).resolve(nama)
            : web.ws.receipts().resolve(kode).resolve(p.id()).resolve(versi).resolve(nama);
    if (!Files.isRegularFile(f)) {
      throw new NotFoundResponse();
    }
    web.catat(ctx, AuditPortal.Aksi.UNDUH, kode + "/" + p.id() + "/" + versi + "/" + nama, "OK");
    kirimBerkas(ctx, f, kode + "-" + p.id() + "-" + versi + "-" + nama, JENIS_UNDUHAN.get(nama));
  }

  /** One indicator of the form. */
  record Isian(String instrumen, String indikator, boolean dihitung, String nilaiDihitung) {}

  private void halamanTrainingRate(Context ctx) throws SQLException {
    String kode = ctx.pathParam("kode");
    web.picDari(ctx, kode);
    tampilTrainingRate(ctx, kode, periodeSekarang(), "", Map.of());
  }

  private void tampilTrainingRate(
      Context ctx, String kode, Periode p, String galat, Map<String, String> isian)
      throws SQLException {
    InstrumenTrainingRate instrumen = web.config.trainingRate();
    Map<String, String> dihitung = new LinkedHashMap<>();
    Optional<Periode> terakhir = web.kedudukan.periode(kode).stream().findFirst();
    if (terakhir.isPresent()) {
      dihitung = web.kedudukan.indikatorDihitung(kode, terakhir.get());
    }
    List<Isian> baris = new ArrayList<>();
    List<String> dilaporkan = instrumen.indikatorDilaporkan();
    for (InstrumenTrainingRate.Instrumen i : instrumen.instrumen()) {
      for (String k : i.indikator()) {
        boolean hitung = !dilaporkan.contains(k);
        baris.add(new Isian(i.nama(), k, hitung, dihitung.getOrDefault(k, "")));
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kode", kode);
    m.put("nama", web.namaInstansi(kode));
    m.put("periodeBoleh", periodeUnggah());
    m.put("periodeDipilih", p);
    m.put("baris", baris);
    m.put("isian", isian);
    m.put("periodeDihitung", terakhir.map(Periode::id).orElse(""));
    m.put("galat", galat);
    web.tampil(ctx, "training-rate", m);
  }

  private void simpanTrainingRate(Context ctx) throws Exception {
    String kode = ctx.pathParam("kode");
    web.picDari(ctx, kode);
    web.periksaCsrf(ctx);
    String teksPeriode = ctx.formParam("periode");
    Periode periode = teksPeriode == null ? null : Web.periode(teksPeriode);
    InstrumenTrainingRate instrumen = web.config.trainingRate();
    Map<String, String> isian = new LinkedHashMap<>();
    for (String k : instrumen.indikatorDilaporkan()) {
      isian.put("nilai_" + k, Optional.ofNullable(ctx.formParam("nilai_" + k)).orElse("").trim());
      isian.put("bukti_" + k, Optional.ofNullable(ctx.formParam("bukti_" + k)).orElse("").trim());
    }
    if (periode == null || !periodeUnggah().contains(periode)) {
      ctx.status(400);
      tampilTrainingRate(ctx, kode, periodeSekarang(), "Pilih periode yang tersedia.", isian);
      return;
    }
    List<String> galat = new ArrayList<>();
    int terisi = 0;
    for (String k : instrumen.indikatorDilaporkan()) {
      String v = isian.get("nilai_" + k);
      if (v.isEmpty()) {
        continue;
      }
      try {
        BigDecimal n = new BigDecimal(v.replace(',', '.'));
        if (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(100)) > 0) {
          galat.add(k + ": nilai " + v + " di luar 0–100");
        }
        terisi++;
      } catch (NumberFormatException e) {
        galat.add(k + ": \"" + v + "\" bukan angka");
      }
    }
    if (terisi == 0) {
      galat.add("Isi paling sedikit satu indikator.");
    }
    if (!galat.isEmpty()) {
      ctx.status(400);
      tampilTrainingRate(ctx, kode, periode, String.join("; ", galat), isian);
      return;
    }
    Path f = web.unggah.sementara().resolve(UUID.randomUUID() + ".csv");
    Files.createDirectories(f.getParent());
    try (Writer w = new OutputStreamWriter(Files.newOutputStream(f), StandardCharsets.UTF_8);
        CsvPenulis csv = new CsvPenulis(w, ',', "\r\n")) {
      csv.baris("instrumen", "indikator", "nilai", "bukti");
      for (String k : instrumen.indikatorDilaporkan()) {
        String v = isian.get("nilai_" + k);
        if (!v.isEmpty()) {
          csv.teks(instrumen.instrumenOf(k).orElseThrow())
              .teks(k)
              .nilai(new BigDecimal(v.replace(',', '.')))
              .teks(isian.get("bukti_" + k))
              .akhiriBaris();
        }
      }
    }
    try {
      serahkan(
          ctx,
          kode,
          periode,
          List.of(new Pengunggahan.Berkas("training_rate", "csv", f)),
          AuditPortal.Aksi.TRAINING_RATE);
    } finally {
      Files.deleteIfExists(f);
    }
  }

  private void templat(Context ctx) throws SQLException {
    web.wajibMasuk(ctx);
    String berkas = ctx.pathParam("berkas");
    String ext = ekstensi(berkas);
    String dataset = berkas.substring(0, Math.max(0, berkas.length() - ext.length() - 1));
    if (!Templat.dataset().contains(dataset) || !(ext.equals("csv") || ext.equals("xlsx"))) {
      throw new NotFoundResponse();
    }
    Periode p = periodeSekarang();
    byte[] isi =
        ext.equals("csv")
            ? Templat.csv(dataset, p, web.config)
            : Templat.xlsx(dataset, p, web.config);
    web.catat(ctx, AuditPortal.Aksi.UNDUH, "templat/" + berkas, "OK");
    ctx.contentType(jenisIsi(berkas));
    ctx.header("Content-Disposition", "attachment; filename=\"templat-" + berkas + "\"");
    ctx.result(isi);
  }
}
