package attribution

// Grammar words the analyzer reads sentences with. These are closed
// classes of English, not data a newsroom would extend; the open lexicons
// (cues, outlets, institutions, roles, anonymous and vague sources) come
// from the lexicon package.

var determiners = setOf("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
	"some", "many", "several", "most", "all", "both", "each", "every", "any", "few", "other", "another", "one", "no", "such")

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "a": 1, "an": 1, "another": 1, "dozen": 12, "dozens": 24, "both": 2,
}

// vagueCount words say "some number of": counted as unknown.
var vagueCount = setOf("several", "multiple", "numerous", "various", "some", "many", "few", "handful", "number", "group", "couple")

var auxiliaries = setOf("has", "have", "had", "is", "was", "were", "are", "be", "been", "being", "am", "will", "would", "could",
	"can", "may", "might", "should", "shall", "must", "did", "does", "do", "'s", "'ve", "'d", "'ll", "'re")

var negations = setOf("not", "never", "n't", "no", "neither", "nor", "hardly", "barely")

// adverbs that sit between a subject and its verb without changing who
// speaks; any word ending in -ly is treated the same way.
var midAdverbs = setOf("also", "again", "later", "earlier", "then", "still", "often", "long", "already", "just", "even", "further",
	"first", "once", "twice", "previously", "recently", "soon", "now", "too", "however", "therefore", "meanwhile", "since",
	"ever", "always", "similarly", "likewise", "instead", "herself", "himself", "themselves", "itself",
	"privately", "publicly", "repeatedly", "reportedly", "and", "subsequently", "separately", "last", "week", "today", "yesterday",
	"tonight", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "in", "a", "statement")

// clauseBreakers end the search for a subject to the left of a verb.
var clauseBreakers = setOf("that", "which", "who", "whom", "whose", "when", "while", "where", "if", "because", "although",
	"though", "after", "before", "since", "as", "but", "or", "so", "than", "until", "unless", "whether", "whereas", "despite",
	"and", "yet", "once", "amid", "even", "without", "by", "to", "for", "with", "into", "about", "over", "under", "against")

// subordinators open a clause that is not the main one.
var subordinators = setOf("if", "when", "while", "although", "though", "because", "after", "before", "since", "unless",
	"whereas", "once", "until", "whether", "as", "despite", "even")

var relatives = setOf("who", "which", "whom", "whose", "that", "what")

var pronouns = map[string]gender{
	"he": male, "him": male, "his": male, "she": female, "her": female, "hers": female,
	"it": neuter, "its": neuter, "they": plural, "them": plural, "their": plural,
}

// gender of a person, as pronouns reveal it.
type gender uint8

const (
	unknownGender gender = iota
	male
	female
	neuter
	plural
)

var honorifics = map[string]gender{"mr.": male, "mrs.": female, "ms.": female, "miss": female, "mr": male, "mrs": female, "ms": female}

// words that head a noun phrase naming a document, poll or report: its
// maker is the source.
var documentHeads = setOf("report", "reports", "poll", "polls", "survey", "surveys", "study", "studies", "analysis", "analyses",
	"memo", "memos", "opinion", "opinions", "dissent", "indictments", "complaints", "lawsuits", "rulings", "response",
	"responses", "reply", "replies", "slides", "slide", "presentation", "files", "cables", "transcripts",
	"recording", "recordings", "tapes", "letter", "letters", "filing", "filings", "document", "documents", "records", "data", "photos", "photo",
	"video", "videos", "statement", "statements", "investigation", "audit", "review", "ruling", "research", "findings", "estimate",
	"estimates", "figures", "statistics", "census", "forecast", "projections", "assessment", "paper", "email", "emails", "tweet",
	"tweets", "post", "posts", "release", "transcript", "complaint", "indictment", "lawsuit", "suit", "affidavit", "testimony",
	"footage", "model", "index", "tally", "count", "account", "accounts", "story", "article", "editorial", "op-ed", "column",
	"exposé", "expose", "profile", "investigations", "reporting", "bylaws", "rules", "guidelines", "charter", "order", "decree",
	"website", "site", "page", "blog", "newsletter", "database", "log", "logs", "disclosure", "disclosures", "note", "notes",
	"memoir", "memoirs", "book", "books", "autobiography", "biography", "diary", "speech", "speeches", "remarks",
	"interview", "interviews", "podcast", "documentary", "verdict", "decision", "minutes", "journal", "journals",
	"paper", "papers", "brief", "briefs", "motion", "petition", "resolution", "platform", "manifesto", "ad", "ads",
	"average", "averages", "aggregate", "ranking", "rankings", "rating", "ratings", "tracker", "tally", "tallies",
	"announcement", "readout", "communique", "communiqué", "directive", "cable", "cables", "dossier", "file", "files")

