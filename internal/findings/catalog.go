package findings

// The rules, in the order reports list them. Each rule's "why" cites the
// public guidance it follows: the Associated Press's statement of news
// values and its Stylebook entry on anonymous sources, Reuters' Handbook
// of Journalism, The New York Times' guidelines on integrity and on
// anonymous sources, and the BBC's Editorial Guidelines on accuracy.
var catalog = []Rule{
	{
		ID: "unsourced-statistic", Title: "A number, percentage, amount of money or count with no source",
		Severity: Warning, Scope: "claim",
		Why: "Readers cannot check a figure they cannot trace. Name who counted, measured or estimated it, or say " +
			"how the newsroom did.",
		Standard: "AP Stylebook (numbers and polls); Reuters Handbook of Journalism: sourcing; BBC Editorial Guidelines 3.3.12 (statistics)",
	},
	{
		ID: "anonymous-without-reason", Title: "An unnamed official or source, with no reason given for anonymity",
		Severity: Warning, Scope: "claim",
		Why: "Anonymity is a grant, not a default: the story should tell readers why the source could not be named " +
			"(not authorized to speak, fear of reprisal) and how the source knows.",
		Standard: "AP statement of news values: anonymous sources; The New York Times: guidelines on the use of anonymous sources",
	},
	{
		ID: "single-anonymous-source", Title: "A key claim rests on one unnamed source",
		Severity: Warning, Scope: "claim",
		Why: "A single unnamed person is the weakest footing a claim can have; standards desks ask for a second, " +
			"independent source or an on-record confirmation before it leads a story.",
		Standard: "AP statement of news values: anonymous sources (information must be vital and the source reliable); Reuters Handbook: the two-source rule",
	},
	{
		ID: "secondhand-only", Title: "A claim rests only on another outlet's report, with no independent confirmation",
		Severity: Warning, Scope: "claim",
		Why: "Repeating another organisation's report imports its errors; say whether the newsroom confirmed it, " +
			"or make clear the claim is theirs alone.",
		Standard: "Reuters Handbook of Journalism: attributing to other media; BBC Editorial Guidelines 3.3.9 (reporting others' material)",
	},
	{
		ID: "vague-attribution", Title: "A vague source: critics, experts, \"it is believed\", \"reportedly\"",
		Severity: Warning, Scope: "claim",
		Why: "\"Critics say\" and \"reportedly\" lend authority without anyone to check. Name the critics, or the " +
			"report, or say it is the writer's assessment.",
		Standard: "AP Stylebook: attribution; The New York Times: guidelines on integrity (vague attribution)",
	},
	{
		ID: "unattributed-quote", Title: "Words in quotation marks with no speaker",
		Severity: Error, Scope: "claim",
		Why: "A direct quotation promises readers someone said exactly these words. Without a speaker it cannot be " +
			"checked, and may read as the writer's own.",
		Standard: "AP Stylebook: quotations in the news; BBC Editorial Guidelines 3.3.13 (quotations)",
	},
	{
		ID: "headline-unsupported", Title: "The headline claims what no sourced claim of the body supports",
		Severity: Warning, Scope: "article",
		Why: "The headline is the claim most readers see. It should not go beyond what the body sources, nor state " +
			"as fact what the body attributes.",
		Standard: "AP statement of news values: headlines; BBC Editorial Guidelines 3.3.20 (headlines and summaries)",
	},
	{
		ID: "loaded-cue", Title: "A loaded attribution verb where \"said\" is neutral",
		Severity: Suggestion, Scope: "claim",
		Why: "\"Admitted\", \"claimed\" and \"insisted\" pass judgement on the speaker. \"Said\" lets the quotation " +
			"speak for itself.",
		Standard: "AP Stylebook: said, claim; Reuters Handbook: neutral language",
	},
	{
		ID: "anonymous-share", Title: "Too much of the article rests on unnamed sources",
		Severity: Warning, Scope: "article",
		Why: "An article that relies mostly on unnamed people asks readers for more trust than it earns. Standards " +
			"desks review such pieces before they run.",
		Standard: "AP statement of news values: anonymous sources; The New York Times: guidelines on the use of anonymous sources",
	},
	{
		ID: "unsourced-share", Title: "Too much of the article is asserted with no source",
		Severity: Suggestion, Scope: "article",
		Why: "News readers expect to know where facts come from. A high share of unsourced claims marks a piece as " +
			"analysis or opinion; label it, or attribute.",
		Standard: "BBC Editorial Guidelines 3.3 (accuracy: sourcing); Reuters Handbook: attribution",
	},
	{
		ID: "single-source", Title: "Every sourced claim comes from one source",
		Severity: Suggestion, Scope: "article",
		Why: "A story told by one source is that source's story. Seek another voice, including from those it " +
			"criticises.",
		Standard: "Reuters Handbook of Journalism: fairness and the right of reply; AP statement of news values: fairness",
	},
	{
		ID: "unreached-subject", Title: "Someone is accused with no response or attempt to reach them reported",
		Severity: Suggestion, Scope: "article",
		Why: "Fairness asks that people accused in a story are given a chance to respond, and that readers are told " +
			"if they declined or could not be reached.",
		Standard: "AP statement of news values: fairness; BBC Editorial Guidelines 6.3.38 (right of reply)",
	},
}

// Rules returns the rules audit checks, in report order.
func Rules() []Rule {
	out := make([]Rule, len(catalog))
	copy(out, catalog)
	return out
}

// RuleByID returns the rule with this id.
func RuleByID(id string) (Rule, bool) {
	for _, r := range catalog {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}
