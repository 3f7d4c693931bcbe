package lexicon

import "testing"

const benchText = `Two senior administration officials, who spoke on condition of anonymity because they were not authorized to discuss internal deliberations, told NBC News that Secretary of State Marco Rubio had dismissed the proposal as unworkable, according to a report in The New York Times, while Mexican President Claudia Sheinbaum said in a statement that Mexico would never accept it.`

func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTokenize(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchText)))
	for b.Loop() {
		Tokenize(benchText)
	}
}
