package server

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"net/http"
	"os"
	"strings"

	"github.com/auditnews/audit/internal/input"
)

// draftForm is what the page's form sends.
type draftForm struct {
	Text     string // the draft pasted
	Format   string // auto, html, text or markdown
	File     []byte // a file chosen, when one was
	FileName string
	Outlet   string // for Store
}

// maxField is the size cap of the form's small fields.
const maxField = 1 << 10

// readForm reads the page's form, multipart or URL-encoded, with the
// draft and the file each under the size cap and the whole body under the
// cap and a little room for the form's own parts.
func (s *Server) readForm(w http.ResponseWriter, r *http.Request) (*draftForm, error) {
	limit := 2*s.cfg.MaxBytes + 64<<10
	if r.ContentLength > limit {
		return nil, &http.MaxBytesError{Limit: s.cfg.MaxBytes}
	}
	r.Body = http.MaxBytesReader(w, r.Body, limit)
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	f := &draftForm{}
	switch mt {
	case "multipart/form-data":
		mr, err := r.MultipartReader()
		if err != nil {
			return nil, badRequest("bad form: %v", err)
		}
		for {
			part, err := mr.NextPart()
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return nil, formError(err)
			}
			if err := f.readPart(part.FormName(), part.FileName(), part, s.cfg.MaxBytes); err != nil {
				return nil, err
			}
		}
	case "application/x-www-form-urlencoded":
		if err := r.ParseForm(); err != nil {
			return nil, formError(err)
		}
		for _, k := range []string{"text", "format", "outlet"} {
			if err := f.readPart(k, "", strings.NewReader(r.PostForm.Get(k)), s.cfg.MaxBytes); err != nil {
				return nil, err
			}
		}
	default:
		return nil, &httpError{status: http.StatusUnsupportedMediaType, msg: "send the form as multipart/form-data"}
	}
	return f, nil
}

// formError is a form that could not be read: too large, too slow, or
// malformed.
func formError(err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) || errors.Is(err, os.ErrDeadlineExceeded) {
		return err
	}
	return badRequest("bad form: %v", err)
}

// readPart reads one field of the form.
func (f *draftForm) readPart(name, fileName string, r io.Reader, max int64) error {
	big := name == "text" || name == "file"
	limit := int64(maxField)
	if big {
		limit = max
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return formError(err)
	}
	if int64(len(data)) > limit {
		if !big {
			return badRequest("form field %q is longer than %d bytes", name, maxField)
		}
		return &http.MaxBytesError{Limit: max}
	}
	switch name {
	case "text":
		// browsers send a textarea's line breaks as CRLF
		f.Text = string(bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n")))
	case "format":
		f.Format = string(data)
	case "outlet":
		f.Outlet = strings.TrimSpace(string(data))
	case "file":
		if fileName != "" || len(data) > 0 {
			f.File, f.FileName = data, fileName
		}
	}
	return nil
}

// request makes the check the form asks for: the file when one was
// chosen, else the text.
func (f *draftForm) request() (*checkRequest, error) {
	format, err := parseFormat(f.Format)
	if err != nil {
		return nil, err
	}
	if len(f.File) > 0 {
		name := f.FileName
		if name == "" {
			name = "upload"
		}
		if ff, ok := input.FormatOf(name); ok && format == "" {
			format = ff
		}
		return &checkRequest{name: name, body: bytes.NewReader(f.File), format: format}, nil
	}
	if strings.TrimSpace(f.Text) == "" {
		return nil, &httpError{status: http.StatusUnprocessableEntity, msg: "paste a draft or choose a file"}
	}
	return &checkRequest{name: "draft", body: strings.NewReader(f.Text), format: format}, nil
}
