package plaintext

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/auditnews/audit/internal/words"
)

var weekdays = map[string]bool{
	"mon": true, "monday": true, "tue": true, "tues": true, "tuesday": true,
	"wed": true, "wednesday": true, "thu": true, "thur": true, "thurs": true,
	"thursday": true, "fri": true, "friday": true, "sat": true, "saturday": true,
	"sun": true, "sunday": true,
}

// dateWords may stand in a date or time line besides the date itself.
var dateWords = map[string]bool{
	"updated": true, "update": true, "published": true, "posted": true,
	"last": true, "modified": true, "first": true, "originally": true,
	"on": true, "at": true, "date": true, "dated": true, "of": true,
	"am": true, "pm": true, "a.m": true, "p.m": true, "a.m.": true, "p.m.": true,
	"et": true, "est": true, "edt": true, "ct": true, "cst": true, "cdt": true,
	"mt": true, "mst": true, "mdt": true, "pt": true, "pst": true, "pdt": true,
	"gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "ist": true,
	"local": true, "time": true, "today": true, "yesterday": true, "ago": true,
	"hour": true, "hours": true, "minute": true, "minutes": true, "min": true,
	"mins": true, "hr": true, "hrs": true, "day": true, "days": true,
	"created": true, "and": true,
}

// dateToken classifies one word of a possible date line: 2 for a date or
// time proper, 1 for a word that may accompany one, 0 for anything else.
func dateToken(w string) int {
	lw := strings.ToLower(strings.TrimRight(w, ".,"))
	switch {
	case lw == "":
		return 1
	case words.Month(lw) > 0 || weekdays[lw]:
		return 2
	case dateWords[lw] || dateWords[strings.ToLower(w)]:
		return 1
	}
	digits, other := 0, 0
	for i := 0; i < len(lw); i++ {
		c := lw[i]
		switch {
		case '0' <= c && c <= '9':
			digits++
		case c == ':' || c == '/' || c == '-' || c == '.':
		default:
			other++
		}
	}
	if digits == 0 {
		return 0
	}
	if other == 0 {
		return 2
	}
	// "15th", "5pm", "5:32pm", "10am", "5:03p", "gmt+01:00"
	if (strings.HasPrefix(lw, "gmt") || strings.HasPrefix(lw, "utc")) && len(lw) > 3 && (lw[3] == '+' || lw[3] == '-') {
		return 1
	}
	for _, suf := range []string{"st", "nd", "rd", "th", "am", "pm", "a.m", "p.m", "a", "p"} {
		if strings.HasSuffix(lw, suf) && other <= 2 {
			return 2
		}
	}
	return 0
}

// dateFields splits a line into words for the date and dateline tests:
// white space and the separators of bylines split, parentheses go.
func dateFields(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		switch r {
		case '|', '—', '–', '·', '•', ',', '(', ')', '/', ';':
			return true
		}
		return isSpaceRune(r)
	})
}

// spacedClock joins "p. m." as detokenised text writes it.
var spacedClock = strings.NewReplacer("a. m.", "a.m.", "p. m.", "p.m.", "A. M.", "A.M.", "P. M.", "P.M.")

// dateLine says what a line made of dates and times holds.
type dateLine uint8

const (
	notDate   dateLine = iota
	clockOnly          // times of day and bare numbers: "9:05 p.m.", "12"
	dated              // a date, a weekday, a publishing word or a dateline place
)

