// Package goldeval scores attributed claims against a gold file: one JSON
// object a line naming a document, a sentence of it and its class, as the
// project's labelling guidelines define them. It reports per-class
// precision, recall and F1, a confusion matrix, accuracy, coverage, source
// accuracy and leakage, and lists every error, exactly as the project's
// reference scorer does.
package goldeval
