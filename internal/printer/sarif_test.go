package printer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/auditnews/audit/internal/findings"
)

// sarifKind is what the SARIF 2.1.0 schema says of one kind of object:
// the properties it requires, the sets of which at least one must be
// present (anyOf), every property it defines (the schema forbids any
// other: additionalProperties is false), and the kind of each property
// whose value is itself an object ("x") or an array of them ("[]x").
type sarifKind struct {
	required []string
	anyOf    [][]string
	defined  []string
	children map[string]string
	enums    map[string][]string
	minimum  map[string]int
}

var levels = []string{"none", "note", "warning", "error"}

// sarifSchema21 is the part of the SARIF 2.1.0 schema (OASIS, errata 01)
// that covers the objects audit writes, transcribed from its definitions.
var sarifSchema21 = map[string]sarifKind{
	"sarifLog": {
		required: []string{"version", "runs"},
		defined:  []string{"$schema", "version", "runs", "inlineExternalProperties", "properties"},
		children: map[string]string{"runs": "[]run"},
		enums:    map[string][]string{"version": {"2.1.0"}},
	},
	"run": {
		required: []string{"tool"},
		defined: []string{"tool", "invocations", "conversion", "language", "versionControlProvenance", "originalUriBaseIds",
			"artifacts", "logicalLocations", "graphs", "results", "automationDetails", "runAggregates", "baselineGuid",
			"redactionTokens", "defaultEncoding", "defaultSourceLanguage", "newlineSequences", "columnKind",
			"externalPropertyFileReferences", "threadFlowLocations", "taxonomies", "addresses", "translations", "policies",
			"webRequests", "webResponses", "specialLocations", "properties"},
		children: map[string]string{"tool": "tool", "invocations": "[]invocation", "results": "[]result"},
		enums:    map[string][]string{"columnKind": {"utf16CodeUnits", "unicodeCodePoints"}},
	},
	"tool": {
		required: []string{"driver"},
		defined:  []string{"driver", "extensions", "properties"},
		children: map[string]string{"driver": "toolComponent"},
	},
	"toolComponent": {
		required: []string{"name"},
		defined: []string{"guid", "name", "organization", "product", "productSuite", "shortDescription", "fullDescription",
			"fullName", "version", "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc", "downloadUri",
			"informationUri", "globalMessageStrings", "notifications", "rules", "taxa", "locations", "language", "contents",
			"isComprehensive", "localizedDataSemanticVersion", "minimumRequiredLocalizedDataSemanticVersion",
			"associatedComponent", "translationMetadata", "supportedTaxonomies", "properties"},
		children: map[string]string{"rules": "[]reportingDescriptor", "shortDescription": "multiformatMessageString",
			"fullDescription": "multiformatMessageString"},
	},
	"reportingDescriptor": {
		required: []string{"id"},
		defined: []string{"id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames", "shortDescription",
			"fullDescription", "messageStrings", "defaultConfiguration", "helpUri", "help", "relationships", "properties"},
		children: map[string]string{"shortDescription": "multiformatMessageString", "fullDescription": "multiformatMessageString",
			"help": "multiformatMessageString", "defaultConfiguration": "reportingConfiguration"},
	},
	"multiformatMessageString": {
		required: []string{"text"},
		defined:  []string{"text", "markdown", "properties"},
	},
	"reportingConfiguration": {
		defined: []string{"enabled", "level", "rank", "parameters", "properties"},
		enums:   map[string][]string{"level": levels},
	},
	"invocation": {
		required: []string{"executionSuccessful"},
		defined: []string{"commandLine", "arguments", "responseFiles", "startTimeUtc", "endTimeUtc", "exitCode",
			"ruleConfigurationOverrides", "notificationConfigurationOverrides", "toolExecutionNotifications",
			"toolConfigurationNotifications", "exitCodeDescription", "exitSignalName", "exitSignalNumber",
			"processStartFailureMessage", "executionSuccessful", "machine", "account", "processId", "executableLocation",
			"workingDirectory", "environmentVariables", "stdin", "stdout", "stderr", "stdoutStderr", "properties"},
		children: map[string]string{"toolExecutionNotifications": "[]notification"},
	},
	"notification": {
		required: []string{"message"},
		defined: []string{"locations", "message", "level", "threadId", "timeUtc", "exception", "descriptor",
			"associatedRule", "properties"},
		children: map[string]string{"locations": "[]location", "message": "message"},
		enums:    map[string][]string{"level": levels},
	},
	"result": {
		required: []string{"message"},
		defined: []string{"ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid",
			"correlationGuid", "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows", "graphs",
			"graphTraversals", "relatedLocations", "suppressions", "baselineState", "rank", "attachments", "hostedViewerUri",
			"workItemUris", "provenance", "fixes", "taxa", "webRequest", "webResponse", "properties"},
		children: map[string]string{"message": "message", "locations": "[]location"},
		enums:    map[string][]string{"level": levels},
		minimum:  map[string]int{"ruleIndex": -1},
	},
	"message": {
		anyOf:   [][]string{{"text"}, {"id"}},
		defined: []string{"text", "markdown", "id", "arguments", "properties"},
	},
	"location": {
		defined:  []string{"id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties"},
		children: map[string]string{"physicalLocation": "physicalLocation"},
	},
	"physicalLocation": {
		anyOf:    [][]string{{"address"}, {"artifactLocation"}},
		defined:  []string{"address", "artifactLocation", "region", "contextRegion", "properties"},
		children: map[string]string{"artifactLocation": "artifactLocation", "region": "region"},
	},
	"artifactLocation": {
		defined: []string{"uri", "uriBaseId", "index", "description", "properties"},
		minimum: map[string]int{"index": -1},
	},
	"region": {
		anyOf: [][]string{{"startLine"}, {"charOffset"}, {"byteOffset"}},
		defined: []string{"startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset",
			"byteLength", "snippet", "message", "sourceLanguage", "properties"},
		minimum: map[string]int{"startLine": 1, "startColumn": 1, "endLine": 1, "endColumn": 1},
	},
}

