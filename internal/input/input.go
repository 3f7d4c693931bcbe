package input

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/auditnews/audit/article"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// DefaultMaxBytes is the largest input read, after decompression.
const DefaultMaxBytes = 32 << 20

// Kind says where an input comes from.
type Kind int

// Kinds of input.
const (
	File Kind = iota
	Stdin
	URL
)

// Item is one input to read.
type Item struct {
	Name string // as given on the command line, or the path found in a directory
	Kind Kind
}

// Raw is an input read into memory, in UTF-8.
type Raw struct {
	Item
	Data     []byte
	Format   article.Format
	URL      string // the final URL after redirects, for URL inputs
	Repaired bool   // invalid UTF-8 was replaced
	Charset  string // the charset the input was decoded from
}

// Error is a problem with one input. Its message names the input.
type Error struct {
	Input string
	Err   error
}

func (e *Error) Error() string { return e.Input + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Problems a user can be told about.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary file, not an article")
	ErrTooLarge    = errors.New("larger than the size cap")
	ErrNoArticles  = errors.New("no articles (.html, .htm, .txt, .md) in directory")
	ErrScheme      = errors.New("unsupported URL scheme: only http and https are read")
	ErrNotFound    = errors.New("no such file or directory")
	ErrUnknownType = errors.New("unknown file type")
)

// Extensions maps the file extensions read from directories to formats.
var extensions = map[string]article.Format{
	".html":     article.HTML,
	".htm":      article.HTML,
	".xhtml":    article.HTML,
	".txt":      article.Text,
	".text":     article.Text,
	".md":       article.Markdown,
	".markdown": article.Markdown,
}

// FormatOf returns the format a file name implies, ignoring a trailing
// ".gz", and whether it is one audit reads.
func FormatOf(name string) (article.Format, bool) {
	name = strings.TrimSuffix(strings.ToLower(name), ".gz")
	f, ok := extensions[filepath.Ext(name)]
	return f, ok
}

// Expand resolves command-line arguments into items: directories are walked
// recursively for files with a known extension, in lexical order. Problems
// with single arguments are returned beside the items that could be found.
func Expand(args []string) ([]Item, []error) {
	var items []Item
	var errs []error
	for _, a := range args {
		switch {
		case a == "-":
			items = append(items, Item{Name: a, Kind: Stdin})
		case strings.Contains(a, "://"):
			items = append(items, Item{Name: a, Kind: URL})
		default:
			found, err := expandPath(a)
			if err != nil {
				errs = append(errs, &Error{Input: a, Err: err})
				continue
			}
			items = append(items, found...)
		}
	}
	return items, errs
}

func expandPath(p string) ([]Item, error) {
	st, err := os.Stat(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, ErrNotFound
		}
		return nil, unwrapPathError(err)
	}
	if !st.IsDir() {
		return []Item{{Name: p, Kind: File}}, nil
	}
	var found []string
	err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := d.Name()
		if d.IsDir() {
			if path != p && strings.HasPrefix(name, ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if _, ok := FormatOf(name); ok && !strings.HasPrefix(name, ".") {
			found = append(found, path)
		}
		return nil
	})
	if err != nil {
		return nil, unwrapPathError(err)
	}
	if len(found) == 0 {
		return nil, ErrNoArticles
	}
	sort.Strings(found)
	items := make([]Item, len(found))
	for i, f := range found {
		items[i] = Item{Name: f, Kind: File}
	}
	return items, nil
}

// unwrapPathError drops the path an *fs.PathError repeats, since Error
// names the input already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// Reader reads items. The zero value is not usable; set the fields or use
// NewReader.
type Reader struct {
	Stdin    io.Reader
	MaxBytes int64
	// Format forces the format of every input ("" sniffs).
	Format  article.Format
	Client  *http.Client
	Timeout time.Duration
}

// NewReader returns a Reader with the default caps: DefaultMaxBytes, a
// 30-second time-out per URL and at most 10 redirects.
func NewReader(stdin io.Reader) *Reader {
	return &Reader{Stdin: stdin, MaxBytes: DefaultMaxBytes, Timeout: 30 * time.Second}
}

