// Package attribution decides, for every claim of an article, who the
// reader is told it comes from: a named person or institution, anonymous
// sources, another news outlet, or nobody. It follows the project's
// labelling guidelines: the main clause decides, pronouns and descriptions
// resolve to their referent, quotations carry their speaker to every
// sentence, chains of relayed sources are kept, and negations and refusals
// are not sources.
package attribution