// checkSARIFSchema reports where v, an object of the given kind, breaks
// the schema.
func checkSARIFSchema(path, kind string, v any) []string {
	k, ok := sarifSchema21[kind]
	if !ok {
		return []string{path + ": no schema for " + kind}
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return []string{fmt.Sprintf("%s: %s is %T, not an object", path, kind, v)}
	}
	var bad []string
	for _, name := range k.required {
		if _, ok := obj[name]; !ok {
			bad = append(bad, fmt.Sprintf("%s: %s lacks required %q", path, kind, name))
		}
	}
	if len(k.anyOf) > 0 {
		found := false
		for _, set := range k.anyOf {
			all := true
			for _, name := range set {
				_, has := obj[name]
				all = all && has
			}
			found = found || all
		}
		if !found {
			bad = append(bad, fmt.Sprintf("%s: %s has none of %v", path, kind, k.anyOf))
		}
	}
	for name, val := range obj {
		p := path + "." + name
		if !slices.Contains(k.defined, name) {
			bad = append(bad, fmt.Sprintf("%s: %s does not define %q", p, kind, name))
		}
		if enum, ok := k.enums[name]; ok {
			if s, _ := val.(string); !slices.Contains(enum, s) {
				bad = append(bad, fmt.Sprintf("%s: %v is not one of %v", p, val, enum))
			}
		}
		if lo, ok := k.minimum[name]; ok {
			if n, isNum := val.(float64); !isNum || n != float64(int(n)) || int(n) < lo {
				bad = append(bad, fmt.Sprintf("%s: %v is not an integer ≥ %d", p, val, lo))
			}
		}
		child, ok := k.children[name]
		if !ok {
			continue
		}
		if elem, isArray := strings.CutPrefix(child, "[]"); isArray {
			arr, ok := val.([]any)
			if !ok {
				bad = append(bad, fmt.Sprintf("%s: %T, not an array", p, val))
				continue
			}
			for i, e := range arr {
				bad = append(bad, checkSARIFSchema(fmt.Sprintf("%s[%d]", p, i), elem, e)...)
			}
			continue
		}
		bad = append(bad, checkSARIFSchema(p, child, val)...)
	}
	return bad
}

