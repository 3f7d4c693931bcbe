-- The archive's first schema. Offsets (*_char) are Unicode code points into
-- the version's text, half-open; lines and columns are 1-based positions in
-- the input (0 where unknown). Times are UTC, RFC 3339. Flags are 0 or 1.
-- Only WITHOUT ROWID is particular to SQLite.

-- News organisations: those whose articles are stored, and those cited.
CREATE TABLE outlets (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,           -- as first seen
    match_key TEXT NOT NULL UNIQUE     -- the name lower-cased, spaces collapsed, a leading "the " dropped
);

-- One row per `audit ingest`; finished_at stays NULL for a run that was interrupted.
CREATE TABLE ingest_runs (
    id               INTEGER PRIMARY KEY,
    started_at       TEXT NOT NULL,
    finished_at      TEXT,
    tool_version     TEXT NOT NULL,
    analyzer_version TEXT NOT NULL,
    added            INTEGER NOT NULL DEFAULT 0, -- new articles
    new_versions     INTEGER NOT NULL DEFAULT 0, -- changed text of an article already stored
    updated          INTEGER NOT NULL DEFAULT 0, -- analysed again (another analyzer version, or changed metadata)
    unchanged        INTEGER NOT NULL DEFAULT 0,
    failed           INTEGER NOT NULL DEFAULT 0  -- inputs that could not be read or analysed
);

-- An article is identified by its canonical URL, else the absolute path of
-- the file it was read from.
CREATE TABLE articles (
    id                 INTEGER PRIMARY KEY,
    locator            TEXT NOT NULL UNIQUE,
    outlet_id          INTEGER REFERENCES outlets(id),
    current_version_id INTEGER REFERENCES versions(id), -- the version seen last
    first_seen         TEXT NOT NULL
);
CREATE INDEX articles_outlet ON articles(outlet_id);

-- Each distinct text of an article. Reanalysis reads raw (or text) again:
-- the input as read, after decompression and transcoding to UTF-8.
CREATE TABLE versions (
    id          INTEGER PRIMARY KEY,
    article_id  INTEGER NOT NULL REFERENCES articles(id),
    seq         INTEGER NOT NULL,        -- 1, 2, ... in the order seen
    text_hash   TEXT NOT NULL,           -- SHA-256 of text, hex
    input_hash  TEXT NOT NULL,           -- SHA-256 of what was read: input, format, manifest metadata, bytes
    input       TEXT NOT NULL,           -- where it was read: absolute path, URL, or - for standard input
    format      TEXT NOT NULL,           -- html, text or markdown
    fetched_url TEXT NOT NULL,           -- the URL after redirects, for URL inputs
    title       TEXT NOT NULL,
    published   TEXT NOT NULL,           -- YYYY-MM-DD, or '' where unknown
    authors     TEXT NOT NULL,           -- JSON array of names
    section     TEXT NOT NULL,
    url         TEXT NOT NULL,           -- canonical URL, or ''
    language    TEXT NOT NULL,
    manifest    TEXT NOT NULL,           -- the manifest's metadata for this input (JSON), applied again on --reanalyze
    text        TEXT NOT NULL,           -- the analysed text
    raw         BLOB,                    -- the input as read, DEFLATE-compressed; NULL when it is the text itself
    first_seen  TEXT NOT NULL,
    run_id      INTEGER REFERENCES ingest_runs(id),
    UNIQUE (article_id, text_hash)
);
CREATE INDEX versions_input_hash ON versions(input_hash);