// datelineOnly reports whether a line holds nothing but a date, a time, a
// dateline place in capitals or a wire credit ("Updated 5:32 PM ET, Thu May
// 15, 2025", "WASHINGTON (AP) —", "12:50 p.m.:").
func datelineOnly(s string) dateLine {
	fields := dateFields(spacedClock.Replace(s))
	if len(fields) == 0 {
		return notDate
	}
	dates, places, nwords, others := 0, 0, 0, 0
	for _, w := range fields {
		w = strings.TrimRight(w, ":")
		if w == "-" || w == "" {
			continue
		}
		switch dateToken(w) {
		case 2:
			dates++
			lw := strings.ToLower(strings.TrimRight(w, ".,"))
			if words.Month(lw) > 0 || weekdays[lw] || len(lw) == 4 && isDigits(lw) || strings.Count(lw, "-") == 2 || strings.Count(lw, "/") == 2 {
				nwords++
			}
			continue
		case 1:
			switch strings.ToLower(strings.TrimRight(w, ".")) {
			case "am", "pm", "a.m", "p.m", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "gmt", "utc", "local", "time":
			default:
				nwords++
			}
			continue
		}
		if capsWord(w) {
			places++
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && others < 2 {
			others++ // "Story Filed: Mar 3, 2021", "Gazette Jun 9, 2020"
			continue
		}
		return notDate
	}
	switch {
	case places > 4:
		return notDate // a headline in capitals
	case others > 0:
		if dates >= 2 && nwords > 0 {
			return dated
		}
		return notDate
	case dates > 0 && nwords+places > 0:
		return dated
	case dates > 0:
		return clockOnly
	}
	// A place alone must be marked as a dateline by a dash.
	if places > 0 && places <= 4 && datelineLead(s) && strings.TrimRight(strings.TrimSpace(s), "—–-: ") != strings.TrimSpace(s) {
		return dated
	}
	return notDate
}

// capsWord reports whether w is a word in capitals of at least two letters
// (dateline places, wire credits: "WASHINGTON", "AP", "N.Y.").
func capsWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == '\'' || r == '-':
		default:
			return false
		}
	}
	return letters >= 2
}

// datelineRE matches the dateline that opens a news story ("WASHINGTON
// —", "MEXICO CITY (AP) -", "SPRINGFIELD, Ill. -").
var datelineRE = regexp.MustCompile(`^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}(?:, [A-Z][\pL.]+(?: [A-Z][\pL.]+)?)?(?: \([A-Za-z .]+\))? ?(?:[—–―-]|--)(?:\s|$)`)

func datelineLead(s string) bool { return datelineRE.MatchString(s) }

// placeRE matches a place line under a signature ("Springfield, Ill.").
var placeRE = regexp.MustCompile(`^[A-Z][\pL'.-]+(?: [A-Z][\pL'.-]+){0,3}, (?:` + states + `)\.?$`)

const states = `Ala|Alabama|Alaska|Ariz|Arizona|Ark|Arkansas|Calif|California|Colo|Colorado|Conn|Connecticut|Del|Delaware|Fla|Florida|Ga|Georgia|Hawaii|Idaho|Ill|Illinois|Ind|Indiana|Iowa|Kan|Kansas|Ky|Kentucky|La|Louisiana|Maine|Md|Maryland|Mass|Massachusetts|Mich|Michigan|Minn|Minnesota|Miss|Mississippi|Mo|Missouri|Mont|Montana|Neb|Nebraska|Nev|Nevada|N\.H|New Hampshire|N\.J|New Jersey|N\.M|New Mexico|N\.Y|New York|N\.C|North Carolina|N\.D|North Dakota|Ohio|Okla|Oklahoma|Ore|Oregon|Pa|Pennsylvania|R\.I|Rhode Island|S\.C|South Carolina|S\.D|South Dakota|Tenn|Tennessee|Texas|Utah|Vt|Vermont|Va|Virginia|Wash|Washington|W\.Va|West Virginia|Wis|Wisconsin|Wyo|Wyoming|D\.C|AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC`

// byWords may stand before the "by" of a byline ("Written by").
var byWords = map[string]bool{
	"": true, "written": true, "words": true, "story": true, "text": true,
	"report": true, "reporting": true, "posted": true, "compiled": true,
	"interview": true, "photo": true, "photos": true, "video": true,
	"analysis": true, "commentary": true, "opinion": true, "column": true,
}

