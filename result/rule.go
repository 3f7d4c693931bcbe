package result

// Rule describes one rule of the checks as `audit rules --format json`
// lists it, with the severity in effect.
type Rule struct {
	ID       string `json:"id"`
	Severity string `json:"severity"` // "suggestion", "warning", "error" or "off"
	Scope    string `json:"scope"`    // "claim" or "article"
	Title    string `json:"title"`
	Why      string `json:"why"`
	Standard string `json:"standard"`
}
