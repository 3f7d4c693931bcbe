package words

// particles stand in lower case inside personal names: "Andrés Manuel López
// Obrador", "Ursula von der Leyen", "Osama bin Laden", "Beto O'Rourke".
var particles = map[string]bool{
	"de": true, "del": true, "della": true, "la": true, "las": true, "los": true, "le": true,
	"da": true, "das": true, "dos": true, "di": true, "du": true, "y": true, "el": true, "al": true,
	"van": true, "von": true, "der": true, "den": true, "ter": true, "ten": true,
	"bin": true, "ibn": true, "ben": true, "mac": true, "mc": true, "st.": true,
}

// Particle reports whether w, in lower case, is a particle of personal
// names ("de", "von", "bin", "st.").
func Particle(w string) bool { return particles[w] }
