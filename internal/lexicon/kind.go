package lexicon

import (
	"fmt"
	"path"
	"strings"
)

// Kind says which lexicon a file holds.
type Kind uint8

// The lexicons. Each has its own file format (see FORMAT.md).
const (
	// Cues are attribution verbs, nouns and phrases ("said", "according to").
	Cues Kind = iota + 1
	// Outlets are news organisations ("The New York Times").
	Outlets
	// Roles are titles and roles of people ("Sen.", "spokeswoman").
	Roles
	// Anonymous are the words of unnamed-source descriptions ("officials",
	// "senior", "familiar with", "spoke on condition of anonymity").
	Anonymous
	// Vague are vague groups, agentless passives and unnamed media reports
	// ("critics", "is seen as", "reportedly").
	Vague
	// Institutions are named bodies that speak publicly ("State Department").
	Institutions
	// Words are the open word lists that decide how a cue verb is read
	// ("took to Twitter to say", "declared war", "unnamed officials").
	Words
)

var kindNames = [...]string{Cues: "cues", Outlets: "outlets", Roles: "roles",
	Anonymous: "anonymous", Vague: "vague", Institutions: "institutions", Words: "words"}

// Kinds lists every kind in the order Default loads them.
func Kinds() []Kind {
	return []Kind{Cues, Outlets, Roles, Anonymous, Vague, Institutions, Words}
}

func (k Kind) String() string {
	if k >= Cues && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", k)
}

// kindOfPath returns the kind a file name stands for: its base name without
// extension is a kind name, or starts with one followed by "-", "_" or "."
// ("outlets-mx.txt").
func kindOfPath(p string) (Kind, bool) {
	base := path.Base(strings.ReplaceAll(p, "\\", "/"))
	if i := strings.LastIndexByte(base, '.'); i > 0 {
		base = base[:i]
	}
	base = strings.ToLower(base)
	for _, k := range Kinds() {
		name := kindNames[k]
		if base == name {
			return k, true
		}
		if strings.HasPrefix(base, name) && strings.ContainsRune("-_.", rune(base[len(name)])) {
			return k, true
		}
	}
	return 0, false
}

// CueCategory says what a cue presents its content as.
type CueCategory string

// Cue categories. Speech, report, belief, accusation, commitment and phrase
// cues make a sentence someone's statement or view; the others
// look like cues but leave the sentence the writer's own.
const (
	Speech     CueCategory = "speech"     // said, told, added, wrote, tweeted
	Report     CueCategory = "report"     // reported, found, showed, concluded
	Belief     CueCategory = "belief"     // believes, thinks, argues, sees ... as
	Accusation CueCategory = "accusation" // accused, charged, slammed, dismissed ... as
	Commitment CueCategory = "commitment" // vowed, pledged, promised, threatened
	Phrase     CueCategory = "phrase"     // according to, citing, in a statement
	Intention  CueCategory = "intention"  // wants, hopes, plans, expects
	Feeling    CueCategory = "feeling"    // fears, was enraged, worried
	Action     CueCategory = "action"     // proposed, voted, signed
	Stance     CueCategory = "stance"     // supports, opposes, endorses
	Refusal    CueCategory = "refusal"    // declined to comment, did not respond
	Question   CueCategory = "question"   // asked, wondered, requested
)

var cueCategories = []CueCategory{Speech, Report, Belief, Accusation, Commitment,
	Phrase, Intention, Feeling, Action, Stance, Refusal, Question}

// SourceSlot says where a cue's source stands.
type SourceSlot string

// Source slots.
const (
	SourceSubject SourceSlot = ""      // the subject of the cue: "Rubio said"
	SourceAfter   SourceSlot = "after" // right after the cue: "according to Reuters"
	SourceGap     SourceSlot = "gap"   // in the cue's gap: "as Rubio put it"
)

// OutletType is the kind of a news organisation.
type OutletType string

// Outlet types.
const (
	Wire        OutletType = "wire"        // AP, Reuters, AFP
	Newspaper   OutletType = "newspaper"   // daily or weekly papers and their sites
	Broadcaster OutletType = "broadcaster" // television and radio
	Magazine    OutletType = "magazine"    // magazines and their sites
	Digital     OutletType = "digital"     // news sites born online
	NewsAgency  OutletType = "agency"      // state or national news agencies
)

var outletTypes = []OutletType{Wire, Newspaper, Broadcaster, Magazine, Digital, NewsAgency}

// RoleType says whether a role is a public office.
type RoleType string

// Role types.
const (
	Official    RoleType = "official"    // a government or public office: Senator, Gov., ambassador
	Nonofficial RoleType = "nonofficial" // not a public office: CEO, professor, analyst
	Either      RoleType = "either"      // depends on whom the holder serves: spokesman, adviser
	Modifier    RoleType = "modifier"    // qualifies the role after it: former, acting, deputy
	Honorific   RoleType = "honorific"   // a courtesy title: Mr., Mrs., Dr.
)

var roleTypes = []RoleType{Official, Nonofficial, Either, Modifier, Honorific}

// AnonCategory is the part an anonymous-source word plays.
type AnonCategory string

