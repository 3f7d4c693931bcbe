package archive

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// Stale returns the versions analysed by another analyzer than the one
// named, oldest first: those 'audit ingest --reanalyze' redoes.
func (db *DB) Stale(ctx context.Context, analyzer string) (ids []int64, err error) {
	rows, err := db.ro.QueryContext(ctx, `SELECT version_id FROM analyses WHERE analyzer_version <> ? ORDER BY version_id`, analyzer)
	if err != nil {
		return nil, fmt.Errorf("archive: %w", err)
	}
	defer closeRows(rows, &err)
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("archive: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("archive: %w", err)
	}
	return ids, nil
}

// StoredInput is what a version was analysed from: enough to analyse it
// again without reading the input again.
type StoredInput struct {
	Version    int64
	Locator    string
	Input      string // where it was read: absolute path, URL or "-"
	Format     string
	FetchedURL string
	Data       []byte // the input as read, in UTF-8
	InputHash  string
	Manifest   string // the manifest's metadata as JSON, or ""
	Section    string
}

// StoredInput returns the input of a version.
func (db *DB) StoredInput(ctx context.Context, version int64) (*StoredInput, error) {
	in := &StoredInput{Version: version}
	var text string
	var raw []byte
	err := db.ro.QueryRowContext(ctx, `SELECT ar.locator, v.input, v.format, v.fetched_url, v.input_hash, v.manifest, v.section, v.text, v.raw
FROM versions v JOIN articles ar ON ar.id = v.article_id WHERE v.id = ?`, version).Scan(
		&in.Locator, &in.Input, &in.Format, &in.FetchedURL, &in.InputHash, &in.Manifest, &in.Section, &text, &raw)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("archive: no version %d", version)
	}
	if err != nil {
		return nil, fmt.Errorf("archive: %w", err)
	}
	if raw == nil {
		in.Data = []byte(text)
	} else if in.Data, err = unpack(raw); err != nil {
		return nil, err
	}
	return in, nil
}
