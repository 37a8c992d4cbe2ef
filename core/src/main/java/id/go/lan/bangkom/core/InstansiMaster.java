package id.go.lan.bangkom.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The master list of instansi (606 in the programme), read from a CSV with header {@code
 * kode_instansi,nama_instansi,jenis_instansi,kode_provinsi,nama_provinsi,nama_pic,email_pic} and,
 * optionally, {@code jabatan_pimpinan,email_pimpinan}: the addressee of the escalation letter (the
 * head of the HR function / PPK), blank when absent.
 */
public final class InstansiMaster {
  /** Classpath location of the bundled production list (this module's resources). */
  public static final String BUNDLED_RESOURCE = "/bangkom/master/instansi.csv";

  private final Map<String, Instansi> byKode;

  private InstansiMaster(Map<String, Instansi> byKode) {
    this.byKode = byKode;
  }

  /**
   * Loads the list from {@code path} (configuration {@code master.instansi}), or the bundled one
   * when {@code path} is empty. A file that cannot be read or is malformed is refused with an
   * Indonesian message naming the key, the file and the line.
   */
  public static InstansiMaster load(Optional<Path> path) {
    if (path.isPresent()) {
      String source = Pesan.CORE.f("master.sumber", path.get());
      try (InputStream in = Files.newInputStream(path.get())) {
        return read(in, source);
      } catch (IOException e) {
        throw new PengaturanTidakSah(
            Pesan.CORE.f("pengaturan.master.instansi", path.get(), e.getClass().getSimpleName()),
            e);
      }
    }
    try (InputStream in = InstansiMaster.class.getResourceAsStream(BUNDLED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(Pesan.CORE.f("master.bawaan.tidak.ada", BUNDLED_RESOURCE));
      }
      return read(in, BUNDLED_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(Pesan.CORE.f("master.tidak.terbaca", BUNDLED_RESOURCE), e);
    }
  }

  static InstansiMaster read(InputStream in, String source) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = reader.readLine();
    if (header == null) {
      throw new IllegalArgumentException(Pesan.CORE.f("master.kosong", source));
    }
    Map<String, Instansi> byKode = new LinkedHashMap<>();
    String line;
    int lineNumber = 1;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      List<String> f = SelCsv.baris(line);
      if (f.size() < 7) {
        throw new IllegalArgumentException(
            Pesan.CORE.f("master.kolom", source, Integer.toString(lineNumber), line));
      }
      JenisInstansi jenis;
      try {
        jenis = JenisInstansi.valueOf(f.get(2));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            Pesan.CORE.f("master.jenis", source, Integer.toString(lineNumber), f.get(2)), e);
      }
      Instansi instansi =
          new Instansi(
              f.get(0),
              f.get(1),
              jenis,
              emptyToNone(f.get(3)),
              emptyToNone(f.get(4)),
              f.get(5),
              f.get(6),
              f.size() > 7 ? f.get(7).strip() : "",
              f.size() > 8 ? f.get(8).strip() : "");
      if (byKode.put(instansi.kode(), instansi) != null) {
        throw new IllegalArgumentException(
            Pesan.CORE.f(
                "master.kode.ganda", source, Integer.toString(lineNumber), instansi.kode()));
      }
    }
    return new InstansiMaster(byKode);
  }

  private static Optional<String> emptyToNone(String value) {
    return value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  public Optional<Instansi> find(String kode) {
    return Optional.ofNullable(byKode.get(kode));
  }

  public boolean contains(String kode) {
    return byKode.containsKey(kode);
  }

  public Collection<Instansi> all() {
    return List.copyOf(byKode.values());
  }

  public int size() {
    return byKode.size();
  }
}
