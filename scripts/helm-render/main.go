// helmrender renders a Helm chart directory the way Helm's template engine does, for tests on
// machines where no Helm binary exists. It is NOT Helm: it rebuilds the engine's semantics from
// Helm's sources (helm/helm e9b85e4 of 2026-08-20: pkg/engine/engine.go render, funcs.go,
// pkg/release/v1/util/manifest.go SplitManifests) on Go's text/template and Debian's sprig 3.2.3
// and sigs.k8s.io/yaml 1.3.0 (Helm itself builds with sprig 3.3.0 and sigs.k8s.io/yaml 1.6.0).
//
// What it copies: sprig.TxtFuncMap() minus env/expandenv; toYaml (sigs.k8s.io/yaml.Marshal,
// trailing newline trimmed), fromYaml, toJson, fromJson; include with Helm's recursion cap; tpl;
// required; fail; missingkey=zero and the "<no value>" strip; templates named
// <chart>/templates/<file>, all parsed before any runs, partials (_*) not rendered, NOTES.txt
// rendered but left out of the manifest as `helm template` does; values read with
// sigs.k8s.io/yaml (YAML 1.1 scalars, numbers as float64). What it leaves out: subcharts, value
// coalescing and --set, values.schema.json validation, .Files, lookup (always empty), hooks.
//
// Usage: helmrender [--json] CHART_DIR [RELEASE] [NAMESPACE]
//
//	default: the manifest as `helm template` prints it ("---" and "# Source:" per file)
//	--json:  a JSON array of {"source", "object"}: the manifest split into documents as Helm
//	         splits it, each document converted with sigs.k8s.io/yaml.YAMLToJSON
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"text/template"
	"unicode"

	"github.com/Masterminds/sprig/v3"
	"sigs.k8s.io/yaml"
)

// recursionMax is Helm's cap on nested include calls of one template (pkg/engine/engine.go).
const recursionMax = 1000

func toYAML(v interface{}) string {
	data, err := yaml.Marshal(v)
	if err != nil {
		return ""
	}
	return strings.TrimSuffix(string(data), "\n")
}

func fromYAML(s string) map[string]interface{} {
	m := map[string]interface{}{}
	if err := yaml.Unmarshal([]byte(s), &m); err != nil {
		m["Error"] = err.Error()
	}
	return m
}

func toJSON(v interface{}) string {
	b, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(b)
}

func fromJSON(s string) map[string]interface{} {
	m := map[string]interface{}{}
	if err := json.Unmarshal([]byte(s), &m); err != nil {
		m["Error"] = err.Error()
	}
	return m
}

func includeFun(t *template.Template, names map[string]int) func(string, interface{}) (string, error) {
	return func(name string, data interface{}) (string, error) {
		var buf strings.Builder
		if names[name] > recursionMax {
			return "", fmt.Errorf("rendering template has a nested reference name: %s", name)
		}
		names[name]++
		err := t.ExecuteTemplate(&buf, name, data)
		names[name]--
		return buf.String(), err
	}
}

func tplFun(parent *template.Template, names map[string]int) func(string, interface{}) (string, error) {
	return func(tpl string, vals interface{}) (string, error) {
		t, err := parent.Clone()
		if err != nil {
			return "", err
		}
		t.Option("missingkey=zero")
		t.Funcs(template.FuncMap{"include": includeFun(t, names), "tpl": tplFun(t, names)})
		t, err = t.New(parent.Name()).Parse(tpl)
		if err != nil {
			return "", fmt.Errorf("cannot parse template %q: %w", tpl, err)
		}
		var buf strings.Builder
		if err := t.Execute(&buf, vals); err != nil {
			return "", err
		}
		return strings.ReplaceAll(buf.String(), "<no value>", ""), nil
	}
}

func readYAML(file string) map[string]interface{} {
	m := map[string]interface{}{}
	b, err := os.ReadFile(file)
	if err != nil {
		fail("%v", err)
	}
	if err := yaml.Unmarshal(b, &m); err != nil {
		fail("%s: %v", file, err)
	}
	return m
}

func fail(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
	os.Exit(1)
}

func funcMap(t *template.Template) template.FuncMap {
	f := sprig.TxtFuncMap()
	delete(f, "env")
	delete(f, "expandenv")
	names := map[string]int{}
	f["toYaml"], f["fromYaml"], f["toJson"], f["fromJson"] = toYAML, fromYAML, toJSON, fromJSON
	f["include"] = includeFun(t, names)
	f["tpl"] = tplFun(t, names)
	f["required"] = func(warn string, val interface{}) (interface{}, error) {
		if val == nil || val == "" {
			return val, errors.New("execution error: " + warn)
		}
		return val, nil
	}
	f["fail"] = func(msg string) (string, error) { return "", errors.New(msg) }
	f["lookup"] = func(string, string, string, string) (map[string]interface{}, error) {
		return map[string]interface{}{}, nil
	}
	f["getHostByName"] = func(string) string { return "" }
	return f
}

