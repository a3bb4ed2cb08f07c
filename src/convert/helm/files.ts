// The fixed files of a chart, in the layout `helm create` makes. Their text follows Helm's own
// scaffold (helm/helm e9b85e4 of 2026-08-20, pkg/chart/v2/util/create.go: defaultChartfile,
// defaultIgnore, defaultHelpers), trimmed to what a chart made from a design uses.
import { yamlText } from './yaml-text.ts';

/** Chart.yaml: apiVersion v2, an application chart at version 0.1.0. */
export function chartYaml(name: string, appVersion: string | undefined): string {
  const chart: Record<string, unknown> = {
    apiVersion: 'v2',
    name,
    description: 'A Helm chart made by Podsmith from a design',
    type: 'application',
    version: '0.1.0',
  };
  if (appVersion) chart.appVersion = appVersion;
  return yamlText(chart, { quoteStrings: true });
}

/** .helmignore, as `helm create` writes it. */
export const HELMIGNORE = `# Patterns to ignore when building packages.
# This supports shell glob matching, relative path matching, and
# negation (prefixed with !). Only one pattern per line.
.DS_Store
# Common VCS dirs
.git/
.gitignore
.bzr/
.bzrignore
.hg/
.hgignore
.svn/
# Common backup files
*.swp
*.bak
*.tmp
*.orig
*~
# Various IDEs
.project
.idea/
*.tmproj
.vscode/
`;

/**
 * _helpers.tpl: helm create's name, chart and standard labels (applied only when the value
 * `standardLabels` is true), and the two helpers the templates use to write an image and a list
 * of containers whose images the values hold taken apart.
 */
export function helpers(chart: string): string {
  return `{{/*
Expand the name of the chart.
*/}}
{{- define "${chart}.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Create chart name and version as used by the chart label.
*/}}
{{- define "${chart}.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Common labels, added to every object when standardLabels is true.
*/}}
{{- define "${chart}.labels" -}}
helm.sh/chart: {{ include "${chart}.chart" . }}
{{ include "${chart}.selectorLabels" . }}
{{- if .Chart.AppVersion }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Selector labels
*/}}
{{- define "${chart}.selectorLabels" -}}
app.kubernetes.io/name: {{ include "${chart}.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
An image: a string as it is, or {repository, tag, digest} as repository:tag@digest.
*/}}
{{- define "${chart}.image" -}}
{{- if kindIs "string" . }}{{ . }}{{- else }}{{ .repository }}{{ with .tag }}:{{ . }}{{ end }}{{ with .digest }}@{{ . }}{{ end }}{{- end }}
{{- end }}

{{/*
A list of containers, each image written with ${chart}.image.
*/}}
{{- define "${chart}.containers" -}}
{{- range . }}
{{- $container := deepCopy . }}
{{- if hasKey $container "image" }}
{{- $_ := set $container "image" (include "${chart}.image" $container.image) }}
{{- end }}
- {{ toYaml $container | indent 2 | trim }}
{{- end }}
{{- end }}
`;
}

/** NOTES.txt: what was installed, and where its settings are. */
export function notes(objects: readonly string[]): string {
  const list = objects.map((o) => `  - ${o.replaceAll('{{', '{{ "{{" }}')}`).join('\n');
  return `{{ .Chart.Name }} {{ .Chart.Version }} is installed as {{ .Release.Name }} in the namespace {{ .Release.Namespace }}.

Its objects, as designed in Podsmith:
${list}

values.yaml holds what changes per environment: replicas, each container's image, the main
container's resources and env, init containers and sidecars, extra volumes and mounts, and each
Service's type and ports. Set standardLabels to true to add helm create's standard labels.
`;
}
