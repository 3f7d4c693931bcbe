package archive

import (
	"context"
	"database/sql"
	"fmt"
)

// ClaimRow is one claim of an article's current version with its
// immediate source and its chain: the rows of 'audit export claims'.
type ClaimRow struct {
	ArticleID       int64    `json:"article_id"`
	Outlet          string   `json:"outlet"`
	Published       string   `json:"published"`
	Claim           int      `json:"claim"` // the claim's id in the article
	Text            string   `json:"text"`
	Class           string   `json:"class"`
	Source          string   `json:"source"`
	SourceType      string   `json:"source_type"`
	Role            string   `json:"role"`
	Official        bool     `json:"official"`
	Span            string   `json:"span"` // the source's mention
	AnonCount       int      `json:"anon_count"`
	Affiliation     string   `json:"affiliation"`
	Seniority       string   `json:"seniority"`
	AnonymityReason string   `json:"anonymity_reason"`
	Exclusive       bool     `json:"exclusive"`
	Confirmed       bool     `json:"confirmed"`
	Chain           []string `json:"chain"` // relayed sources, nearest first
	Cue             string   `json:"cue"`
	CueLemma        string   `json:"cue_lemma"`
	CueLoaded       bool     `json:"cue_loaded"`
	Quote           string   `json:"quote"`
	InheritedFrom   *int     `json:"inherited_from"`
	Confidence      float64  `json:"confidence"`
	Line            int      `json:"line"`
	Column          int      `json:"column"`
	Start           int      `json:"start"` // code points of the article's text
	End             int      `json:"end"`
}

// EachClaim calls fn for every claim a filter sees, by article id and
// claim, holding one claim at a time.
func (db *DB) EachClaim(ctx context.Context, f Filter, fn func(ClaimRow) error) error {
	where, args := f.where(false)
	return db.eachClaim(ctx, where, args, fn)
}

// eachClaim is EachClaim with the conditions where (on current_articles,
// aliased ca) and their arguments.
func (db *DB) eachClaim(ctx context.Context, where string, args []any, fn func(ClaimRow) error) (err error) {
	// The claims' texts are cut from their article's text here rather than
	// by substr in the query, which read the whole text again for every
	// claim: the texts come in a second query, in the same article order.
	//nolint:gosec,rowserrcheck // G202: where holds column names and ? placeholders only (Filter.where), the values go in args; claimTexts.cut checks Err where the texts end
	rows, err := db.ro.QueryContext(ctx, `SELECT ca.article_id, v.text FROM current_articles ca JOIN versions v ON v.id = ca.version_id`+where+`
ORDER BY ca.article_id`, args...)
	if err != nil {
		return fmt.Errorf("archive: %w", err)
	}
	defer closeRows(rows, &err)
	texts := &claimTexts{rows: rows, article: -1}
	var cur *ClaimRow
	var curAnalysis int64
	err = db.each(ctx, `SELECT ca.analysis_id, ca.article_id, COALESCE(ca.outlet, ''), ca.published, c.n,
c.class, c.quote,
COALESCE(c.cue_text, ''), COALESCE(c.cue_lemma, ''), COALESCE(c.cue_loaded, 0), c.inherited_from, c.confidence,
c.line, c.col, c.start_char, c.end_char,
COALESCE(s.name, ''), COALESCE(s.type, ''), c.role, c.official, c.span, c.anon_count, c.affiliation, c.seniority,
c.anonymity_reason, c.exclusive, c.confirmed, COALESCE(cs.name, '')
FROM current_articles ca
JOIN claims c ON c.analysis_id = ca.analysis_id
LEFT JOIN sources s ON s.id = c.source_id
LEFT JOIN claim_chain ch ON ch.analysis_id = c.analysis_id AND ch.claim = c.n
LEFT JOIN sources cs ON cs.id = ch.source_id`+where+`
ORDER BY ca.article_id, c.n, ch.depth`, args, func(r *sql.Rows) error {
		var row ClaimRow
		var analysis int64
		var inherited sql.NullInt64
		var relayed string
		if err := r.Scan(&analysis, &row.ArticleID, &row.Outlet, &row.Published, &row.Claim, &row.Class, &row.Quote,
			&row.Cue, &row.CueLemma, &row.CueLoaded, &inherited, &row.Confidence, &row.Line, &row.Column, &row.Start, &row.End,
			&row.Source, &row.SourceType, &row.Role, &row.Official, &row.Span, &row.AnonCount, &row.Affiliation, &row.Seniority,
			&row.AnonymityReason, &row.Exclusive, &row.Confirmed, &relayed); err != nil {
			return err
		}
		if cur != nil && curAnalysis == analysis && cur.Claim == row.Claim {
			cur.Chain = append(cur.Chain, relayed) // the claim again, with the next of its chain
			return nil
		}
		if cur != nil {
			if err := fn(*cur); err != nil {
				return err
			}
		}
		var err error
		if row.Text, err = texts.cut(row.ArticleID, row.Start, row.End); err != nil {
			return err
		}
		if inherited.Valid {
			n := int(inherited.Int64)
			row.InheritedFrom = &n
		}
		row.Chain = []string{}
		if relayed != "" {
			row.Chain = append(row.Chain, relayed)
		}
		cur, curAnalysis = &row, analysis
		return nil
	})
	if err != nil || cur == nil {
		return err
	}
	return fn(*cur)
}

// claimTexts reads the texts of the articles whose claims eachClaim reads,
// in the same article order, and cuts each claim's text from its
// article's.
type claimTexts struct {
	rows    *sql.Rows // article id and text, by article id
	article int64     // the article of text
	text    string
	offs    []int // runeOffsets of text
}

// cut returns the text of an article from code point start to end.
func (c *claimTexts) cut(article int64, start, end int) (string, error) {
	for c.article < article {
		if !c.rows.Next() {
			if err := c.rows.Err(); err != nil {
				return "", err
			}
			return "", nil // an article stored since the claims were read: no text
		}
		if err := c.rows.Scan(&c.article, &c.text); err != nil {
			return "", err
		}
		c.offs = runeOffsets(c.text)
	}
	if c.article != article {
		return "", nil
	}
	return sliceRunes(c.text, c.offs, start, end), nil
}

// FindingRow is one finding of an article's current version: the rows
// of 'audit export findings'.
type FindingRow struct {
	ArticleID int64  `json:"article_id"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Rule      string `json:"rule"`
	Severity  string `json:"severity"`
	Claim     int    `json:"claim"` // 0 for the whole article
	Message   string `json:"message"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// EachFinding calls fn for every finding a filter sees, by article id and
// position.
func (db *DB) EachFinding(ctx context.Context, f Filter, fn func(FindingRow) error) error {
	where, args := f.where(false)
	return db.each(ctx, `SELECT ca.article_id, COALESCE(ca.outlet, ''), ca.published, fi.rule, fi.severity, fi.claim, fi.message,
fi.line, fi.col, fi.end_line, fi.end_col, fi.start_char, fi.end_char
FROM current_articles ca JOIN findings fi ON fi.analysis_id = ca.analysis_id`+where+`
ORDER BY ca.article_id, fi.n`, args, func(r *sql.Rows) error {
		var row FindingRow
		if err := r.Scan(&row.ArticleID, &row.Outlet, &row.Published, &row.Rule, &row.Severity, &row.Claim, &row.Message,
			&row.Line, &row.Column, &row.EndLine, &row.EndColumn, &row.Start, &row.End); err != nil {
			return err
		}
		return fn(row)
	})
}
