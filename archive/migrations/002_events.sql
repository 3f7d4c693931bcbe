-- Events: the stored articles grouped by the event they report ('audit
-- events'). A grouping is made over the whole archive as it was at one
-- moment (its fingerprint); the current grouping is the finished one of
-- the highest id, and finishing one deletes those before it. An event's
-- id is the id of its first article, so it stays the same from one
-- grouping to the next while that article opens it.

CREATE TABLE event_groupings (
    id           INTEGER PRIMARY KEY,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,                   -- NULL while it is made, or if it was interrupted
    tool_version TEXT NOT NULL,
    options      TEXT NOT NULL,          -- the grouping's settings (JSON)
    fingerprint  TEXT NOT NULL,          -- the state of the archive grouped (counts and highest ids)
    articles     INTEGER NOT NULL DEFAULT 0,
    events       INTEGER NOT NULL DEFAULT 0,
    doc_freq     BLOB                    -- document frequencies of the words of the articles grouped, DEFLATE-compressed
);

CREATE TABLE events (
    grouping_id     INTEGER NOT NULL REFERENCES event_groupings(id) ON DELETE CASCADE,
    id              INTEGER NOT NULL,    -- the id of the event's first article
    articles        INTEGER NOT NULL,
    outlets         INTEGER NOT NULL,    -- distinct outlets of its articles
    first_published TEXT NOT NULL,       -- the earliest known date, '' when none is known
    last_published  TEXT NOT NULL,
    headline        TEXT NOT NULL,       -- the first article's title
    PRIMARY KEY (grouping_id, id)
) WITHOUT ROWID;
CREATE INDEX events_published ON events(grouping_id, first_published, id);

CREATE TABLE event_articles (
    grouping_id INTEGER NOT NULL,
    event_id    INTEGER NOT NULL,
    n           INTEGER NOT NULL,        -- 0-based, in the order the articles joined (by date)
    article_id  INTEGER NOT NULL REFERENCES articles(id),
    PRIMARY KEY (grouping_id, event_id, n),
    FOREIGN KEY (grouping_id, event_id) REFERENCES events(grouping_id, id) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX event_articles_article ON event_articles(article_id, grouping_id);

-- Grouping reads the articles in date order.
CREATE INDEX versions_published ON versions(published, article_id);