// Read reads one item. Errors are *Error naming the item.
func (r *Reader) Read(ctx context.Context, it Item) (*Raw, error) {
	raw, err := r.read(ctx, it)
	if err != nil {
		return nil, &Error{Input: it.Name, Err: err}
	}
	return raw, nil
}

func (r *Reader) read(ctx context.Context, it Item) (*Raw, error) {
	raw := &Raw{Item: it}
	var contentType string
	var data []byte
	var err error
	switch it.Kind {
	case Stdin:
		data, err = readCapped(r.Stdin, r.maxBytes())
	case URL:
		data, contentType, raw.URL, err = r.fetch(ctx, it.Name)
	default:
		data, err = r.readFile(it.Name)
	}
	if err != nil {
		return nil, err
	}
	if bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		if data, err = gunzip(data, r.maxBytes()); err != nil {
			return nil, err
		}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	if isBinary(data) {
		return nil, ErrBinary
	}
	raw.Format = r.Format
	if raw.Format == "" {
		raw.Format = sniff(it, contentType, data)
	}
	raw.Data, raw.Charset, raw.Repaired = toUTF8(data, contentType, raw.Format)
	return raw, nil
}

func (r *Reader) maxBytes() int64 {
	if r.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return r.MaxBytes
}

func (r *Reader) readFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, ErrNotFound
		}
		return nil, unwrapPathError(err)
	}
	defer f.Close() //nolint:errcheck // opened for reading: what was read is all there is to lose
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, errors.New("is a directory")
	}
	return readCapped(f, r.maxBytes())
}

func readCapped(rd io.Reader, max int64) ([]byte, error) {
	if rd == nil {
		return nil, ErrEmpty
	}
	data, err := io.ReadAll(io.LimitReader(rd, max+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w of %s", ErrTooLarge, formatSize(max))
	}
	return data, nil
}

// formatSize writes a byte count in the largest binary unit that divides
// it, as --max-size reads it: "32 MiB", "500 KiB", "10 bytes".
func formatSize(n int64) string {
	for _, u := range []struct {
		size int64
		name string
	}{{1 << 30, "GiB"}, {1 << 20, "MiB"}, {1 << 10, "KiB"}} {
		if n >= u.size && n%u.size == 0 {
			return fmt.Sprintf("%d %s", n/u.size, u.name)
		}
	}
	if n == 1 {
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}

func gunzip(data []byte, max int64) ([]byte, error) {
	z, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	out, err := readCapped(z, max)
	if err != nil {
		return nil, fmt.Errorf("gzip: %w", err)
	}
	return out, nil
}

const maxRedirects = 10

func (r *Reader) fetch(ctx context.Context, raw string) (data []byte, contentType, final string, err error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, "", "", fmt.Errorf("bad URL: %w", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, "", "", ErrScheme
	}
	if u.Host == "" {
		return nil, "", "", errors.New("bad URL: no host")
	}
	client := r.Client
	if client == nil {
		client = &http.Client{}
	}
	c := *client
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) >= maxRedirects {
			return fmt.Errorf("more than %d redirects", maxRedirects)
		}
		if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
			return ErrScheme
		}
		return nil
	}
	if r.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, r.Timeout)
		defer cancel()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", "", fmt.Errorf("bad URL: %w", err)
	}
	req.Header.Set("User-Agent", "audit (news sourcing auditor)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain,text/markdown;q=0.9,*/*;q=0.5")
	resp, err := c.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
		}
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, "", "", fmt.Errorf("unreachable: no answer within %s", r.Timeout)
		}
		return nil, "", "", fmt.Errorf("unreachable: %w", err)
	}
	defer resp.Body.Close() //nolint:errcheck // a body read or given up: closing it loses nothing
	if resp.StatusCode != http.StatusOK {
		return nil, "", "", fmt.Errorf("HTTP %s", resp.Status)
	}
	if resp.ContentLength > r.maxBytes() {
		return nil, "", "", fmt.Errorf("%w of %s", ErrTooLarge, formatSize(r.maxBytes()))
	}
	data, err = readCapped(resp.Body, r.maxBytes())
	if err != nil {
		return nil, "", "", err
	}
	return data, resp.Header.Get("Content-Type"), resp.Request.URL.String(), nil
}

