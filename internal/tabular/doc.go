// Package tabular writes rows of plain structs as a table: CSV (RFC 4180,
// with a header), JSON (one array of objects) or JSON Lines (one object a
// line). Columns are the struct's fields with their JSON names, in order.
package tabular
