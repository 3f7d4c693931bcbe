// Package learn is a learned reviser of the rules' attributions, kept to
// measure whether one helps; it is not part of the analyzer. Two logistic
// regressions revise, per claim, what the rules decided: the veto model
// takes the source away from a claim the rules sourced through a cue of its
// own sentence, when the claim reads as the writer's own; the carry model
// gives a claim the rules left unsourced the attribution of a sourced claim
// just before it, when it reads as that source's continuation. Features are
// the rules' outputs (class, source type, cue lemma, quotation kind,
// inheritance, confidence), the lexicons' hits in the sentence, the
// neighbouring claims, closed-class words and the sentence's shape, hashed
// into a vector of fixed size: no other word of an article is a feature,
// so weights hold no article text. Training is deterministic (a seeded
// shuffle). internal/train trains and scores it, leaving one outlet out.
package learn
