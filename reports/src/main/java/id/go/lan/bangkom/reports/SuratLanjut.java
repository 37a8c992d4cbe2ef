package id.go.lan.bangkom.reports;

import id.go.lan.bangkom.core.Periode;
import id.go.lan.bangkom.core.kontrak.TahapSounding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One letter of a later stage of the escalation ladder to write: the warehouse's stage row, the
 * instansi ({@code dim_instansi}) and the letter as it will be written ({@link SuratInstansi}).
 */
record SuratLanjut(Baris tahap, Baris instansi, SuratInstansi surat) {
  /**
   * The letters of the stage rows of {@code lanjut}, in their order, under {@code root/<kode>/};
   * rows of an instansi not in {@code dim_instansi} get none, like the Surat Sounding.
   */
  static List<SuratLanjut> rencana(
      DataInstansiPeriode data, DataTahapLanjut lanjut, Path root, Periode periode) {
    Map<String, Baris> instansiPerKode = new HashMap<>();
    data.instansi.forEach(b -> instansiPerKode.put(b.str("kode_instansi"), b));
    List<SuratLanjut> out = new ArrayList<>();
    for (Baris tahap : lanjut.tahap) {
      String kode = tahap.str("kode_instansi");
      Baris instansi = instansiPerKode.get(kode);
      if (instansi == null) {
        continue;
      }
      TahapSounding t = TahapSounding.dari(tahap.str("tahap"));
      out.add(
          new SuratLanjut(
              tahap,
              instansi,
              new SuratInstansi(
                  kode,
                  Objects.requireNonNullElse(tahap.str("level"), ""),
                  root.resolve(kode).resolve(t.berkasPdf(kode, periode)),
                  Optional.empty(),
                  Optional.empty(),
                  t)));
    }
    return out;
  }
}