// chartObject is .Chart: Helm exposes chart.Metadata's Go field names (name -> Name).
func chartObject(meta map[string]interface{}) map[string]interface{} {
	chart := map[string]interface{}{}
	for k, v := range meta {
		key := strings.ToUpper(k[:1]) + k[1:]
		if k == "apiVersion" {
			key = "APIVersion"
		}
		chart[key] = v
	}
	return chart
}

type rendered struct{ source, text string }

func render(dir, release, ns string) []rendered {
	meta := readYAML(filepath.Join(dir, "Chart.yaml"))
	name, _ := meta["name"].(string)
	top := map[string]interface{}{
		"Values": readYAML(filepath.Join(dir, "values.yaml")),
		"Release": map[string]interface{}{
			"Name": release, "Namespace": ns, "Service": "Helm",
			"IsInstall": true, "IsUpgrade": false, "Revision": 1,
		},
		"Chart": chartObject(meta),
		"Capabilities": map[string]interface{}{
			"KubeVersion": map[string]interface{}{"Version": "v1.31.0", "Major": "1", "Minor": "31"},
		},
		"Files": map[string]interface{}{},
	}

	t := template.New("gotpl").Option("missingkey=zero")
	t.Funcs(funcMap(t))

	var files []string
	err := filepath.Walk(filepath.Join(dir, "templates"), func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		fail("%v", err)
	}
	sort.Strings(files)
	var keys []string
	for _, p := range files {
		rel, _ := filepath.Rel(dir, p)
		key := path.Join(name, filepath.ToSlash(rel))
		b, _ := os.ReadFile(p)
		if _, err := t.New(key).Parse(string(b)); err != nil {
			fail("parse error: %v", err)
		}
		keys = append(keys, key)
	}
	var out []rendered
	for _, key := range keys {
		if strings.HasPrefix(path.Base(key), "_") {
			continue
		}
		top["Template"] = map[string]interface{}{"Name": key, "BasePath": path.Join(name, "templates")}
		var buf strings.Builder
		if err := t.ExecuteTemplate(&buf, key, top); err != nil {
			fail("render error: %v", err)
		}
		text := strings.ReplaceAll(buf.String(), "<no value>", "")
		if strings.HasSuffix(key, "NOTES.txt") || strings.TrimSpace(text) == "" {
			continue // `helm template` leaves NOTES.txt and empty files out of the manifest
		}
		out = append(out, rendered{key, text})
	}
	return out
}

// sep and splitManifests are Helm's SplitManifests (pkg/release/v1/util/manifest.go).
var sep = regexp.MustCompile(`(?m)^---[ \t]*`)

func splitManifests(text string) []string {
	var docs []string
	for _, d := range sep.Split(strings.TrimLeftFunc(text, unicode.IsSpace), -1) {
		if strings.TrimSpace(d) == "" {
			continue
		}
		docs = append(docs, strings.TrimLeftFunc(d, unicode.IsSpace))
	}
	return docs
}

type document struct {
	Source string          `json:"source"`
	Object json.RawMessage `json:"object"`
}

func main() {
	args := os.Args[1:]
	asJSON := len(args) > 0 && args[0] == "--json"
	if asJSON {
		args = args[1:]
	}
	if len(args) < 1 {
		fmt.Fprintln(os.Stderr, "usage: helmrender [--json] CHART_DIR [RELEASE] [NAMESPACE]")
		os.Exit(2)
	}
	release, ns := "release-name", "default"
	if len(args) > 1 {
		release = args[1]
	}
	if len(args) > 2 {
		ns = args[2]
	}
	files := render(args[0], release, ns)
	if !asJSON {
		for _, f := range files {
			fmt.Printf("---\n# Source: %s\n%s\n", f.source, strings.TrimRight(f.text, "\n"))
		}
		return
	}
	docs := []document{}
	for _, f := range files {
		for _, d := range splitManifests(f.text) {
			j, err := yaml.YAMLToJSON([]byte(d))
			if err != nil {
				fail("YAML parse error on %s: %v", f.source, err)
			}
			docs = append(docs, document{f.source, j})
		}
	}
	b, err := json.Marshal(docs)
	if err != nil {
		fail("%v", err)
	}
	fmt.Println(string(b))
}
