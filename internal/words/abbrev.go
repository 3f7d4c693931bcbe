package words

// AbbrevKind says how a word followed by a period behaves at a possible
// sentence end.
type AbbrevKind uint8

const (
	// PlainWord: the period ends the sentence unless the next word is in
	// lower case.
	PlainWord AbbrevKind = iota
	// TitleAbbrev comes before a name and never ends a sentence ("Sen.",
	// "Dr.", "vs.", "e.g.").
	TitleAbbrev
	// NumberAbbrev comes before a number ("No. 5"); before anything else it
	// is a plain word ("The answer was No. Then ...").
	NumberAbbrev
	// OrdinaryAbbrev ends a sentence only when a plausible sentence start
	// follows ("Inc.", "Calif.", "Sept.", "U.S.", "p.m.", initials).
	OrdinaryAbbrev
)

// maxAbbrevLen is the length of the longest key of abbreviations.
const maxAbbrevLen = 6

// abbreviations lists words that take a period without ending a sentence,
// as written (case matters: "Miss." is an abbreviation, "miss." is not).
// Words with inner periods ("U.S.", "a.m.", "Ph.D.") and single capital
// letters are recognised by shape and need no entry here.
var abbreviations = map[string]AbbrevKind{
	// Titles and ranks before a name.
	"Mr": TitleAbbrev, "Mrs": TitleAbbrev, "Ms": TitleAbbrev, "Messrs": TitleAbbrev, "Mmes": TitleAbbrev,
	"MR": TitleAbbrev, "MRS": TitleAbbrev, "MS": TitleAbbrev, "DR": TitleAbbrev,
	"Dr": TitleAbbrev, "Prof": TitleAbbrev, "Rev": TitleAbbrev, "Hon": TitleAbbrev, "Fr": TitleAbbrev, "Msgr": TitleAbbrev,
	"Sen": TitleAbbrev, "Sens": TitleAbbrev, "Rep": TitleAbbrev, "Reps": TitleAbbrev, "Gov": TitleAbbrev, "Govs": TitleAbbrev,
	"Lt": TitleAbbrev, "Gen": TitleAbbrev, "Gens": TitleAbbrev, "Col": TitleAbbrev, "Maj": TitleAbbrev, "Capt": TitleAbbrev,
	"Cmdr": TitleAbbrev, "Cdr": TitleAbbrev, "Adm": TitleAbbrev, "Sgt": TitleAbbrev, "Cpl": TitleAbbrev, "Pvt": TitleAbbrev,
	"Spc": TitleAbbrev, "Brig": TitleAbbrev, "Lieut": TitleAbbrev, "Supt": TitleAbbrev, "Det": TitleAbbrev, "Insp": TitleAbbrev,
	"Atty": TitleAbbrev, "Amb": TitleAbbrev, "Pres": TitleAbbrev, "Sec": TitleAbbrev, "Secy": TitleAbbrev, "Treas": TitleAbbrev,
	"Assemb": TitleAbbrev, "Ald": TitleAbbrev, "Mt": TitleAbbrev, "Ft": TitleAbbrev,
	"SEN": TitleAbbrev, "REP": TitleAbbrev, "GOV": TitleAbbrev, "GEN": TitleAbbrev,
	"Asst": TitleAbbrev, "Dep": TitleAbbrev, "Dir": TitleAbbrev,
	// Spanish titles: licenciado, ingeniero, señora, señores, diputado,
	// maestro, maestra, general.
	"Lic": TitleAbbrev, "Ing": TitleAbbrev, "Sra": TitleAbbrev, "Sres": TitleAbbrev, "Dip": TitleAbbrev,
	"Mtro": TitleAbbrev, "Mtra": TitleAbbrev, "Gral": TitleAbbrev,
	// Words that never end a sentence.
	"vs": TitleAbbrev, "v": TitleAbbrev, "cf": TitleAbbrev, "viz": TitleAbbrev, "ca": TitleAbbrev,
	"approx": TitleAbbrev, "Approx": TitleAbbrev, "appx": TitleAbbrev, "incl": TitleAbbrev,

	// Before a number.
	"No": NumberAbbrev, "Nos": NumberAbbrev, "no": NumberAbbrev, "Vol": NumberAbbrev, "vol": NumberAbbrev,
	"Art": NumberAbbrev, "art": NumberAbbrev, "Fig": NumberAbbrev, "fig": NumberAbbrev, "pp": NumberAbbrev,
	"p": NumberAbbrev, "Ch": NumberAbbrev, "ch": NumberAbbrev, "sec": NumberAbbrev,
	"Para": NumberAbbrev, "para": NumberAbbrev, "Ref": NumberAbbrev, "ref": NumberAbbrev,
	"Rte": NumberAbbrev, "Rt": NumberAbbrev, "Hwy": NumberAbbrev, "Tel": NumberAbbrev, "tel": NumberAbbrev,

	// Company and name suffixes.
	"Inc": OrdinaryAbbrev, "Corp": OrdinaryAbbrev, "Co": OrdinaryAbbrev, "Cos": OrdinaryAbbrev, "Ltd": OrdinaryAbbrev,
	"Bros": OrdinaryAbbrev, "Assn": OrdinaryAbbrev, "Assoc": OrdinaryAbbrev, "Dept": OrdinaryAbbrev, "dept": OrdinaryAbbrev, "Univ": OrdinaryAbbrev,
	"Jr": OrdinaryAbbrev, "Sr": OrdinaryAbbrev, "Esq": OrdinaryAbbrev, "St": OrdinaryAbbrev, "Ste": OrdinaryAbbrev,
	"Ave": OrdinaryAbbrev, "Blvd": OrdinaryAbbrev, "Rd": OrdinaryAbbrev, "Sq": OrdinaryAbbrev, "Pl": OrdinaryAbbrev,
	"Intl": OrdinaryAbbrev, "Natl": OrdinaryAbbrev, "Govt": OrdinaryAbbrev, "govt": OrdinaryAbbrev, "Dist": OrdinaryAbbrev,
	"est": OrdinaryAbbrev, "Est": OrdinaryAbbrev, "min": OrdinaryAbbrev, "max": OrdinaryAbbrev, "mos": OrdinaryAbbrev,
	"yrs": OrdinaryAbbrev, "hrs": OrdinaryAbbrev, "mins": OrdinaryAbbrev, "sq": OrdinaryAbbrev, "ft": OrdinaryAbbrev,
	"oz": OrdinaryAbbrev, "lb": OrdinaryAbbrev, "lbs": OrdinaryAbbrev, "mi": OrdinaryAbbrev, "mph": OrdinaryAbbrev,
	"Mfg": OrdinaryAbbrev, "Mkt": OrdinaryAbbrev,
	// Months (AP style) and days.
	"Jan": OrdinaryAbbrev, "Feb": OrdinaryAbbrev, "Mar": OrdinaryAbbrev, "Apr": OrdinaryAbbrev, "Jun": OrdinaryAbbrev,
	"Jul": OrdinaryAbbrev, "Aug": OrdinaryAbbrev, "Sep": OrdinaryAbbrev, "Sept": OrdinaryAbbrev, "Oct": OrdinaryAbbrev,
	"Nov": OrdinaryAbbrev, "Dec": OrdinaryAbbrev,
	"Tue": OrdinaryAbbrev, "Tues": OrdinaryAbbrev, "Wed": OrdinaryAbbrev, "Thu": OrdinaryAbbrev,
	"Thur": OrdinaryAbbrev, "Thurs": OrdinaryAbbrev, "Fri": OrdinaryAbbrev,
	// U.S. states (AP style) and Canadian provinces; those with inner
	// periods (N.Y., D.C.) are recognised by shape.
	"Ala": OrdinaryAbbrev, "Ariz": OrdinaryAbbrev, "Ark": OrdinaryAbbrev, "Calif": OrdinaryAbbrev,
	"Colo": OrdinaryAbbrev, "Conn": OrdinaryAbbrev, "Del": OrdinaryAbbrev, "Fla": OrdinaryAbbrev, "Ga": OrdinaryAbbrev,
	"Ill": OrdinaryAbbrev, "Ind": OrdinaryAbbrev, "Kan": OrdinaryAbbrev, "Kans": OrdinaryAbbrev,
	"Ky": OrdinaryAbbrev, "La": OrdinaryAbbrev, "Md": OrdinaryAbbrev, "Mass": OrdinaryAbbrev, "Mich": OrdinaryAbbrev,
	"Minn": OrdinaryAbbrev, "Miss": OrdinaryAbbrev, "Mo": OrdinaryAbbrev, "Mont": OrdinaryAbbrev, "Neb": OrdinaryAbbrev,
	"Nebr": OrdinaryAbbrev, "Nev": OrdinaryAbbrev, "Okla": OrdinaryAbbrev, "Ore": OrdinaryAbbrev, "Oreg": OrdinaryAbbrev,
	"Pa": OrdinaryAbbrev, "Tenn": OrdinaryAbbrev, "Tex": OrdinaryAbbrev, "Vt": OrdinaryAbbrev,
	"Va": OrdinaryAbbrev, "Wash": OrdinaryAbbrev, "Wis": OrdinaryAbbrev, "Wisc": OrdinaryAbbrev, "Wyo": OrdinaryAbbrev,
	"Alta": OrdinaryAbbrev, "Ont": OrdinaryAbbrev, "Que": OrdinaryAbbrev, "Sask": OrdinaryAbbrev,
	// Lower-case words usually followed by more of the sentence.
	"etc": PlainWord, "al": OrdinaryAbbrev,
	"e.g": TitleAbbrev, "i.e": TitleAbbrev, "E.g": TitleAbbrev, "I.e": TitleAbbrev,
}

// Abbreviation returns how the word w, as written and without its period,
// behaves before a period, and whether it is an abbreviation at all. Words
// with inner periods ("U.S", "a.m") and single capitals are abbreviations by
// their shape, which callers check themselves.
func Abbreviation(w string) (AbbrevKind, bool) {
	if len(w) > maxAbbrevLen {
		return PlainWord, false
	}
	k, ok := abbreviations[w]
	return k, ok
}
