// Package reports renders the archive of analysed articles as a static
// HTML site: each outlet's sourcing mix, its most-cited sources, its
// reliance on anonymous officials and on other outlets' reporting, with
// every figure linked to the sentences behind it.
package reports
