package lexicon

// The entries of a set, after every file's additions and replacements, for
// callers that index them their own way. The slices belong to the set:
// callers must not change them.

// Cues returns every cue of s.
func (s *Set) Cues() []Cue { return s.cues }

// Outlets returns every outlet of s.
func (s *Set) Outlets() []Outlet { return s.outlets }

// Roles returns every role of s.
func (s *Set) Roles() []Role { return s.roles }

// AnonTerms returns every anonymous-source term of s.
func (s *Set) AnonTerms() []AnonTerm { return s.anonymous }

// VagueTerms returns every vague term of s.
func (s *Set) VagueTerms() []VagueTerm { return s.vague }

// Institutions returns every institution of s.
func (s *Set) Institutions() []Institution { return s.institutions }

// Words returns every word of the open word lists of s.
func (s *Set) Words() []Word { return s.words }
