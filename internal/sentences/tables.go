package sentences

// starters are capitalised words that commonly begin a sentence and rarely
// continue a name or an abbreviated phrase ("the U.S. The next day" splits,
// "the U.S. Senate" does not).
var starters = map[string]bool{
	"A": true, "An": true, "The": true, "But": true, "And": true, "Or": true, "Nor": true, "So": true, "Yet": true,
	"Still": true, "Then": true, "Thus": true, "Hence": true, "Also": true, "However": true, "Meanwhile": true,
	"Moreover": true, "Furthermore": true, "Nevertheless": true, "Nonetheless": true, "Instead": true, "Indeed": true,
	"Otherwise": true, "Therefore": true, "Later": true, "Earlier": true, "Now": true, "Today": true,
	"Yesterday": true, "Tomorrow": true, "Last": true, "Next": true, "Recently": true, "Finally": true,
	"Overall": true, "Ultimately": true, "Eventually": true, "Already": true, "Even": true, "Only": true,
	"Just": true, "Perhaps": true, "Maybe": true, "Yes": true, "No": true, "Not": true, "Of": true, "In": true,
	"On": true, "At": true, "For": true, "From": true, "With": true, "Without": true, "By": true, "To": true,
	"As": true, "After": true, "Before": true, "During": true, "Despite": true, "Since": true, "Until": true,
	"Under": true, "Over": true, "Among": true, "Amid": true, "Between": true, "Through": true,
	"Throughout": true, "Against": true, "About": true, "Unlike": true, "Like": true, "Following": true,
	"According": true, "When": true, "While": true, "Where": true, "Whether": true, "Why": true, "What": true,
	"Who": true, "Whom": true, "Whose": true, "Which": true, "How": true, "If": true, "Although": true,
	"Though": true, "Because": true, "Unless": true, "Once": true, "He": true, "She": true, "It": true,
	"They": true, "We": true, "I": true, "You": true, "His": true, "Her": true, "Its": true, "Their": true,
	"Our": true, "My": true, "Your": true, "This": true, "That": true, "These": true, "Those": true,
	"There": true, "Here": true, "Such": true, "Some": true, "Many": true, "Most": true, "Much": true,
	"Several": true, "Few": true, "All": true, "Both": true, "Each": true, "Every": true, "Any": true,
	"Another": true, "Other": true, "Others": true, "None": true, "Neither": true, "Either": true,
	"Nothing": true, "Nobody": true, "Everyone": true, "Everybody": true, "Someone": true, "Somebody": true,
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Asked": true, "Officials": true, "Critics": true,
	"Meantime": true, "Similarly": true, "Additionally": true, "Separately": true, "Currently": true,
	"Previously": true, "Initially": true, "Subsequently": true, "Elsewhere": true, "Given": true,
	"Two": true, "Three": true, "Four": true, "Five": true, "Six": true, "Seven": true, "Eight": true,
	"Nine": true, "Ten": true, "One": true,
}

// speechVerbs are verbs of saying that attach an attribution to the quoted
// question or exclamation before it (`"Why?" Trump asked.`).
var speechVerbs = map[string]bool{
	"said": true, "says": true, "say": true, "asked": true, "asks": true, "added": true, "adds": true,
	"told": true, "tells": true, "wrote": true, "writes": true, "tweeted": true, "tweets": true,
	"posted": true, "replied": true, "replies": true, "responded": true, "responds": true, "continued": true,
	"continues": true, "explained": true, "explains": true, "insisted": true, "insists": true,
	"declared": true, "declares": true, "exclaimed": true, "exclaims": true, "shouted": true, "shouts": true,
	"yelled": true, "yells": true, "screamed": true, "cried": true, "wondered": true, "wonders": true,
	"recalled": true, "recalls": true, "argued": true, "argues": true, "noted": true, "notes": true,
	"stated": true, "states": true, "joked": true, "jokes": true, "quipped": true, "warned": true,
	"warns": true, "countered": true, "counters": true, "demanded": true, "demands": true, "urged": true,
	"remarked": true, "concluded": true, "acknowledged": true, "admitted": true, "announced": true,
	"laughed": true, "chanted": true, "pleaded": true, "mused": true, "snapped": true, "retorted": true,
	"scoffed": true, "sighed": true, "whispered": true, "interjected": true, "interrupted": true,
	"observed": true, "pressed": true, "challenged": true, "complained": true, "conceded": true,
	"boasted": true, "bragged": true, "predicted": true, "vowed": true, "thundered": true, "roared": true,
	"proclaimed": true, "repeated": true, "answered": true, "answers": true, "agreed": true, "offered": true,
}

// elisions are words that begin with an apostrophe ("'em", "'90s" is
// recognised by its digit).
var elisions = map[string]bool{
	"em": true, "til": true, "tis": true, "twas": true, "n": true, "cause": true, "bout": true,
	"round": true, "nuff": true, "cos": true, "ello": true, "Tis": true, "Twas": true, "Cause": true,
	"Til": true, "Em": true,
}

// timeWords may follow "a.m." or "p.m." inside a sentence, besides the
// names of months (see timeContinues).
var timeWords = map[string]bool{
	"ET": true, "EST": true, "EDT": true, "CT": true, "CST": true, "CDT": true, "MT": true, "MST": true,
	"MDT": true, "PT": true, "PST": true, "PDT": true, "AKST": true, "HST": true, "GMT": true, "UTC": true,
	"BST": true, "CET": true, "CEST": true, "IST": true, "JST": true, "AEST": true, "Eastern": true,
	"Central": true, "Mountain": true, "Pacific": true, "Atlantic": true, "Hawaii": true, "Alaska": true,
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true,
	"Sunday": true, "Mon": true, "Tue": true, "Tues": true, "Wed": true, "Thu": true, "Thurs": true,
	"Fri": true, "Sat": true, "Sun": true, "Local": true, "Washington": true, "London": true, "Moscow": true, "Beijing": true,
}
