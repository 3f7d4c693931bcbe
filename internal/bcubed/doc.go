// Package bcubed scores a clustering against gold clusters with B-cubed
// precision, recall and F1 (Bagga and Baldwin, 1998): for each item, the
// share of its predicted cluster that shares its gold cluster, and the
// share of its gold cluster found in its predicted cluster, averaged over
// the items. The event grouping's evaluations use it.
package bcubed
