package attribution

import "strings"

// New returns an Analyzer with the built-in lexicons.
func New() (*Analyzer, error) {
	lx := newLex()
	devLexicon(lx)
	return &Analyzer{lx: lx}, nil
}

// devLexicon fills a small vocabulary; the full lexicons replace it.
func devLexicon(lx *lex) {
	verbs := map[cueCat]string{
		catSpeech: "say said says saying|tell told tells telling|add added adds adding|state stated states stating|announce announced announces announcing|declare declared declares declaring|write wrote writes writing written|confirm confirmed confirms confirming|deny denied denies denying|affirm affirmed affirms affirming|reiterate reiterated reiterates reiterating|clarify clarified clarifies clarifying|emphasize emphasized emphasizes emphasizing emphasised|stress stressed stresses stressing|warn warned warns warning|note noted notes noting|explain explained explains explaining|recall recalled recalls recalling|acknowledge acknowledged acknowledges acknowledging|assert asserted asserts asserting|insist insisted insists insisting|claim claimed claims claiming|admit admitted admits admitting|suggest suggested suggests suggesting|argue argued argues arguing|contend contended contends contending|predict predicted predicts predicting|reject rejected rejects rejecting|tweet tweeted tweets tweeting|post posted|continue continued|urge urged urges urging|caution cautioned cautions cautioning|agree agreed agrees agreeing|echo echoed echoes echoing|demand demanded demands demanding|ask asked asks asking|describe described describes describing|praise praised praises praising|criticize criticized criticizes criticizing criticised|call called calls calling|identify identify identifies identified|estimate estimated estimates estimating|point pointed points|cite cited cites|proclaim proclaimed proclaims|concede conceded concedes|complain complained complains|blast blasted blasts|slam slammed slams|dismiss dismissed dismisses dismissing|accuse accused accuses accusing|allege alleged alleges alleging|liken likened likens|reply replied replies|respond responded responds|answer answered answers|testify testified testifies|comment commented comments|remark remarked remarks|observe observed observes|mention mentioned mentions",
		catReport: "report reported reports reporting|reveal revealed reveals revealing|show showed shows showing shown|find found finds|indicate indicated indicates indicating|conclude concluded concludes|disclose disclosed discloses|document documented documents",
		catBelief: "believe believed believes|think thinks thought|consider considers considered|see sees saw seen|view views viewed|doubt doubted doubts",
	}
	for cat, list := range verbs {
		for _, group := range strings.Split(list, "|") {
			forms := strings.Fields(group)
			for _, f := range forms {
				lx.addCue(f, cueEntry{lemma: forms[0], cat: cat})
			}
		}
	}
	for _, l := range []string{"claim", "admit", "insist", "concede", "allege", "complain", "blast", "slam"} {
		for f, e := range lx.cues {
			if e.lemma == l {
				e.loaded = true
				lx.cues[f] = e
			}
		}
	}
	for _, p := range []string{"put it", "pointed out", "point out", "points out", "called for", "calls for", "call for", "called on", "went on to say", "point to", "pointed to", "points to"} {
		lx.addCue(p, cueEntry{lemma: p, cat: catSpeech})
	}
	for _, p := range []string{"declined to comment", "did not respond", "refused to comment", "declined to say", "did not return", "declined to discuss", "declined to elaborate"} {
		lx.addCue(p, cueEntry{lemma: "decline", cat: catRefusal})
	}
	for _, w := range []string{"see", "seen", "believed", "thought", "considered", "viewed", "expected", "ridiculed", "criticized", "pilloried", "described", "called", "reported", "said", "rumored", "alleged", "accused", "regarded"} {
		lx.passives[w] = true
	}
	outlets := [][]string{
		{"NBC News", "NBC"}, {"Reuters"}, {"CNN"}, {"The New York Times", "New York Times", "NYT"}, {"Bloomberg", "Bloomberg News"},
		{"The Wall Street Journal", "Wall Street Journal", "WSJ"}, {"The New York Post", "New York Post"}, {"The New Yorker"},
		{"Vox"}, {"Associated Press", "AP"}, {"Fox News"}, {"The Washington Post", "Washington Post"}, {"Politico"},
		{"USA Today"}, {"HuffPost", "Huffington Post"}, {"Breitbart", "Breitbart News"}, {"MSNBC"}, {"CBS News", "CBS"},
		{"ABC News", "ABC"}, {"NPR"}, {"Axios"}, {"The Hill"}, {"BuzzFeed News", "BuzzFeed"}, {"Christian News Service", "CNSNews"},
	}
	for _, o := range outlets {
		lx.addOutlet(o[0], o[1:]...)
	}
	insts := [][]string{
		{"ICE", "agency", "Immigration and Customs Enforcement", "U.S. Immigration and Customs Enforcement"},
		{"White House", "executive"}, {"State Department", "ministry", "Department of State"}, {"Pentagon", "ministry", "Department of Defense", "Defense Department"},
		{"CIA", "agency", "Central Intelligence Agency"}, {"FBI", "agency", "Federal Bureau of Investigation"},
		{"Justice Department", "ministry", "Department of Justice", "DOJ"}, {"Trump administration", "executive"},
		{"Congress", "legislature"}, {"Senate", "legislature"}, {"Supreme Court", "court"}, {"FGR", "agency", "Attorney General's Office"},
		{"Defense Ministry", "ministry"}, {"Navy", "military"}, {"Democratic National Committee", "party", "DNC"},
		{"Republican National Committee", "party", "RNC"}, {"Tax Policy Center", "think tank"}, {"Tax Foundation", "think tank"},
		{"Quinnipiac University", "pollster", "Quinnipiac"}, {"Wells Fargo", "company"}, {"Homeland Security Investigations", "agency", "HSI"},
		{"Government Accountability Office", "agency", "GAO"},
	}
	for _, in := range insts {
		lx.addInstitution(in[0], in[1], in[2:]...)
	}
	for _, r := range []string{"president", "sen.", "senator", "rep.", "representative", "gov.", "governor", "secretary", "ambassador", "spokesman", "spokeswoman", "spokesperson", "mayor", "minister", "gen.", "general", "lt.", "chairman", "chairwoman", "director", "attorney", "judge", "justice", "speaker", "leader", "chief", "commissioner", "adm.", "col."} {
		lx.addRole(r, strings.TrimSuffix(strings.Title(r), "."), true)
	}
	for _, r := range []string{"billionaire", "professor", "economist", "analyst", "historian", "pollster", "ceo", "host", "moderator", "doctor", "lawyer"} {
		lx.addRole(r, r, false)
	}
	lx.addRole("secretary of state", "Secretary of State", true)
	lx.addRole("attorney general", "Attorney General", true)
	for _, w := range []string{"official", "source", "aide", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "diplomat", "insider", "investigator", "prosecutor", "officer", "person", "staffer", "member", "agent"} {
		lx.anonHeads[w] = false
		lx.anonHeads[w+"s"] = true
	}
	lx.anonHeads["people"] = true
	for _, w := range []string{"critics", "experts", "analysts", "observers", "some", "many", "others", "opponents", "supporters", "advocates", "skeptics", "scholars", "economists", "lawmakers", "proponents", "objectors", "physicians", "doctors", "democrats", "republicans", "all", "those", "docs", "members", "officials", "allies", "associates", "friends", "confidants", "backers", "loyalists", "donors", "insiders", "colleagues", "aides", "europeans", "everyone", "residents", "voters", "americans", "leaders", "historians", "activists"} {
		lx.vagueHeads[w] = true
	}
}
