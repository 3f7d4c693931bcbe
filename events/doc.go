// Package events groups an archive's articles into events and compares
// the coverage of each: Update groups the stored articles with
// a compare.Grouper, streaming them from the archive in date order, and
// stores the events there (archive.EachEvent and archive.Event list them
// afterwards without grouping again); Compare and CompareArticles make
// the comparison of an event, or of chosen articles, from their stored
// analyses; DiffVersions compares two stored versions of one article
// word by word. Nothing is analysed again.
package events