// bylineStart returns the offset of the names after the "by" that opens
// a byline, or -1.
func bylineStart(s string) int {
	head := s[:min(len(s), 24)]
	for i := 0; i+3 <= len(head); i++ {
		if (head[i] == 'b' || head[i] == 'B') && (head[i+1] == 'y' || head[i+1] == 'Y') &&
			(i+2 < len(s) && (s[i+2] == ' ' || s[i+2] == '\t')) && (i == 0 || head[i-1] == ' ') {
			if !byWords[strings.ToLower(strings.TrimSpace(head[:i]))] {
				return -1
			}
			j := i + 2
			for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
				j++
			}
			return j
		}
	}
	return -1
}

// notNames are capitalised words that start prose after "By" ("By
// Election Day, ...", "By Contrast").
var notNames = map[string]bool{
	"the": true, "this": true, "that": true, "then": true, "now": true,
	"contrast": true, "far": true, "some": true, "many": true, "most": true,
	"all": true, "early": true, "late": true, "mid": true, "election": true,
	"noon": true, "midnight": true, "comparison": true, "law": true,
	"design": true, "default": true, "definition": true, "nightfall": true,
	"sunday": true, "christmas": true, "thanksgiving": true, "easter": true,
}

// roleWords may follow a byline's names ("Staff Writer", "senior
// correspondent").
var roleWords = map[string]bool{
	"staff": true, "writer": true, "writers": true, "reporter": true,
	"reporters": true, "correspondent": true, "correspondents": true,
	"contributor": true, "editor": true, "editors": true, "columnist": true,
	"senior": true, "chief": true, "special": true, "and": true, "of": true,
	"the": true, "for": true, "at": true, "in": true, "on": true, "with": true,
	"news": true, "desk": true, "bureau": true, "updated": true,
	"published": true, "posted": true, "last": true, "political": true,
	"national": true, "foreign": true, "international": true, "business": true,
	"investigative": true, "white": true, "house": true, "washington": true,
	"contributing": true, "associate": true, "deputy": true, "managing": true,
	"executive": true, "opinion": true, "guest": true, "wire": true,
	"report": true, "reports": true, "agencies": true, "services": true,
}

// bylineNames reads a byline ("By Jane Doe and John Roe, Associated
// Press", "Written by Parriva — May 15, 2025") and returns its names.
func bylineNames(s string) ([]string, bool) {
	s = strings.TrimSpace(s)
	at := bylineStart(s)
	if at < 0 || countWords(s, 30) > 25 {
		return nil, false
	}
	rest := s[at:]
	segs := strings.FieldsFunc(rest, func(r rune) bool {
		switch r {
		case '|', '—', '–', '―', ',', '·', '•', ';', '\n', '(', ')':
			return true
		}
		return false
	})
	if len(segs) == 0 {
		return nil, false
	}
	// Names: the first segment, split at "and" and "&"; with "A, B and C"
	// the segments up to the one holding "and".
	last := 0
	for k, seg := range segs {
		if k > 0 && strings.Contains(" "+seg+" ", " and ") {
			last = k
			break
		}
	}
	names, ok := namesOf(segs[:last+1])
	if !ok && last > 0 {
		last = 0
		names, ok = namesOf(segs[:1])
	}
	if !ok {
		return nil, false
	}
	i := last + 1
	// What follows the names must be a credit: a date, an outlet or a
	// title, not a clause of prose.
	for ; i < len(segs); i++ {
		seg := strings.TrimSpace(strings.Trim(segs[i], " -:"))
		if seg == "" || creditSegment(seg) {
			continue
		}
		return nil, false
	}
	return names, len(names) > 0
}

// namesOf reads the names of the segments of a byline.
func namesOf(segs []string) ([]string, bool) {
	var names []string
	for _, seg := range segs {
		for _, p := range splitNames(strings.TrimSpace(strings.Trim(seg, " -"))) {
			if !isName(p) {
				return nil, false
			}
			names = append(names, normName(p))
		}
	}
	return names, len(names) > 0
}