// isBinary reports whether data looks like a binary file: a NUL byte (not
// UTF-16 text) or many control characters in its first 8 KiB.
func isBinary(data []byte) bool {
	head := data
	if len(head) > 8192 {
		head = head[:8192]
	}
	if utf16BOM(head) != nil {
		return false
	}
	ctrl := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			ctrl++
		}
	}
	return ctrl*20 > len(head)
}

func utf16BOM(b []byte) encoding.Encoding {
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	}
	return nil
}

// sniff decides the format of an input from its name, its content type and
// its first bytes.
func sniff(it Item, contentType string, data []byte) article.Format {
	if it.Kind == URL {
		if mt, _, err := mime.ParseMediaType(contentType); err == nil {
			switch mt {
			case "text/html", "application/xhtml+xml":
				return article.HTML
			case "text/markdown", "text/x-markdown":
				return article.Markdown
			case "text/plain":
				return sniffContent(data)
			}
		}
		if u, err := url.Parse(it.Name); err == nil {
			if f, ok := FormatOf(u.Path); ok {
				return f
			}
		}
		return sniffContent(data)
	}
	if it.Kind == File {
		if f, ok := FormatOf(it.Name); ok {
			return f
		}
	}
	return sniffContent(data)
}

func sniffContent(data []byte) article.Format {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = bytes.TrimLeft(head, "\xef\xbb\xbf \t\r\n")
	lower := bytes.ToLower(head)
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<article", "<p>", "<div", "<!--"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return article.HTML
		}
	}
	if bytes.Contains(lower, []byte("<html")) || bytes.Contains(lower, []byte("<body")) {
		return article.HTML
	}
	if bytes.HasPrefix(head, []byte("---\n")) || bytes.HasPrefix(head, []byte("---\r\n")) || bytes.HasPrefix(head, []byte("# ")) ||
		bytes.Contains(head, []byte("\n# ")) || bytes.Contains(head, []byte("\n## ")) || bytes.Contains(head, []byte("](http")) {
		return article.Markdown
	}
	return article.Text
}

// toUTF8 decodes data to UTF-8. A BOM decides; then content that is already
// valid UTF-8 stays as it is (pages are often saved as UTF-8 under a stale
// charset declaration); then a declared charset (header, then <meta>);
// otherwise invalid bytes are repaired: text with no valid multi-byte
// sequence is read as Windows-1252, anything else has its invalid bytes
// replaced by U+FFFD.
func toUTF8(data []byte, contentType string, f article.Format) (out []byte, name string, repaired bool) {
	if e := utf16BOM(data); e != nil {
		if b, err := e.NewDecoder().Bytes(data); err == nil {
			return b, "utf-16", false
		}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return data, "utf-8", false
	}
	var enc encoding.Encoding
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		enc, name = charset.Lookup(params["charset"])
	}
	if enc == nil && f == article.HTML {
		var certain bool
		enc, name, certain = charset.DetermineEncoding(data, "")
		if !certain && name == "windows-1252" && !declaresCharset(data) {
			enc = nil // the fallback guess, not a declaration
		}
	}
	if enc != nil && name != "utf-8" {
		if b, err := enc.NewDecoder().Bytes(data); err == nil {
			return b, name, false
		}
	}
	if !hasValidMultibyte(data) {
		if b, err := charmap.Windows1252.NewDecoder().Bytes(data); err == nil {
			return b, "windows-1252", true
		}
	}
	return bytes.ToValidUTF8(data, []byte("\uFFFD")), "utf-8", true
}

// declaresCharset reports whether the head of an HTML page names a charset.
func declaresCharset(data []byte) bool {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	return bytes.Contains(bytes.ToLower(head), []byte("charset"))
}

func hasValidMultibyte(data []byte) bool {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r != utf8.RuneError || size > 1 {
			return true
		}
		i += size
	}
	return false
}