var pollHeads = setOf("poll", "polls", "survey", "surveys", "polling")

// orgSuffixes end the names of organisations: "Tax Policy Center",
// "Wells Fargo Bank".
var orgSuffixes = setOf("department", "ministry", "agency", "committee", "commission", "office", "council", "court", "party",
	"university", "institute", "institution", "center", "centre", "foundation", "bureau", "service", "services", "administration",
	"campaign", "company", "inc.", "corp.", "co.", "ltd.", "group", "association", "union", "board", "authority", "authorities",
	"police", "army", "navy", "force", "forces", "guard", "senate", "house", "congress", "parliament", "assembly", "government",
	"cabinet", "coalition", "alliance", "federation", "organization", "organisation", "network", "bank", "fund", "trust",
	"society", "league", "caucus", "project", "initiative", "program", "programme", "school", "college", "hospital", "clinic",
	"corporation", "industries", "holdings", "partners", "llc", "lp", "plc", "ag", "sa", "secretariat", "prosecutor's",
	"tribunal", "embassy", "consulate", "mission", "command", "directorate", "division", "unit", "team", "club", "church",
	"conference", "forum", "movement", "front", "lab", "laboratory", "labs", "observatory", "watch", "pac", "media", "press",
	"enforcement", "protection", "security", "affairs", "relations", "development", "management", "research", "justice",
	"defense", "defence", "intelligence", "prevention", "control", "standards", "statistics", "labor", "commerce",
	"energy", "education", "health", "transportation", "treasury", "agriculture", "interior", "exchange", "reserve",
	"monitor", "rights", "institute", "academy", "academies", "sciences", "studies", "policy", "budget", "review")

// personNouns head descriptions of people: "the senator", "the New York
// businessman", "a Clinton surrogate".
var personNouns = setOf("announcer", "narrator", "president", "senator", "congressman", "congresswoman", "lawmaker", "governor", "mayor", "secretary",
	"minister", "ambassador", "candidate", "nominee", "businessman", "businesswoman", "billionaire", "chairman", "chairwoman",
	"chair", "director", "leader", "official", "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "aide",
	"surrogate", "strategist", "pollster", "economist", "analyst", "professor", "lawyer", "attorney", "judge", "justice",
	"prosecutor", "general", "admiral", "commander", "chief", "ceo", "founder", "executive", "head", "representative",
	"speaker", "democrat", "republican", "former", "man", "woman", "mother", "father", "son", "daughter", "wife", "husband",
	"writer", "author", "historian", "scholar", "expert", "doctor", "physician", "surgeon", "activist", "founder", "owner",
	"manager", "host", "anchor", "reporter", "journalist", "columnist", "editor", "premier", "chancellor", "king", "queen",
	"prince", "pope", "vice", "first", "lady", "star", "actor", "actress", "singer", "player", "coach", "officer", "agent",
	"detective", "sheriff", "investigator", "diplomat", "envoy", "negotiator", "commissioner", "administrator", "deputy",
	"assistant", "staffer", "consultant", "operative", "donor", "supporter", "critic", "opponent", "rival", "challenger",
	"incumbent", "mogul", "magnate", "entrepreneur", "investor", "banker", "trader", "farmer", "worker", "resident", "student",
	"teacher", "veteran", "soldier", "colonel", "sergeant", "captain", "lieutenant", "major", "nominee", "frontrunner", "gop",
	"campaigner", "advocate", "researcher", "scientist", "physicist", "engineer", "pastor", "priest", "rabbi", "imam", "bishop",
	"cardinal", "comedian", "celebrity", "personality", "figure", "whistleblower", "witness", "victim", "suspect", "defendant",
	"plaintiff", "friend", "ally", "confidant", "confidante", "colleague", "counterpart", "predecessor", "successor", "husband")