// splitNames splits "A and B & C" into names.
func splitNames(s string) []string {
	s = strings.ReplaceAll(s, " & ", " and ")
	var out []string
	for _, p := range strings.Split(s, " and ") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// isName reports whether s reads as a personal name: one to five
// capitalised words (initials and particles allowed), no digits.
func isName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 5 {
		return false
	}
	for k, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ".'’"))
		if words.Particle(strings.ToLower(w)) && k > 0 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		if words.Month(lw) > 0 || weekdays[lw] || k == 0 && notNames[lw] {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && c != '.' && c != '\'' && c != '’' && c != '-' {
				return false
			}
		}
	}
	return true
}

// creditSegment reports whether a part of a byline after the names is a
// date, an outlet, a role or a handle.
func creditSegment(seg string) bool {
	if datelineOnly(seg) != notDate {
		return true
	}
	if strings.HasPrefix(seg, "@") || strings.Contains(seg, "@") && !strings.Contains(seg, " ") {
		return true
	}
	for _, w := range strings.Fields(seg) {
		w = strings.Trim(w, ".:'’\"")
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) || roleWords[strings.ToLower(w)] || dateToken(w) > 0 {
			continue
		}
		return false
	}
	return true
}

// normName writes a name in capitals ("JANE DOE") in title case.
func normName(s string) string {
	s = collapse(strings.Trim(s, " .,"))
	if strings.ToUpper(s) != s {
		return s
	}
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		r, n := utf8.DecodeRuneInString(w)
		ws[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(ws, " ")
}

// nameOnly reports whether a line is a signature: a personal name alone,
// ending in a period or led by a dash ("Jane Doe.", "— Jane Doe").
func nameOnly(s string) bool {
	s, dash := trimLeadingDash(strings.TrimSpace(s))
	period := strings.HasSuffix(s, ".")
	s = strings.TrimSuffix(s, ".")
	if !dash && !period {
		return false
	}
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 || len(ws) == 1 && !dash {
		return false
	}
	if len(ws) == 4 && !dash && !slices.ContainsFunc(ws, func(w string) bool { return len(w) == 2 && w[1] == '.' }) {
		return false // four words without an initial read as a headline
	}
	caps := 0
	for k, w := range ws {
		ok, suffix := nameWord(w, k == len(ws)-1)
		if !ok {
			return false
		}
		if !suffix && strings.ToUpper(w) == w && len(w) > 2 {
			caps++
		}
	}
	return dash || caps < len(ws)
}

// trimLeadingDash drops a dash or tilde that opens s ("— Jane Doe") and
// reports whether there was one.
func trimLeadingDash(s string) (string, bool) {
	for _, p := range []string{"—", "–", "―", "--", "-", "~"} {
		if strings.HasPrefix(s, p) {
			return strings.TrimSpace(s[len(p):]), true
		}
	}
	return s, false
}

// nameWord reports whether w can be a word of a personal name standing
// alone on a line: capitalised, of letters, periods, apostrophes, hyphens
// and commas, no small word, month or weekday, no possessive, and no
// sentence ending inside the line ("Late. Again."). A suffix such as "Jr."
// always can, and says so.
func nameWord(w string, last bool) (ok, suffix bool) {
	lw := strings.ToLower(strings.TrimRight(w, ".,"))
	if smallWords[lw] || words.Month(lw) > 0 || weekdays[lw] {
		return false, false
	}
	switch lw {
	case "jr", "sr", "ii", "iii", "iv":
		return true, true
	}
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return false, false
	}
	if !last && strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) > 3 {
		return false, false
	}
	if strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
		return false, false
	}
	for _, c := range w {
		if !unicode.IsLetter(c) && c != '.' && c != '\'' && c != '’' && c != '-' && c != ',' {
			return false, false
		}
	}
	return true, false
}

