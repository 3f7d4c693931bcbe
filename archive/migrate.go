package archive

import (
	"context"
	"embed"
	"fmt"
	"path"
	"sort"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrations are the schema's steps in order: the archive's schema
// version (PRAGMA user_version) is the number applied.
var migrations = loadMigrations()

func loadMigrations() []string {
	names, err := migrationFiles.ReadDir("migrations")
	if err != nil {
		panic(err) // embedded at build time
	}
	sort.Slice(names, func(i, j int) bool { return names[i].Name() < names[j].Name() })
	out := make([]string, len(names))
	for i, n := range names {
		b, err := migrationFiles.ReadFile(path.Join("migrations", n.Name()))
		if err != nil {
			panic(err)
		}
		out[i] = string(b)
	}
	return out
}

// migrate applies the migrations the archive lacks, each in its own
// IMMEDIATE transaction that reads the version first, since another
// process may have migrated in the meantime.
func (db *DB) migrate(ctx context.Context) error {
	return db.migrateTo(ctx, len(migrations))
}

func (db *DB) migrateTo(ctx context.Context, target int) error {
	for {
		done, err := db.migrateOne(ctx, target)
		if err != nil {
			return fmt.Errorf("archive: migrate %s: %w", db.path, err)
		}
		if done {
			return nil
		}
	}
}

// migrateOne applies the next migration below target, and reports
// whether there was none left.
func (db *DB) migrateOne(ctx context.Context, target int) (bool, error) {
	tx, err := db.beginWrite(ctx)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	var version int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return false, err
	}
	if version > len(migrations) {
		return false, fmt.Errorf("schema version %d is newer than %d", version, len(migrations))
	}
	if version >= target {
		return true, nil
	}
	if _, err := tx.ExecContext(ctx, migrations[version]); err != nil {
		return false, fmt.Errorf("step %d: %w", version+1, err)
	}
	// PRAGMA takes no parameters; both values are integers
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", ApplicationID)); err != nil {
		return false, err
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", version+1)); err != nil {
		return false, err
	}
	return false, tx.Commit()
}