// orgNouns head descriptions of organisations: "the agency", "the bank".
var orgNouns = setOf("agency", "department", "ministry", "bank", "company", "firm", "group", "organization", "organisation",
	"government", "administration", "campaign", "committee", "commission", "court", "office", "party", "union", "association",
	"network", "newspaper", "paper", "outlet", "station", "channel", "magazine", "publication", "institute", "center", "centre",
	"foundation", "university", "council", "board", "bureau", "authority", "authorities", "police", "army", "military",
	"navy", "pentagon", "white", "house", "senate", "congress", "legislature", "coalition", "alliance", "corporation",
	"retailer", "automaker", "carrier", "airline", "insurer", "lender", "regulator", "watchdog", "nonprofit", "charity",
	"think", "tank", "school", "college", "hospital", "team", "club", "league", "band", "service", "unit", "division",
	"embassy", "consulate", "cartel", "gang", "caucus", "delegation", "panel", "subcommittee", "fed", "state", "country", "nation",
	"city", "county", "district", "province", "region", "giant", "conglomerate", "startup", "platform", "website", "site")

var femaleNames = setOf("claudia", "hillary", "elizabeth", "anna", "nancy", "kamala", "sarah", "mary", "patricia", "jennifer",
	"linda", "barbara", "susan", "jessica", "karen", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna",
	"michelle", "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen",
	"amy", "angela", "shirley", "brenda", "pamela", "emma", "nicole", "helen", "samantha", "katherine", "christine", "debra",
	"rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce", "virginia",
	"victoria", "kelly", "lauren", "christina", "joan", "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline",
	"martha", "gloria", "teresa", "ann", "sara", "madison", "frances", "kathryn", "janice", "jean", "abigail", "alice", "judy",
	"sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella", "theresa", "diana", "natalie",
	"brittany", "charlotte", "marie", "kayla", "alexis", "lori", "nikki", "kellyanne", "ivanka", "melania", "michele", "maxine",
	"dianne", "gwen", "donna", "debbie", "kirsten", "tammy", "tulsi", "ilhan", "alexandria", "marsha", "lisa", "susana", "gina",
	"condoleezza", "madeleine", "hope", "huma", "chelsea", "sheryl", "oprah", "angelique", "elaine", "toni", "vicki", "loretta",
	"janet", "ruth", "sonia", "elena", "amy", "liz", "marjorie", "lauren", "karine", "kristi", "tulsi", "pam", "rosa", "carmen",
	"lucia", "ana", "guadalupe", "veronica", "adriana", "gabriela", "alejandra", "daniela", "fernanda", "mariana", "paola",
	"xóchitl", "xochitl", "beatriz", "olga", "rocío", "margarita", "leticia", "irene", "ursula", "angela", "theresa", "jacinda",
	"giorgia", "marine", "christine", "kristalina", "samantha", "nikki", "kari", "stacey", "gretchen", "kathy", "kay", "jeanne")

