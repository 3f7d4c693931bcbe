// Package silver derives sentence labels in the project's four classes
// from attribution annotations made by others (PolNeAR's source, cue and
// content spans), and scores the analyzer against them outlet by outlet.
// Whether a sentence is attributed comes from the annotated relations that
// hold its cue or cover most of it; the class comes from the annotated
// source span read through the project's own lexicons (outlets → outlet;
// unnamed officials, vague groups and unnamed individuals → anonymous;
// named persons and institutions → named), with pronouns resolved to an
// earlier annotated source. Annotated beliefs, intentions and feelings that
// the guidelines do not count as statements are labelled unsourced with the
// source's class as an accepted alternative, the convention the gold files
// follow. The labels are silver: good enough to compare methods on
// thousands of sentences, not a substitute for gold.
package silver
