package plaintext

import (
	"regexp"
	"strings"

	"github.com/auditnews/audit/article"
)

// effect is what a matched line does to the lines after it.
type effect uint8

const (
	noEffect effect = iota
	// promoSection: a promotional heading ("Related", "Latest News");
	// the short headline-like lines after it are boilerplate too.
	promoSection
	// refsSection: a heading of a reference list ("Sources:"); the list
	// items after it are references.
	refsSection
	// tail: the comment form of a page ("Leave a Reply"); everything after
	// it is boilerplate.
	tail
)

// rule is one entry of the lexicon. Its pattern is matched against the
// folded head of a block (lower case, ASCII quotes and dashes, single
// spaces): see fold.
type rule struct {
	keys     string // the first words the rule applies to, space separated
	pattern  string
	kind     article.BlockKind
	maxWords int // the block may have at most this many words; 0: any
	effect   effect
}

// end lets a whole-line pattern end in punctuation or symbols.
const end = `[^\pL\pN]*$`

// lexicon holds the patterns for lines that are not prose. A rule with
// maxWords > 0 must match the whole block (its pattern ends in end); one
// with maxWords == 0 is a prefix rule for notes that may run long.
var lexicon = []rule{
	// Ad slots and "continue reading" prompts.
	{"advertisement advertisements ad ads sponsored promoted paid partner story article text continue scroll", `^(?:advertisements?|ads?|sponsored(?: content| post| links?| stories)?|promoted(?: content| stories| links)?|paid (?:content|post|partner content)|partner content|(?:story|article|text) continues (?:below|after)(?: (?:the |this )?(?:advertisement|ad))?|continue reading(?: (?:the|this) (?:main )?(?:story|article))?(?: below)?|scroll (?:down )?to continue(?: reading| with content)?)` + end, article.Boilerplate, 8, noEffect},
	{"advertisement advertisements", `^advertisements?\b.{0,40}$`, article.Boilerplate, 8, noEffect},

	// Comment forms: what follows is not the article.
	{"leave post add join comments comment no be show view load read see hide", `^(?:leave a (?:reply|comment)(?: cancel reply)?|post a comment|add (?:a|your) comment|join the (?:conversation|discussion)|comments?(?: \(\d+\))?|comments are closed|no comments(?: yet)?|be the first to comment|(?:show|view|load|read|see|hide) (?:all )?(?:\d+ )?comments)` + end, article.Boilerplate, 8, tail},
	{"#", `^\d+ (?:comments?|responses?|replies)` + end, article.Boilerplate, 4, tail},
	{"you log sign to", `^(?:you (?:need|must|have) (?:to )?(?:sign in|log in|login|be logged in|be signed in|have an account|register)\b|(?:log|sign) in to (?:comment|reply|post|leave)\b|to (?:comment|post a comment|leave a comment)\b)`, article.Boilerplate, 30, tail},
	{"your required save notify name email website", `^(?:your email address will not be published\b|required fields are marked\b|save my name\b|notify me of\b|(?:name|email|website|comment) ?\*` + end + `)`, article.Boilerplate, 40, noEffect},

	// Tags and categories.
	{"tags tag topics topic filed categories category keywords", `^(?:tags?|topics?|filed under|categories|category|keywords)(?:$|[^\pL\pN]*$|\s*:)`, article.Boilerplate, 40, noEffect},

	// Promotional headings: the headline lines after them are promos.
	{"latest trending most top popular recommended you more related see also read don't dont must editor's editors what before breaking up watch in further other elsewhere", `^(?:latest(?: news| stories| headlines| updates| videos?| articles| posts)?|trending(?: now| stories| news| topics| articles)?|most (?:read|popular|viewed|shared|emailed|watched)(?: stories| articles| now| today| this week)?|top (?:stories|news|headlines|picks|videos)(?: today| now)?|popular(?: now| stories| articles| posts| on [\pL .]+)?|recommended(?: for you| stories| reading| articles| videos)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|more (?:from|stories|news|on this(?: story| topic)?|coverage|videos?|headlines|to read|in [\pL ]+)\b.{0,40}|related(?: stories| articles| coverage| news| content| posts| links| reading| topics| videos?| items)?|see also|also (?:read|see|watch|on [\pL .]{1,30})|read (?:also|next|more)|further reading on [\pL ]+|don'?t miss(?: this| these)?|must (?:read|watch)|editor'?s'? picks?|what to read next|before you go|breaking(?: news)?|up next|watch next|in other news|in case you missed it|elsewhere on [\pL .]+|other stories)` + end, article.Boilerplate, 8, promoSection},
	{"related read see also more", `^(?:related|read more|see also|also read|more)(?: (?:stories|coverage|articles|news))? ?: .+`, article.Boilerplate, 30, noEffect},

	{"related sponsored promoted recommended suggested featured more", `^(?:related|sponsored|promoted|recommended|suggested|featured|more) (?:stories|content|links|articles|coverage|posts|videos?|reading|headlines)\b.{0,300}$`, article.Boilerplate, 40, noEffect},

	// Help lines and reader call-outs.
	{"need if", `^(?:need (?:help|support|someone to talk to|to talk)\?|if you or (?:someone|a loved one|anyone) you know\b.{0,200}\b(?:call|text|visit|contact|reach|hotline|helpline|lifeline)\b)`, article.Boilerplate, 60, noEffect},
	{"readers reader", `^readers?\s*:`, article.Boilerplate, 40, noEffect},

	// Read-more and click prompts.
	{"read", `^read (?:more|it all|it here|the (?:rest|full|whole|entire|original|complete)|full)\b.{0,120}$`, article.Boilerplate, 20, noEffect},
	{"read", `^read (?:the |this |our |his |her |their )?(?:full |complete |entire )?(?:story|article|report|statement|letter|interview|transcript|text|memo|release|op-ed|column|piece|post|decision|ruling|lawsuit|complaint|filing|document|indictment|bill|speech|remarks)s?\b.{0,60}(?:here|below|above|at [\pL .]+|on [\pL .]+)` + end, article.Boilerplate, 20, noEffect},
	{"click tap", `^(?:click|tap) (?:here|to|on|the link|this link)\b`, article.Boilerplate, 30, noEffect},

	// Sharing, subscribing, following.
	{"share sharing tweet email e print save facebook twitter x whatsapp linkedin reddit pinterest telegram flipboard messenger copy comment bluesky threads", `^(?:share|sharing|tweet|e-?mail|print|save|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|flipboard|messenger|copy(?: link)?|comment|bluesky|threads)(?:[^\pL\pN]+(?:share|tweet|e-?mail|print|save|facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|telegram|flipboard|messenger|copy(?: link)?|comment|bluesky|threads))*` + end, article.Boilerplate, 12, noEffect},
	{"share", `^share (?:this|on|via|the|article|story|it|with|your|to)\b`, article.Boilerplate, 12, noEffect},
	{"subscribe subscribed sign signup register get receive download join support fund donate become", `^(?:subscribe\b|sign up\b|signup\b|register (?:now|here|today|for free)\b|(?:get|receive) (?:our|the|breaking|daily|weekly|free) .{0,60}\b(?:newsletters?|updates|alerts|app|headlines|briefing)\b|(?:download|get) (?:our|the) (?:[\pL]+ )?app\b|join (?:our|us on) \pL+|(?:support|fund) (?:our|independent|quality|local|this) (?:journalism|reporting|work)\b|donate(?: now| today)?\b|become a (?:member|subscriber|patron|supporter)\b)`, article.Boilerplate, 30, noEffect},
	{"you", `^you can (?:receive|get|have) (?:this|our|the) (?:[\pL-]+ ){0,3}(?:update|newsletter|briefing|digest|email|alert)s?\b`, article.Boilerplate, 40, noEffect},
	{"for", `^for more(?: news| stories| updates)?, (?:sign up|subscribe|follow|visit|go to|check out)\b`, article.Boilerplate, 30, noEffect},
	{"newsletter newsletters", `^newsletters?\b`, article.Boilerplate, 12, noEffect},
	{"follow", `^follow (?:us|me|him|her|them|the author|our|@)`, article.Boilerplate, 30, noEffect},
	{"follow", `^follow .{1,80}? on (?:twitter|facebook|instagram|x|threads|bluesky|tiktok|youtube|linkedin|social media|mastodon)\b`, article.Boilerplate, 30, noEffect},
	{"like", `^like (?:us|our page|the page|[\pL ]{1,40} on facebook)\b`, article.Boilerplate, 20, noEffect},

	// Editors' notes, corrections, update notes.
	{"editor's editors editor editorial note", `^(?:editor'?s'?|editorial) ?note\b|^note to (?:our )?readers\b|^editor'?s'? note\b`, article.Boilerplate, 0, noEffect},
	{"correction corrections clarification clarifications", `^(?:correction|clarification)s?(?: appended| notice| note)?(?:\s*[:.-]|$)`, article.Boilerplate, 0, noEffect},
	{"an", `^an earlier version of this (?:article|story|report|post|piece|column|editorial|item|video|graphic)\b`, article.Boilerplate, 0, noEffect},
	{"this", `^this (?:article|story|post|piece|report|column|editorial|page|blog post|item|version|essay|op-ed|interview|transcript)(?: has| had| was| is| will| have)?(?: been| be)? (?:updated|corrected|revised|amended|modified|edited|changed|clarified|expanded)\b`, article.Boilerplate, 0, noEffect},
	{"this", `^this (?:article|story|piece|post|column|essay|op-ed|interview|commentary|blog post)(?: was| has been| is)? (?:first |originally )?(?:appeared|published|posted|ran|syndicated|reprinted|republished|adapted|excerpted|produced in partnership)\b`, article.Boilerplate, 40, noEffect},
	{"the", `^the (?:article|story|piece|post|column|essay|op-ed|interview|commentary) (?:was |has been |is )?(?:first|originally) (?:appeared|published|posted|ran)\b`, article.Boilerplate, 40, noEffect},
	{"a", `^a version of this (?:article|story|piece|report|column|essay)\b`, article.Boilerplate, 0, noEffect},
	{"as", `^as published in\b`, article.Boilerplate, 20, noEffect},
	{"this", `^this (?:is a developing|story is developing|article is developing|is breaking news|story will be updated|page will be updated)\b`, article.Boilerplate, 30, noEffect},
	{"check come more stay", `^(?:(?:check|come) back (?:later |soon )?for (?:updates|more)|more to come|stay tuned)\b`, article.Boilerplate, 15, noEffect},
	{"update updated", `^(?:update|updated)` + end, article.Boilerplate, 2, noEffect},

	// Section markers of archive and wire copy.
	{"abstract full summary transcript excerpt excerpts highlights listen watch video audio photos gallery slideshow embed loading", `^(?:abstract|full text|summary|transcript|excerpts?|highlights|listen|watch|video|audio|photos|gallery|slideshow|embed(?: code)?|loading)` + end, article.Boilerplate, 3, noEffect},
	{"watch listen video audio", `^(?:watch|listen|video|audio)\s*:`, article.Boilerplate, 30, noEffect},
	{"watch listen", `^(?:watch|listen to|listen) .{0,140}\b(?:below|above|here|podcast|episode|embedded|on youtube|live)\b.{0,60}$`, article.Boilerplate, 40, noEffect},

	// Photo and image credits.
	{"photo photos photograph photographs image images picture pictures pictured illustration illustrations video graphic graphics credit credits caption captions file top main header lead featured", `^(?:(?:top|main|header|lead|featured|file) )?(?:photos?|photographs?|images?|pictures?|pictured|illustrations?|video|graphics?|credits?|captions?|photo illustration)(?: (?:by|credit|credits|courtesy|source))?\s*(?::|/|-|\bby\b|\bcourtesy\b)`, article.Boilerplate, 30, noEffect},
	{"ap", `^ap photo\b`, article.Boilerplate, 20, noEffect},
	{"getty shutterstock ap afp epa reuters", `^(?:(?:getty(?: images)?|shutterstock)(?: ?/ ?.+| via .+)?|(?:ap|afp|epa(?:-efe)?|reuters)(?: ?/ ?.+| via .+))` + end, article.Boilerplate, 10, noEffect},

	// Copyright and legal lines.
	{"copyright c", `^(?:copyright\b|c\) ?\d{4})`, article.Boilerplate, 50, noEffect},
	{"this", `^this material may not be (?:published|reproduced|broadcast)\b`, article.Boilerplate, 50, noEffect},
	{"all terms privacy contact about", `^(?:all rights reserved|terms of (?:use|service)|privacy policy|contact us|about us)\b`, article.Boilerplate, 20, noEffect},
	{"we this our by", `^(?:we use cookies|this (?:site|website) uses cookies|our site uses cookies|by (?:using|continuing to use) (?:this|our) (?:site|website))\b`, article.Boilerplate, 60, noEffect},

	// Video players and embeds.
	{"we this the your please sorry javascript", `^(?:we are sorry,? ?this video|(?:this|the) video (?:is|has been) (?:restricted|unavailable|removed|not available|no longer available)|your browser does not support|(?:please )?enable javascript|javascript is (?:disabled|required)|sorry,? (?:this|the) (?:video|content|page))\b`, article.Boilerplate, 40, noEffect},
	{"view see a", `^(?:(?:view|see) (?:this|the) (?:post|tweet|photo|video) on \pL+|a post shared by\b)`, article.Boilerplate, 30, noEffect},
	{"skip jump menu search home close back next previous prev main", `^(?:(?:skip|jump) to (?:main )?content|(?:main )?menu|search|home|close|back to top|next(?: article| story| post)?|previous(?: article| story| post)?|prev)` + end, article.Boilerplate, 4, noEffect},
	{"#", `^\d+ ?(?:-| )?min(?:ute)?s? read` + end, article.Boilerplate, 4, noEffect},

	// Bylines and credits.
	{"contributing contributors contributor additional h hat", `^(?:contributing|contributors?|(?:additional|contributing) reporting (?:by|from)|h/t|hat tip)\b\s*:?`, article.Byline, 30, noEffect},
	{"send have got", `^(?:send (?:tips|news tips|story ideas|us your|your (?:tips|stories|questions))|(?:have|got) a (?:news )?tip)\b`, article.Boilerplate, 30, noEffect},
	{"reporting writing editing additional contributing research fact graphics production reported written edited compiled", `^(?:(?:additional |contributing )?reporting|writing|editing|research|fact-checking|graphics|production|reported|written|edited|compiled)(?: and (?:writing|editing|reporting))? by\b`, article.Byline, 50, noEffect},
	{"from staff agencies wires wire news", `^(?:from (?:staff|wire|news)(?: and wire)? (?:reports|services|agencies)|staff and agencies|(?:news )?agencies|wires?|wire (?:reports|services)|news services?)` + end, article.Byline, 6, noEffect},
	{"the associated ap reuters afp agence bloomberg upi united xinhua efe dpa ani tass press ians pti cnn", `^(?:the )?(?:associated press|ap|reuters|afp|agence france-presse|bloomberg(?: news)?|upi|united press international|xinhua|efe|dpa|ani|tass|press trust of india|ians|pti|cnn wire)` + end, article.Byline, 5, noEffect},
	{"staff special senior chief political foreign white washington national local business sports our a reporter reporters writer writers correspondent correspondents editor editors contributor contributors", `^(?:(?:a |our )?(?:staff|special|senior|chief|political|foreign|white house|washington|national|local|business|sports) )?(?:staff )?(?:reporter|writer|correspondent|editor|contributor)s?(?:, [\pL .]{1,40})?` + end, article.Byline, 6, noEffect},
	{"email e contact reach", `^(?:e-?mail(?: the author| me| us)?|contact(?: the author| us| me)?|reach (?:the )?(?:author|reporter|writer|him|her|them))\b(?: at)?\s*:?\s*\S+@\S+`, article.Byline, 12, noEffect},

	// Reference lists.
	{"sources source references reference further bibliography works citations citation footnotes footnote endnotes notes external reading additional resources useful links source learn", `^(?:sources?|references?|further reading|bibliography|works cited|citations?|footnotes|endnotes|notes|external links|reading list|additional (?:reading|sources|resources)|resources|useful links|links|sources and (?:notes|methodology)|source links|learn more)` + end, article.References, 4, refsSection},
	{"sources source references reference further bibliography works citations citation footnotes endnotes", `^(?:sources?|references?|further reading|bibliography|works cited|citations?|footnotes|endnotes)\s*:\s*(?:\S+(?: \S+){0,4}$|.*(?:\b1[.)] |\[1\]|https?:|www\.|;))`, article.References, 0, noEffect},
}

// compiledRule is a lexicon rule ready to match.
type compiledRule struct {
	re  *regexp.Regexp
	lit string // a literal prefix every match starts with
	rule
}

// literalPrefix returns the literal text a pattern "^abc..." starts with,
// up to its first metacharacter.
func literalPrefix(p string) string {
	p = strings.TrimPrefix(p, "^")
	i := strings.IndexAny(p, `\.+*?()|[]{}^$`)
	if i < 0 {
		return p
	}
	if i > 0 && i < len(p) && strings.ContainsRune("?*{", rune(p[i])) {
		i-- // the last character is optional or repeated
	}
	return p[:i]
}

// rulesByWord indexes the lexicon by first word, so that a block is tried
// only against the rules that can match it.
var rulesByWord = func() map[string][]*compiledRule {
	m := make(map[string][]*compiledRule)
	for _, r := range lexicon {
		cr := &compiledRule{re: regexp.MustCompile(r.pattern), lit: literalPrefix(r.pattern), rule: r}
		for _, k := range strings.Fields(r.keys) {
			m[k] = append(m[k], cr)
		}
	}
	return m
}()
