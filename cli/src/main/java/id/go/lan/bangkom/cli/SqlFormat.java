package id.go.lan.bangkom.cli;

/** How {@code sql} prints a result. Lower-case names are the option values. */
enum SqlFormat {
  table,
  csv,
  json
}
