package id.go.lan.bangkom.core;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/** The folders of a workspace (docs/contracts.md). All paths are absolute. */
public record Workspace(Path root) {
  public Workspace {
    requireNonNull(root, "root is null");
    root = root.toAbsolutePath().normalize();
  }

  public Path inbox() {
    return root.resolve("inbox");
  }

  public Path lake() {
    return root.resolve("lake");
  }

  /** Submission versions: {@code lake/submisi/<kode>/<periode>/v<N>/}. */
  public Path submisi() {
    return lake().resolve("submisi");
  }

  /** Computed tables: {@code lake/computed/<table>/periode=<id>/}. */
  public Path computed(String table) {
    return lake().resolve("computed").resolve(table);
  }

  public Path receipts() {
    return root.resolve("receipts");
  }

  public Path warehouseDir() {
    return root.resolve("warehouse");
  }

  public Path warehouse() {
    return warehouseDir().resolve("bangkom.duckdb");
  }

  public Path reports(Periode periode) {
    return root.resolve("reports").resolve(periode.id());
  }

  /** Secrets created for this workspace (e.g. the NIP hash key). */
  public Path rahasia() {
    return root.resolve("rahasia");
  }
}
