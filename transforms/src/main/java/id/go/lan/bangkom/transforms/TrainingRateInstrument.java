package id.go.lan.bangkom.transforms;

import static java.util.Objects.requireNonNull;

import id.go.lan.bangkom.core.BangkomConfig;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The training-rate instrument (SPEC §6) as configured: instruments with weights and indicators,
 * the computed indicators, the bands and the threshold. LAN changes it without a rebuild.
 */
record TrainingRateInstrument(
    List<Instrumen> instrumen, Set<String> dihitung, List<Kategori> kategori, BigDecimal ambang) {

  record Instrumen(String nama, BigDecimal bobot, List<String> indikator) {
    Instrumen {
      requireNonNull(nama, "nama is null");
      requireNonNull(bobot, "bobot is null");
      indikator = List.copyOf(indikator);
      if (indikator.isEmpty()) {
        throw new IllegalArgumentException("Cannot use instrument without indicators: " + nama);
      }
    }
  }

  record Kategori(BigDecimal batasBawah, String nama) {}

  TrainingRateInstrument {
    instrumen = List.copyOf(instrumen);
    dihitung = Set.copyOf(dihitung);
    kategori = List.copyOf(kategori);
    requireNonNull(ambang, "ambang is null");
    BigDecimal total =
        instrumen.stream().map(Instrumen::bobot).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
      throw new IllegalArgumentException(
          "Nilai konfigurasi tidak sah untuk training_rate.instrumen, bobot harus berjumlah 100: "
              + total.toPlainString());
    }
  }

  static TrainingRateInstrument from(BangkomConfig config) {
    String spec = config.get("training_rate.instrumen").orElse("");
    List<Instrumen> instrumen = new ArrayList<>();
    for (String part : spec.split(",")) {
      String[] f = part.trim().split(":");
      if (f.length != 3) {
        throw new IllegalArgumentException(
            "Nilai konfigurasi tidak sah untuk training_rate.instrumen: " + part);
      }
      instrumen.add(
          new Instrumen(
              f[0].trim(), new BigDecimal(f[1].trim()), List.of(f[2].trim().split("\\|"))));
    }
    List<Kategori> kategori = new ArrayList<>();
    for (String part : config.get("training_rate.kategori").orElse("").split(",")) {
      String[] f = part.trim().split(":");
      if (f.length != 2) {
        throw new IllegalArgumentException(
            "Nilai konfigurasi tidak sah untuk training_rate.kategori: " + part);
      }
      kategori.add(new Kategori(new BigDecimal(f[0].trim()), f[1].trim()));
    }
    kategori.sort((a, b) -> b.batasBawah().compareTo(a.batasBawah()));
    Set<String> dihitung =
        Set.of(config.get("training_rate.indikator_dihitung").orElse("").trim().split("\\s*,\\s*"));
    return new TrainingRateInstrument(
        instrumen,
        dihitung,
        kategori,
        new BigDecimal(config.get("training_rate.ambang").orElse("60").trim()));
  }
}