-- The analysis of a version: who made it, the figures, and the whole
-- result (result.Article as JSON, without the texts, DEFLATE-compressed).
CREATE TABLE analyses (
    id               INTEGER PRIMARY KEY,
    version_id       INTEGER NOT NULL UNIQUE REFERENCES versions(id),
    run_id           INTEGER REFERENCES ingest_runs(id),
    analyzer_version TEXT NOT NULL,
    analysed_at      TEXT NOT NULL,
    claims           INTEGER NOT NULL,
    named            INTEGER NOT NULL,
    anonymous        INTEGER NOT NULL,
    outlet           INTEGER NOT NULL,
    unsourced        INTEGER NOT NULL,
    score            INTEGER,            -- 0-100; NULL when not checked
    band             TEXT NOT NULL,      -- good, needs work, poor; '' when not checked
    errors           INTEGER NOT NULL,
    warnings         INTEGER NOT NULL,
    suggestions      INTEGER NOT NULL,
    result           BLOB NOT NULL
);

CREATE TABLE blocks (
    analysis_id INTEGER NOT NULL REFERENCES analyses(id) ON DELETE CASCADE,
    n           INTEGER NOT NULL,        -- 0-based, as claims.block
    kind        TEXT NOT NULL,           -- paragraph, heading, quote, list_item, byline, boilerplate, references
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    line        INTEGER NOT NULL,
    col         INTEGER NOT NULL,
    PRIMARY KEY (analysis_id, n)
) WITHOUT ROWID;

-- Sources as entities: one row per canonical name and type, however many
-- articles and outlets cite it.
CREATE TABLE sources (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,             -- canonical name, as first seen
    type      TEXT NOT NULL,             -- person, institution, outlet, unnamed_official, vague_group, document
    match_key TEXT NOT NULL,             -- as outlets.match_key
    outlet_id INTEGER REFERENCES outlets(id), -- for sources of type outlet
    UNIQUE (match_key, type)
);

-- The claims of an analysis, each with its immediate source (NULL
-- source_id for none) and how it is cited; their text is
-- substr(versions.text, start_char + 1, end_char - start_char).
CREATE TABLE claims (
    analysis_id      INTEGER NOT NULL REFERENCES analyses(id) ON DELETE CASCADE,
    n                INTEGER NOT NULL,   -- the claim's id in the article, 1-based
    block            INTEGER NOT NULL,
    start_char       INTEGER NOT NULL,
    end_char         INTEGER NOT NULL,
    line             INTEGER NOT NULL,
    col              INTEGER NOT NULL,
    class            TEXT NOT NULL,      -- named, anonymous, outlet, unsourced ('' when not analysed)
    quote            TEXT NOT NULL,      -- direct, indirect, mixed, none
    cue_text         TEXT,               -- the cue columns are NULL when there is no cue
    cue_lemma        TEXT,
    cue_start        INTEGER,
    cue_end          INTEGER,
    cue_loaded       INTEGER,
    inherited_from   INTEGER,            -- n of the claim whose attribution this one carries
    confidence       REAL NOT NULL,
    source_id        INTEGER REFERENCES sources(id),
    span             TEXT NOT NULL,      -- the source's mention, and where it is
    span_start       INTEGER NOT NULL,
    span_end         INTEGER NOT NULL,
    role             TEXT NOT NULL,
    official         INTEGER NOT NULL,
    anon_count       INTEGER NOT NULL,   -- anonymous sources: how many ("two officials" is 2), else 0
    affiliation      TEXT NOT NULL,
    seniority        TEXT NOT NULL,
    anonymity_reason TEXT NOT NULL,      -- why the article says anonymity was granted
    exclusive        INTEGER NOT NULL,   -- outlets: an exclusive report
    confirmed        INTEGER NOT NULL,   -- outlets: the article says it confirmed the report
    PRIMARY KEY (analysis_id, n)
) WITHOUT ROWID;
CREATE INDEX claims_source ON claims(source_id) WHERE source_id IS NOT NULL;

