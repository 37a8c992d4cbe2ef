package id.go.lan.bangkom.transforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartisiShuffleTest {
  private static final long MB = 1024L * 1024;

  @Test
  void aSmallCutOffUsesTwoPartitionsAndANationalOneTheConfiguredMost() {
    assertThat(PartisiShuffle.untuk(0, 32)).isEqualTo(2);
    assertThat(PartisiShuffle.untuk(1 * MB, 32)).isEqualTo(2); // the shipped sample: ~1 MB
    assertThat(PartisiShuffle.untuk(8 * MB, 32)).isEqualTo(2);
    assertThat(PartisiShuffle.untuk(8 * MB + 1, 32)).isEqualTo(3);
    assertThat(PartisiShuffle.untuk(40 * MB, 32)).isEqualTo(10);
    assertThat(PartisiShuffle.untuk(128 * MB, 32)).isEqualTo(32);
    assertThat(PartisiShuffle.untuk(750 * MB, 32)).isEqualTo(32); // a tenth of the nation's lake
  }

  @Test
  void theConfiguredMostWinsEvenBelowTheMinimum() {
    assertThat(PartisiShuffle.untuk(0, 1)).isEqualTo(1);
    assertThat(PartisiShuffle.untuk(900 * MB, 200)).isEqualTo(200);
  }

  @Test
  void aNegativeSizeIsABug() {
    assertThatThrownBy(() -> PartisiShuffle.untuk(-1, 32))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