var maleNames = setOf("donald", "barack", "joe", "john", "james", "robert", "michael", "william", "david", "richard", "joseph",
	"thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "paul", "steven", "andrew", "kenneth", "joshua",
	"kevin", "brian", "george", "edward", "ronald", "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric",
	"jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "frank", "gregory", "raymond", "alexander",
	"patrick", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary", "peter",
	"kyle", "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry", "sean",
	"austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "jordan", "billy", "bruce", "albert", "willie", "gabriel", "logan",
	"alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell", "elijah", "louis", "bobby", "philip",
	"johnny", "marco", "ted", "mitch", "mike", "chuck", "bernie", "elon", "tom", "jim", "bill", "newt", "rudy", "rand", "lindsey",
	"mitt", "jeb", "ben", "chris", "tim", "jon", "ron", "pat", "ed", "don", "dan", "bob", "rick", "jeff", "greg", "steve", "andrés",
	"andres", "manuel", "marcelo", "arturo", "felipe", "enrique", "vicente", "carlos", "luis", "jorge", "miguel", "alejandro",
	"francisco", "javier", "ricardo", "fernando", "eduardo", "sergio", "pedro", "rafael", "alberto", "mario", "omar", "ovidio",
	"joaquín", "joaquin", "ismael", "rubén", "ruben", "nemesio", "genaro", "alfonso", "vladimir", "xi", "kim", "benjamin",
	"emmanuel", "justin", "boris", "rishi", "keir", "olaf", "recep", "narendra", "luiz", "nicolás", "nicolas", "gustavo",
	"javier", "jair", "mauricio", "sebastián", "sebastian", "hugo", "fidel", "raúl", "raul", "evo", "alvaro", "álvaro",
	"lloyd", "antony", "jake", "kash", "pete", "stephen", "sean", "kevin", "hakeem", "jd", "j.d.", "vivek", "ron", "hunter",
	"reince", "steve", "jared", "corey", "kellyanne", "paul", "lamar", "orrin", "harry", "dick", "colin", "condoleezza",
	"al", "leon", "ash", "hans", "todd", "denis", "reggie", "trey", "jason", "darrell", "elijah", "adam", "devin", "jim",
	"brian", "robby", "jennifer", "leonard", "alan", "neera", "mike", "rucker", "dianne", "ronald", "charles", "patrick")

// countries and places that act as institutions when they speak
// ("Mexico has long argued"). Demonyms qualify institutions ("Mexican
// authorities").
var demonyms = setOf("american", "mexican", "u.s.", "us", "u.k.", "uk", "british", "canadian", "chinese", "russian", "european",
	"french", "german", "italian", "spanish", "japanese", "korean", "indian", "israeli", "iranian", "iraqi", "syrian", "turkish",
	"ukrainian", "polish", "brazilian", "argentine", "colombian", "venezuelan", "cuban", "chilean", "peruvian", "guatemalan",
	"honduran", "salvadoran", "nicaraguan", "panamanian", "ecuadorian", "bolivian", "palestinian", "saudi", "egyptian",
	"afghan", "pakistani", "north", "south", "federal", "state", "local", "western", "foreign", "u.n.", "un", "eu", "nato",
	"australian", "dutch", "swedish", "norwegian", "danish", "finnish", "greek", "irish", "scottish", "welsh", "swiss",
	"austrian", "belgian", "hungarian", "czech", "romanian", "serbian", "lebanese", "jordanian", "qatari", "emirati",
	"nigerian", "kenyan", "ethiopian", "haitian", "dominican", "jamaican", "filipino", "vietnamese", "thai", "indonesian",
	"malaysian", "taiwanese", "washington", "white", "military", "government", "administration", "pentagon", "intelligence",
	"police", "texas", "california", "florida", "republican", "democratic", "gop", "senate", "house", "congressional")

// usStates are the states of the United States.
var usStates = setOf("alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
	"florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
	"maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
	"new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
	"pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia",
	"washington state", "west virginia", "wisconsin", "wyoming", "puerto rico")

var countries = setOf("mexico", "united states", "america", "canada", "china", "russia", "ukraine", "israel", "iran", "iraq",
	"syria", "turkey", "germany", "france", "britain", "england", "spain", "italy", "japan", "india", "pakistan", "afghanistan",
	"brazil", "argentina", "colombia", "venezuela", "cuba", "chile", "peru", "guatemala", "honduras", "el salvador", "nicaragua",
	"panama", "ecuador", "bolivia", "north korea", "south korea", "korea", "saudi arabia", "egypt", "qatar", "poland",
	"washington", "moscow", "beijing", "kyiv", "kiev", "tehran", "jerusalem", "london", "paris", "berlin", "ottawa", "havana",
	"caracas", "bogotá", "bogota", "the kremlin", "kremlin", "tokyo", "seoul", "pyongyang", "taiwan", "taipei", "australia",
	"the united states", "the u.s.", "u.s.", "the us", "us", "the uk", "u.k.", "the u.k.", "european union", "the european union",
	"nato", "the united nations", "united nations", "the un", "the u.n.")
