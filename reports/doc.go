// Package reports renders the archive of analysed articles as a site that
// a media researcher or a standards desk reads and publishes: the outlets
// as a league table (the share of each class of claim, anonymous claims
// with a stated reason, unsourced statistics, the mean sourcing score,
// N always shown and small N marked), a page for each outlet (sourcing
// mix, trend by month, most-cited sources, reliance on other outlets,
// anonymous sourcing, findings, articles), for each article (rendered by
// the HTML printer of 'audit check', the one renderer of an article), for
// each source (who cites it, in which role, and the claims), and the
// methodology with what the analyzer gets wrong. Every figure links down
// to the sentences behind it, and every table has a CSV and a JSON file
// beside it with the rows of the archive's read methods, the rows
// 'audit export' writes.
//
// Write streams the archive into a Sink (WriteDir: a folder, replaced
// whole): the articles, the outlets' claims and the sources are read at
// once and their pages made by a few workers, holding a page of a list at
// a time, so that memory does not grow with the archive; Handler serves
// the same pages, with the same bytes, live from an open archive. Pages
// have inline CSS and SVG, one script file of their own for sorting and
// filtering, and relative links, so the site reads from a folder, a web
// server or under a prefix. The pages a report has by the thousand, and
// the frame of every page, are written in Go, the others by html/template;
// both escape every value from the archive the same way. The same archive
// and clock give the same bytes.
//
// More pages plug in through Options.Pages: 'audit demo' adds its
// comparison of the sample articles there, and event pages over the
// archive are to be added the same way, listed on the index under "More".
package reports