// creditRE matches a reporting credit: "Jane Doe reported from Mexico
// City.", "John Roe contributed reporting.", "Associated Press writer Jill
// Roe contributed from Springfield."
var creditRE = regexp.MustCompile(`^(?:(?:[A-Z][\pL'’.-]*|writers?|reporters?|correspondents?|staff|editors?|researchers?),? (?:(?:and|of|the) )?){1,8}(?:also )?(?:reported(?: and wrote)? from [A-Z]|contributed(?: additional)?(?: reporting| research| to this (?:report|story|article))?(?: from [A-Z][^.;]*)?[.;]?(?:\s+[A-Z]|\s*$))`)

// creditLine reports whether a short block holds only reporting credits.
func creditLine(s, f string) bool {
	if !creditRE.MatchString(s) {
		return false
	}
	for _, bad := range []string{" that ", " said", " says", "\"", "%", "$"} {
		if strings.Contains(f, bad) {
			return false
		}
	}
	return true
}

// airsRE matches a programme promotion ("The Morning Show airs on Channel 5 weekdays").
var airsRE = regexp.MustCompile(`\bairs (?:on|weekdays|weeknights|every|live|daily|mondays|sundays|saturdays)\b`)

// bioRE matches an author's biography: a name, perhaps an apposition,
// then "is" and a role ("Jane Doe, a former adviser, is a senior fellow at
// ...", "John Roe is the author of ...").
var bioRE = regexp.MustCompile(`^(?:[-—–]\s*)?(?:Mr\.|Ms\.|Mrs\.|Dr\.|[A-Z][\pL'’.-]+)(?: [A-Z][\pL'’.-]+){1,3}(?:, .{0,200}?,)? (?:is|serves as|has been) (?i:((?:a |an |the )?(?:[\pL'’-]+ ){0,5}?)(?:fellow|professor|author|co-author|editor|columnist|contributor|writer|director|reporter|correspondent|analyst|founder|co-founder|president|chairman|chair|ceo|host|co-host|lecturer|researcher|scholar|journalist|attorney|lawyer|economist|strategist|consultant|adviser|advisor|student|pastor|executive|commentator|blogger|historian|playwright|coordinator|member of [\pL'’. ]*board of contributors)\b)`)

// notBioNames are capitalised words that open sentences, not names.
var notBioNames = map[string]bool{"The": true, "That": true, "This": true, "These": true, "Those": true, "It": true, "He": true, "She": true, "They": true, "There": true, "A": true, "An": true}

// bio reports whether s is an author's biography.
func bio(s string) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(s, "-—– "), " ")
	if notBioNames[first] || countWords(s, 71) > 70 {
		return false
	}
	m := bioRE.FindStringSubmatchIndex(s)
	// The words before the role describe it; "is expected to meet the
	// editor" is no biography.
	return m != nil && !strings.Contains(" "+strings.ToLower(s[m[2]:m[3]]), " to ")
}

// findDate returns the first date in s as YYYY-MM-DD, or "".
func findDate(s string) string {
	ws := dateFields(s)
	for i, w := range ws {
		w = strings.TrimRight(w, ".:")
		if len(w) == 10 && w[4] == '-' && w[7] == '-' {
			y, m, d := atoi(w[:4]), atoi(w[5:7]), atoi(w[8:])
			if okDate(y, m, d) {
				return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
			}
		}
		m := words.Month(strings.ToLower(w))
		if m == 0 {
			continue
		}
		// Month D, YYYY
		if i+2 < len(ws) {
			d, y := atoi(strings.TrimRight(ws[i+1], ".,thsndr")), atoi(strings.TrimRight(ws[i+2], ".,"))
			if okDate(y, m, d) {
				return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
			}
		}
		// D Month YYYY
		if i > 0 && i+1 < len(ws) {
			d, y := atoi(strings.TrimRight(ws[i-1], ".,thsndr")), atoi(strings.TrimRight(ws[i+1], ".,"))
			if okDate(y, m, d) {
				return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
			}
		}
	}
	return ""
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

func okDate(y, m, d int) bool {
	return 1000 <= y && y <= 9999 && 1 <= m && m <= 12 && 1 <= d && d <= 31
}
