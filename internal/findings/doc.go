// Package findings turns an attributed article into what a standards
// editor would flag before publication: rules with an id, a severity
// (suggestion < warning < error), a message naming the evidence and a text
// saying why it matters; an article-level sourcing mix and a 0–100 sourcing
// score; and the options that enable, disable and tune the rules (which a
// configuration file fills, see package config), with inline suppression
// in the article itself.
package findings