-- The relayed sources of a claim's chain, nearest first (depth 1, 2, ...).
CREATE TABLE claim_chain (
    analysis_id      INTEGER NOT NULL,
    claim            INTEGER NOT NULL,
    depth            INTEGER NOT NULL,
    source_id        INTEGER NOT NULL REFERENCES sources(id),
    span             TEXT NOT NULL,
    span_start       INTEGER NOT NULL,
    span_end         INTEGER NOT NULL,
    role             TEXT NOT NULL,
    official         INTEGER NOT NULL,
    anon_count       INTEGER NOT NULL,
    affiliation      TEXT NOT NULL,
    seniority        TEXT NOT NULL,
    anonymity_reason TEXT NOT NULL,
    exclusive        INTEGER NOT NULL,
    confirmed        INTEGER NOT NULL,
    PRIMARY KEY (analysis_id, claim, depth),
    FOREIGN KEY (analysis_id, claim) REFERENCES claims(analysis_id, n) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX claim_chain_source ON claim_chain(source_id);

-- Every citation of a source by a claim: depth 0 is the claim's
-- immediate source, 1, 2, ... its chain.
CREATE VIEW claim_sources AS
SELECT analysis_id, n AS claim, 0 AS depth, source_id, span, span_start, span_end, role, official,
       anon_count, affiliation, seniority, anonymity_reason, exclusive, confirmed
FROM claims WHERE source_id IS NOT NULL
UNION ALL
SELECT analysis_id, claim, depth, source_id, span, span_start, span_end, role, official,
       anon_count, affiliation, seniority, anonymity_reason, exclusive, confirmed
FROM claim_chain;

CREATE TABLE findings (
    analysis_id INTEGER NOT NULL REFERENCES analyses(id) ON DELETE CASCADE,
    n           INTEGER NOT NULL,        -- 0-based, in text order
    rule        TEXT NOT NULL,
    severity    TEXT NOT NULL,           -- suggestion, warning, error
    claim       INTEGER NOT NULL,        -- claims.n, 0 for the whole article
    message     TEXT NOT NULL,
    start_char  INTEGER NOT NULL,
    end_char    INTEGER NOT NULL,
    line        INTEGER NOT NULL,
    col         INTEGER NOT NULL,
    end_line    INTEGER NOT NULL,
    end_col     INTEGER NOT NULL,
    PRIMARY KEY (analysis_id, n)
) WITHOUT ROWID;

-- Each article's current version and its analysis, with the outlet's name.
CREATE VIEW current_articles AS
SELECT a.id AS article_id, a.locator, a.outlet_id, o.name AS outlet,
       v.id AS version_id, v.seq AS version, v.title, v.published, v.authors, v.section, v.url,
       v.format, v.language, an.id AS analysis_id, an.analyzer_version,
       an.claims, an.named, an.anonymous, an.outlet AS outlet_claims, an.unsourced,
       an.score, an.band, an.errors, an.warnings, an.suggestions
FROM articles a
JOIN versions v ON v.id = a.current_version_id
JOIN analyses an ON an.version_id = v.id
LEFT JOIN outlets o ON o.id = a.outlet_id;

-- Every claim of the current versions, with its text and immediate source.
CREATE VIEW current_claims AS
SELECT ca.article_id, ca.outlet, ca.published, c.n AS claim,
       substr(v.text, c.start_char + 1, c.end_char - c.start_char) AS text,
       c.class, s.name AS source, s.type AS source_type, c.role, c.span, c.cue_text AS cue, c.quote
FROM current_articles ca
JOIN versions v ON v.id = ca.version_id
JOIN claims c ON c.analysis_id = ca.analysis_id
LEFT JOIN sources s ON s.id = c.source_id;

-- Who relies on whose reporting: each citation of an outlet (as a claim's
-- source or in its chain) by an article, current versions only.
CREATE VIEW outlet_citations AS
SELECT ca.article_id, ca.outlet_id AS citing_outlet_id, s.outlet_id AS cited_outlet_id, cs.claim, cs.depth
FROM current_articles ca
JOIN claim_sources cs ON cs.analysis_id = ca.analysis_id
JOIN sources s ON s.id = cs.source_id
WHERE s.outlet_id IS NOT NULL;
