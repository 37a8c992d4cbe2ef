package id.go.lan.bangkom.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One computation per workspace: the holding thread may nest, anyone else is refused at once. */
class WorkspaceLockTest {
  @TempDir Path dir;

  @Test
  void theHolderMayTakeItAgainAndItIsFreeOnlyAfterTheOuterClose() throws Exception {
    Workspace ws = new Workspace(dir);
    try (WorkspaceLock outer = WorkspaceLock.acquire(ws, "run")) {
      try (WorkspaceLock inner = WorkspaceLock.acquire(ws, "transform")) {
        assertThat(WorkspaceLock.isHeld(ws)).isTrue();
      }
      assertThat(WorkspaceLock.isHeld(ws)).isTrue();
      assertThat(refusalFromAnotherThread(ws)).contains("sedang diolah");
    }
    assertThat(WorkspaceLock.isHeld(ws)).isFalse();
    assertThat(refusalFromAnotherThread(ws)).isEqualTo("diambil");
  }

  @Test
  void anotherThreadIsRefusedNamingTheHolderAndItsOwnStep() throws Exception {
    Workspace ws = new Workspace(dir);
    try (WorkspaceLock held = WorkspaceLock.acquire(ws, "transform")) {
      String message = refusalFromAnotherThread(ws);
      assertThat(message)
          .startsWith(
              "Folder kerja "
                  + dir
                  + " sedang diolah oleh perintah lain (transform, pid "
                  + ProcessHandle.current().pid()
                  + ", mulai ")
          .endsWith(
              " WIB); publish tidak dijalankan. Tunggu sampai perintah itu selesai, lalu ulangi.");
    }
  }

  @Test
  void closingTwiceReleasesOnce() {
    Workspace ws = new Workspace(dir);
    WorkspaceLock outer = WorkspaceLock.acquire(ws, "run");
    WorkspaceLock inner = WorkspaceLock.acquire(ws, "publish");
    inner.close();
    inner.close();
    assertThat(WorkspaceLock.isHeld(ws)).isTrue();
    outer.close();
    assertThat(WorkspaceLock.isHeld(ws)).isFalse();
  }

  @Test
  void aBusyWorkspaceIsNotABadUsage() {
    Workspace ws = new Workspace(dir);
    try (WorkspaceLock held = WorkspaceLock.acquire(ws, "transform")) {
      assertThatThrownBy(
              () ->
                  CompletableFuture.runAsync(() -> WorkspaceLock.acquire(ws, "publish"))
                      .get(30, TimeUnit.SECONDS))
          .hasCauseInstanceOf(WorkspaceLock.Sibuk.class)
          .cause()
          .isInstanceOf(IllegalStateException.class)
          .isNotInstanceOf(IllegalArgumentException.class);
    }
  }

  /** Tries to publish from another thread: "diambil" when it got the lock, else the message. */
  private static String refusalFromAnotherThread(Workspace ws) throws Exception {
    return CompletableFuture.supplyAsync(
            () -> {
              try (WorkspaceLock lock = WorkspaceLock.acquire(ws, "publish")) {
                return "diambil";
              } catch (WorkspaceLock.Sibuk e) {
                return e.getMessage();
              }
            })
        .get(30, TimeUnit.SECONDS);
  }
}
