package tabular

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
)

// Formats are the formats New accepts.
var Formats = []string{"csv", "json", "jsonl"}

// Writer writes rows of type T.
type Writer[T any] struct {
	format string
	w      *bufio.Writer
	csv    *csv.Writer
	fields []int // indexes of T's columns
	n      int
}

// New returns a writer of rows of the struct type T in format.
func New[T any](w io.Writer, format string) (*Writer[T], error) {
	t := &Writer[T]{format: format, w: bufio.NewWriter(w)}
	switch format {
	case "csv":
		t.csv = csv.NewWriter(t.w)
		t.csv.UseCRLF = true
		var head []string
		typ := reflect.TypeFor[T]()
		for i := range typ.NumField() {
			if name := column(typ.Field(i)); name != "" {
				head = append(head, name)
				t.fields = append(t.fields, i)
			}
		}
		if err := t.csv.Write(head); err != nil {
			return nil, err
		}
	case "json", "jsonl":
	default:
		return nil, fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
	}
	return t, nil
}

// column is a field's column name, or "" for none.
func column(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	switch name {
	case "-":
		return ""
	case "":
		return f.Name
	}
	return name
}

// Write writes one row.
func (t *Writer[T]) Write(row T) error {
	t.n++
	switch t.format {
	case "csv":
		v := reflect.ValueOf(row)
		rec := make([]string, len(t.fields))
		for i, f := range t.fields {
			rec[i] = cell(v.Field(f))
		}
		return t.csv.Write(rec)
	case "json":
		b, err := json.Marshal(row)
		if err != nil {
			return err
		}
		sep := ",\n"
		if t.n == 1 {
			sep = "[\n"
		}
		_, _ = t.w.WriteString(sep) // a bufio.Writer keeps its error for Flush
		_, err = t.w.Write(b)
		return err
	default:
		b, err := json.Marshal(row)
		if err != nil {
			return err
		}
		_, _ = t.w.Write(b)
		return t.w.WriteByte('\n')
	}
}

// cell renders a value for CSV: numbers as Go writes them, booleans as
// true and false, lists joined with "; ", nil as nothing.
func cell(v reflect.Value) string {
	if s, ok := v.Interface().(fmt.Stringer); ok {
		return s.String()
	}
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return ""
		}
		return cell(v.Elem())
	case reflect.String:
		return v.String()
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int, reflect.Int64, reflect.Int32:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Float64, reflect.Float32:
		return strconv.FormatFloat(v.Float(), 'f', -1, 64)
	case reflect.Slice:
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = cell(v.Index(i))
		}
		return strings.Join(parts, "; ")
	}
	return fmt.Sprint(v.Interface())
}

// Close ends the table and flushes.
func (t *Writer[T]) Close() error {
	switch t.format {
	case "csv":
		t.csv.Flush()
		if err := t.csv.Error(); err != nil {
			return err
		}
	case "json":
		end := "\n]\n"
		if t.n == 0 {
			end = "[]\n"
		}
		_, _ = t.w.WriteString(end)
	}
	return t.w.Flush()
}

// WriteEach writes the rows each gives as a table in format.
func WriteEach[T any](w io.Writer, format string, each func(func(T) error) error) error {
	t, err := New[T](w, format)
	if err != nil {
		return err
	}
	if err := each(t.Write); err != nil {
		return err
	}
	return t.Close()
}

// WriteAll writes rows as a table in format.
func WriteAll[T any](w io.Writer, format string, rows []T) error {
	return WriteEach(w, format, func(fn func(T) error) error {
		for _, r := range rows {
			if err := fn(r); err != nil {
				return err
			}
		}
		return nil
	})
}
