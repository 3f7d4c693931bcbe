package attribution

import "math"

// Limits on the work of one sentence, so that the analysis takes time in
// step with the length of its input whatever the input is: a text with no
// sentence punctuation is one sentence as long as the text. Real sentences
// stay far inside them (in the development corpora no scan reads more than
// 63 tokens, no sentence offers more than 6 attributions, no chain holds
// more than 3 sources, no paragraph holds more than 88 sentences and no
// article names more than 251 people, bodies and outlets), so they change
// nothing there.
const (
	// maxReach is the most tokens a scan reads from a cue within its
	// sentence: back to its clause's opening word, to the start of its
	// subject, to the bracket or dash that opens an aside; forward to the
	// end of an opening subordinate clause.
	maxReach = 200
	// maxCands is the most attributions read in one sentence; cues after
	// them are not read.
	maxCands = 32
	// maxChain is the most relayed sources a claim's chain holds.
	maxChain = 5
	// maxSentencesBack is how many sentences back in its paragraph a
	// quotation looks for the speaker of an earlier one.
	maxSentencesBack = 200
	// maxEntities is how many of the people, bodies and outlets an article
	// names a pronoun or description may refer to: the ones it introduced
	// last.
	maxEntities = 1000
	// checkEvery is how many tokens the analysis reads between two looks
	// at its context, so that a cancelled run ends soon even inside one
	// long sentence.
	checkEvery = 4096
	// maxText is the longest text analysed, in bytes: offsets are 32-bit.
	maxText = math.MaxInt32
)

// reachBack returns the first token a scan back from token k of sentence s
// may read.
func reachBack(s *sentence, k int) int { return max(s.t0, k-maxReach) }