// checkSARIFLog checks a log against the schema and against what the
// specification and GitHub code scanning ask beyond it.
func checkSARIFLog(t *testing.T, out []byte) *sarifLog {
	t.Helper()
	var generic any
	if err := json.Unmarshal(out, &generic); err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	for _, p := range checkSARIFSchema("$", "sarifLog", generic) {
		t.Error(p)
	}
	var log sarifLog
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	if u, err := url.Parse(log.Schema); err != nil || !u.IsAbs() {
		t.Errorf("$schema %q is not an absolute URI", log.Schema)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(log.Runs))
	}
	run := log.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind %q", run.ColumnKind)
	}
	if run.Tool.Driver.Name != "audit" {
		t.Errorf("driver name %q", run.Tool.Driver.Name)
	}
	checkSARIFRules(t, run.Tool.Driver.Rules)
	for i, r := range run.Results {
		checkSARIFResult(t, fmt.Sprintf("results[%d]", i), r, run.Tool.Driver.Rules)
	}
	if len(run.Invocations) != 1 {
		t.Fatalf("%d invocations, want 1", len(run.Invocations))
	}
	inv := run.Invocations[0]
	if inv.ExecutionSuccessful != (len(inv.Notifications) == 0) {
		t.Errorf("executionSuccessful %v with %d notifications", inv.ExecutionSuccessful, len(inv.Notifications))
	}
	return &log
}

// checkSARIFRules checks that rule ids are unique and each rule is
// described.
func checkSARIFRules(t *testing.T, rules []sarifRule) {
	t.Helper()
	ids := map[string]bool{}
	for _, r := range rules {
		if ids[r.ID] {
			t.Errorf("rule %q twice (rules must be unique)", r.ID)
		}
		ids[r.ID] = true
		if r.ShortDescription.Text == "" || r.FullDescription.Text == "" || r.Help.Text == "" {
			t.Errorf("rule %q lacks a description or help text", r.ID)
		}
	}
}

// checkSARIFResult checks one result: its rule, message and the location
// GitHub code scanning needs.
func checkSARIFResult(t *testing.T, where string, r sarifResult, rules []sarifRule) {
	t.Helper()
	if r.RuleIndex < 0 || r.RuleIndex >= len(rules) || rules[r.RuleIndex].ID != r.RuleID {
		t.Errorf("%s: ruleIndex %d does not name rule %q", where, r.RuleIndex, r.RuleID)
	}
	if r.Message.Text == "" {
		t.Errorf("%s: empty message", where)
	}
	// GitHub code scanning needs a file and a start line for every result.
	if len(r.Locations) == 0 {
		t.Errorf("%s: no location", where)
		return
	}
	loc := r.Locations[0].PhysicalLocation
	uri := loc.ArtifactLocation.URI
	if u, err := url.Parse(uri); err != nil || uri == "" || strings.ContainsAny(uri, `\ `) {
		t.Errorf("%s: uri %q is not a URI reference with forward slashes (%v)", where, uri, err)
	} else if u.IsAbs() && u.Scheme != "file" && u.Scheme != "http" && u.Scheme != "https" {
		t.Errorf("%s: uri %q has scheme %q", where, uri, u.Scheme)
	}
	reg := loc.Region
	if reg == nil {
		t.Errorf("%s: no region", where)
		return
	}
	if reg.EndLine != 0 && (reg.EndLine < reg.StartLine || reg.EndLine == reg.StartLine && reg.EndColumn < reg.StartColumn) {
		t.Errorf("%s: region ends (%d:%d) before it starts (%d:%d)", where, reg.EndLine, reg.EndColumn, reg.StartLine, reg.StartColumn)
	}
}

func TestSARIFSchema(t *testing.T) {
	t.Run("run", func(t *testing.T) {
		log := checkSARIFLog(t, printRun(t, "sarif", testOptions()))
		run := log.Runs[0]
		if n := len(run.Results); n != 7 {
			t.Errorf("%d results, want 7", n)
		}
		if n := len(run.Tool.Driver.Rules); n != len(testRules) {
			t.Errorf("%d rules, want %d", n, len(testRules))
		}
		for _, r := range run.Tool.Driver.Rules {
			if r.ID == "single-source" && (r.DefaultConfiguration.Level != "none" || r.DefaultConfiguration.Enabled == nil || *r.DefaultConfiguration.Enabled) {
				t.Errorf("an off rule: %+v", r.DefaultConfiguration)
			}
		}
		inv := run.Invocations[0]
		if inv.ExecutionSuccessful || len(inv.Notifications) != 1 || inv.Notifications[0].Level != "error" {
			t.Errorf("an input error gave %+v", inv)
		}
	})
	t.Run("empty", func(t *testing.T) {
		var b bytes.Buffer
		p := NewSARIF(&b, Options{})
		if err := p.Close(); err != nil {
			t.Fatal(err)
		}
		log := checkSARIFLog(t, b.Bytes())
		if got := len(log.Runs[0].Tool.Driver.Rules); got != len(findings.Rules()) {
			t.Errorf("%d rules, want the %d built in", got, len(findings.Rules()))
		}
		if !bytes.Contains(b.Bytes(), []byte(`"results": []`)) {
			t.Error("no empty results array")
		}
	})
	t.Run("fallbacks", func(t *testing.T) {
		a := positionless(t)
		a.Findings = append(a.Findings, findings.Finding{Rule: "no-such-rule", Severity: findings.Error})
		a.Doc.Input = "My Drafts/levy draft #2.txt"
		var b bytes.Buffer
		p := NewSARIF(&b, testOptions())
		if err := p.Article(res(a)); err != nil {
			t.Fatal(err)
		}
		if err := p.InputError("", errors.New("bad")); err != nil {
			t.Fatal(err)
		}
		if err := p.Close(); err != nil {
			t.Fatal(err)
		}
		log := checkSARIFLog(t, b.Bytes())
		if got := log.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI; got != "My%20Drafts/levy%20draft%20%232.txt" {
			t.Errorf("uri %q", got)
		}
	})
}

