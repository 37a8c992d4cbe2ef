package id.go.lan.bangkom.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PesanTest {
  private static final Pesan PESAN = Pesan.modul("contoh");

  @Test
  void fillsArgumentsTheIndonesianWay() {
    assertThat(PESAN.f("berkas.kosong", "pegawai.csv")).isEqualTo("Berkas pegawai.csv kosong.");
    assertThat(PESAN.f("baris.ditolak", "12", 12345, new BigDecimal("1234.5")))
        .isEqualTo("Baris 12 ditolak: 12345 kolom, 1.234,5.");
    assertThat(PESAN.f("kutip", "32.07")).isEqualTo("Instansi '32.07'");
    assertThat(PESAN.f("polos")).isEqualTo("Tanpa argumen, 2 'kutip'.");
  }

  @Test
  void aMissingKeyIsAProgrammingErrorNamingIt() {
    assertThatThrownBy(() -> PESAN.f("tidak.ada"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("tidak.ada")
        .hasMessageContaining("bangkom/pesan/contoh");
    assertThat(PESAN.kunci()).contains("berkas.kosong", "kutip");
  }
}