// Anonymous-source categories: in "two unnamed senior administration
// officials familiar with the talks, who spoke on condition of anonymity",
// "two" is a count, "unnamed" marks the source as unnamed, "senior" is
// seniority, "administration" affiliation, "officials" the head, "familiar
// with" a qualifier and the last clause a reason.
const (
	AnonHead        AnonCategory = "head"
	AnonUnnamed     AnonCategory = "unnamed"
	AnonSeniority   AnonCategory = "seniority"
	AnonCount       AnonCategory = "count"
	AnonAffiliation AnonCategory = "affiliation"
	AnonQualifier   AnonCategory = "qualifier"
	AnonReason      AnonCategory = "reason"
	// AnonReasonTopic is a reason named as a subject ("classified
	// information", "security concerns"): it says why anonymity was
	// granted only after because, due to, citing or given.
	AnonReasonTopic AnonCategory = "reason_topic"
)

var anonCategories = []AnonCategory{AnonHead, AnonUnnamed, AnonSeniority, AnonCount,
	AnonAffiliation, AnonQualifier, AnonReason, AnonReasonTopic}

// VagueCategory is the kind of a vague attribution.
type VagueCategory string

// Vague categories.
const (
	VagueGroup       VagueCategory = "vague_group"       // critics, experts, some, many
	AgentlessPassive VagueCategory = "agentless_passive" // it is believed, is seen as
	MediaReport      VagueCategory = "media_report"      // reportedly, reports suggest
)

var vagueCategories = []VagueCategory{VagueGroup, AgentlessPassive, MediaReport}

// InstitutionType is the kind of a named body.
type InstitutionType string

// Institution types.
const (
	Government    InstitutionType = "government"    // a government or administration as a whole
	GovAgency     InstitutionType = "agency"        // a government agency or department
	Ministry      InstitutionType = "ministry"      // a ministry or secretariat
	Legislature   InstitutionType = "legislature"   // a parliament, chamber or committee
	Court         InstitutionType = "court"         // a court
	Military      InstitutionType = "military"      // armed forces and their branches
	Police        InstitutionType = "police"        // police and prosecutors
	Party         InstitutionType = "party"         // a political party or its committee
	Campaign      InstitutionType = "campaign"      // an election campaign
	Company       InstitutionType = "company"       // a business
	NGO           InstitutionType = "ngo"           // a non-governmental organisation or union
	ThinkTank     InstitutionType = "think_tank"    // a research institute
	University    InstitutionType = "university"    // a university
	Journal       InstitutionType = "journal"       // a scientific or scholarly journal
	Pollster      InstitutionType = "pollster"      // a polling firm or poll
	International InstitutionType = "international" // an international organisation
	ArmedGroup    InstitutionType = "armed_group"   // a cartel, militia or insurgency
)

var institutionTypes = []InstitutionType{Government, GovAgency, Ministry, Legislature, Court,
	Military, Police, Party, Campaign, Company, NGO, ThinkTank, University, Journal, Pollster, International, ArmedGroup}

// WordList names one of the analyzer's open word lists.
type WordList string

// Word lists.
const (
	MediaVerb         WordList = "media_verb"         // took (to Twitter to say), went (on CNN to defend)
	ControlVerb       WordList = "control_verb"       // appeared (to blame), sought (to ease)
	DeclaredAct       WordList = "declared_act"       // (declared) war, emergency
	ReportedResult    WordList = "reported_result"    // (reported a) profit, loss
	SharedThing       WordList = "shared_thing"       // (tweeted a) link, photo
	PowerNoun         WordList = "power_noun"         // (asserted) control
	BeliefNoun        WordList = "belief_noun"        // the view (held by)
	RelationAdjective WordList = "relation_adjective" // close (to), familiar (with)
	EdAdjective       WordList = "ed_adjective"       // retired, unnamed: -ed and no past form
	Verdict           WordList = "verdict"            // (called the plan a) disaster
	DocumentNoun      WordList = "document_noun"      // (a Bloomberg) poll, (court) documents
	PersonNoun        WordList = "person_noun"        // (the) senator, (a Clinton) surrogate
	OrgNoun           WordList = "org_noun"           // (the) agency, (the) bank
	OrgSuffix         WordList = "org_suffix"         // (Tax Policy) Center
	PlaceWord         WordList = "place_word"         // (Pacific) Ocean
	MastheadWord      WordList = "masthead_word"      // (The Daily) Ledger, (Tampa Bay) Times
	FemaleName        WordList = "female_name"        // Claudia
	MaleName          WordList = "male_name"          // Donald
	Demonym           WordList = "demonym"            // Mexican (authorities), federal (officials)
	Country           WordList = "country"            // Mexico, the Kremlin
	USState           WordList = "us_state"           // Texas
)

var wordLists = []WordList{MediaVerb, ControlVerb, DeclaredAct, ReportedResult, SharedThing, PowerNoun, BeliefNoun,
	RelationAdjective, EdAdjective, Verdict, DocumentNoun, PersonNoun, OrgNoun, OrgSuffix, PlaceWord, MastheadWord,
	FemaleName, MaleName, Demonym, Country, USState}
