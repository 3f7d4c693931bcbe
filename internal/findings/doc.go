// Package findings turns an attributed article into what a standards
// editor would flag before publication: rules with an id, a severity
// (suggestion < warning < error), a message naming the evidence and a text
// saying why it matters; an article-level sourcing mix and a 0–100 sourcing
// score; and the configuration that enables, disables and tunes the rules,
// read from .audit.yaml or .audit.toml, with inline suppression in the
// article itself.
package findings
