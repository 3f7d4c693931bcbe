// Command gen writes the hostile inputs of package hostile to a folder, one
// file per kind and size: oneline-4MB.html, nopunct-4MB.txt, deepdiv-4MB.html.
//
//	go run ./internal/hostile/gen -o DIR [-mb 1,4,16,30]
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/auditnews/audit/internal/hostile"
)

func main() {
	out := flag.String("o", ".", "folder to write the inputs to")
	sizes := flag.String("mb", "1,4,16,30", "sizes in megabytes (10^6 bytes), comma-separated")
	flag.Parse()
	if err := write(*out, *sizes); err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(2)
	}
}

func write(dir, sizes string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil { //nolint:gosec // G301: generated benchmark inputs, nothing private
		return err
	}
	for _, s := range strings.Split(sizes, ",") {
		mb, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || mb <= 0 {
			return fmt.Errorf("bad size %q", s)
		}
		for _, k := range hostile.Kinds {
			name := filepath.Join(dir, fmt.Sprintf("%s-%dMB%s", k, mb, k.Ext()))
			if err := os.WriteFile(name, hostile.Make(k, mb*1000*1000), 0o644); err != nil { //nolint:gosec // G306: generated benchmark inputs, nothing private
				return err
			}
			fmt.Println(name)
		}
	}
	return nil
}