func TestSARIFDeterministic(t *testing.T) {
	a, b := printRun(t, "sarif", testOptions()), printRun(t, "sarif", testOptions())
	if !bytes.Equal(a, b) {
		t.Error("two runs differ")
	}
}

func TestArtifactURI(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"draft.md", "draft.md"},
		{"./news/draft.md", "./news/draft.md"},
		{"news/a b.txt", "news/a%20b.txt"},
		{"news/100%.txt", "news/100%25.txt"},
		{"c:draft.txt", "./c:draft.txt"},
		{"/srv/news/draft.md", "file:///srv/news/draft.md"},
		{"https://example.com/news/story.html?id=1", "https://example.com/news/story.html?id=1"},
		{"-", "-"},
	} {
		if got := artifactURI(tc.in); got != tc.want {
			t.Errorf("artifactURI(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestRuleName(t *testing.T) {
	for in, want := range map[string]string{"unsourced-statistic": "UnsourcedStatistic", "x": "X", "a--b_c": "ABC"} {
		if got := ruleName(in); got != want {
			t.Errorf("ruleName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSARIFSchemaCheck makes sure the schema checks above catch what they
// are meant to.
func TestSARIFSchemaCheck(t *testing.T) {
	good := `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"audit"}},"results":[{"message":{"text":"m"},
		"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.txt"},"region":{"startLine":1,"startColumn":1}}}]}]}]}`
	if bad := checkSARIFSchema("$", "sarifLog", decode(t, good)); len(bad) > 0 {
		t.Fatalf("a valid log fails: %v", bad)
	}
	for _, tc := range []struct{ name, log, want string }{
		{"no version", `{"runs":[]}`, `lacks required "version"`},
		{"wrong version", `{"version":"2.0.0","runs":[]}`, "is not one of"},
		{"no tool", `{"version":"2.1.0","runs":[{}]}`, `lacks required "tool"`},
		{"no driver name", `{"version":"2.1.0","runs":[{"tool":{"driver":{}}}]}`, `lacks required "name"`},
		{"unknown property", `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"a","colour":1}}}]}`, `does not define "colour"`},
		{"no message text", strings.Replace(good, `"message":{"text":"m"}`, `"message":{}`, 1), "has none of"},
		{"no result message", strings.Replace(good, `"message":{"text":"m"},`, ``, 1), `lacks required "message"`},
		{"no artifact", strings.Replace(good, `"artifactLocation":{"uri":"a.txt"},`, ``, 1), "has none of"},
		{"column 0", strings.Replace(good, `"startColumn":1`, `"startColumn":0`, 1), "not an integer ≥ 1"},
		{"line 0", strings.Replace(good, `"startLine":1`, `"startLine":0`, 1), "not an integer ≥ 1"},
		{"bad level", strings.Replace(good, `{"message"`, `{"level":"fatal","message"`, 1), "is not one of"},
		{"no rule id", `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"a","rules":[{"name":"x"}]}}}]}`, `lacks required "id"`},
		{"rule help", `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"a","rules":[{"id":"x","help":{}}]}}}]}`, `lacks required "text"`},
		{"invocation", `{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"a"}},"invocations":[{}]}]}`, `lacks required "executionSuccessful"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bad := checkSARIFSchema("$", "sarifLog", decode(t, tc.log))
			if !strings.Contains(strings.Join(bad, "\n"), tc.want) {
				t.Errorf("problems %q, want one with %q", bad, tc.want)
			}
		})
	}
}

func decode(t *testing.T, s string) any {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatal(err)
	}
	return v
}
