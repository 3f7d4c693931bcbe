package config

import (
	"path/filepath"
	"testing"
)

// BenchmarkProfile reads a configuration with outlets, institutions and
// officials and builds its analyzer and checker, as Profiles does once
// per configuration file.
func BenchmarkProfile(b *testing.B) {
	dir := b.TempDir()
	write(b, dir, "house.txt", "@kind outlets\nThe Daily Ledger | newspaper\n")
	path := write(b, dir, ".audit.yaml", houseYAML)
	for b.Loop() {
		if _, err := NewProfiles(Options{}).Load(path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadTOML reads a configuration in TOML.
func BenchmarkLoadTOML(b *testing.B) {
	dir := b.TempDir()
	write(b, dir, "house.txt", "@kind outlets\nThe Daily Ledger | newspaper\n")
	path := write(b, dir, ".audit.toml", houseTOML)
	for b.Loop() {
		if _, err := Load(filepath.Clean(path)); err != nil {
			b.Fatal(err)
		}
	}
}
