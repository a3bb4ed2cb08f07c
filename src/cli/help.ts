import { WORKLOAD_KIND_WORDS } from '../pod/kinds.ts';
import { DEFAULT_K8S_VERSION, K8S_VERSIONS } from '../validate/versions.ts';
import type { CommandName } from './args.ts';

const GENERAL = `Usage: podsmith <command> [options]

Commands:
  lint      check Kubernetes manifests: the errors the API server would reject them for,
            warnings (API warnings, pods that fail at runtime) and best-practice notes
  inspect   what each workload's pod reserves (requests, limits, QoS class), in which order
            its containers start and stop, and which ports they open
  diagram   the pod as a picture (SVG): its containers in start-up order, ports, volumes and
            mounts, the Services that reach it and the objects it uses, with the findings
  export    the design as Terraform (typed kubernetes_*_v1 resources or kubernetes_manifest),
            a Helm chart or a Kustomize base
  import    a Terraform file's Kubernetes resources as a YAML design

Run "podsmith <command> --help" for a command's options.
`;

const LINT = `Usage: podsmith lint [--k8s <version>] [--profile default|strict] [--format text|json]
                    <file...|->

Checks each file (multi-document YAML, as for kubectl apply -f); - reads standard input.

Options:
  --k8s <version>    target Kubernetes version: ${K8S_VERSIONS[0]} to ${K8S_VERSIONS.at(-1)} (default ${DEFAULT_K8S_VERSION})
  --profile <name>   default: the security profile's checks (those kube-linter and Polaris run:
                     privilege escalation, writable root filesystem, capabilities, host
                     namespaces and ports, token automount, secrets in env, sysctls, seccomp, …)
                     are info; strict: they are warnings (see "Security profile" in the README)
  --format <format>  text (default): one line per finding, file:line:col severity rule-id message
                     json: {"files":[{"file","diagnostics":[{"ruleId","severity","message",
                     "path","line","column","document"}]}]}
  -h, --help         show this help

Exit status: 0 no errors (warnings and notes allowed), 1 at least one error,
2 the command line is wrong or a file could not be read (missing, not UTF-8, over 5 MB).
A file with more than 1,000 documents, nesting deeper than 100 levels or more than 1,000
anchors and aliases in a document is not checked: it gets one yaml-limit error.
`;

const INSPECT = `Usage: podsmith inspect [--k8s <version>] [--format text|json] <file|->

Analyses each workload (${WORKLOAD_KIND_WORDS}) of one
file (multi-document YAML, as for kubectl apply -f), as the app's "Pod analysis" does: the containers
and their roles, the pod's effective requests and limits (native sidecars and init phases counted
as the scheduler does, overhead included), the QoS class with its reason, the start-up and
shut-down order, the ports, and for Jobs when the Job completes. - reads standard input.

Options:
  --k8s <version>    target Kubernetes version: ${K8S_VERSIONS[0]} to ${K8S_VERSIONS.at(-1)} (default ${DEFAULT_K8S_VERSION})
  --format <format>  text (default): a report per workload
                     json: {"workloads":[{"document","kind","name","containers":[{"name","role"}],
                     "resources":{"requests":{...},"limits":{...}},"qos","startup","shutdown",
                     "ports":[{"container","port","protocol","name"}]}]}; a null limit is no limit
  -h, --help         show this help

Exit status: 0 analysed (also when the file holds no workload), 1 the file is not valid YAML
or goes past a limit (the problems are printed on stderr, nothing is analysed), 2 the command
line is wrong or the file could not be read (missing, not UTF-8, over 5 MB).
`;

const DIAGRAM = `Usage: podsmith diagram [--k8s <version>] [--format svg] [--theme light|dark] <file|->

Draws the pod of the first workload (${WORKLOAD_KIND_WORDS}) of
one file (multi-document YAML, as for kubectl apply -f) as the app's canvas and its "Export SVG"
do, and prints it on standard output: its containers in start-up order, the ports on the pod's
border and the Services that reach them, the volumes and who mounts them where, the ConfigMaps,
Secrets and claims it uses, what it does on the node, and a badge on each part lint finds fault
with. The SVG is self-contained: no fonts, images or links outside the file. - reads standard input.

Options:
  --k8s <version>    target Kubernetes version: ${K8S_VERSIONS[0]} to ${K8S_VERSIONS.at(-1)} (default ${DEFAULT_K8S_VERSION})
  --format <format>  svg (default, the only one)
  --theme <theme>    light (default) or dark
  -h, --help         show this help

Exit status: 0 drawn, 1 the file is not valid YAML, goes past a limit (the problems are printed
on stderr) or holds no workload, 2 the command line is wrong or the file could not be read
(missing, not UTF-8, over 5 MB).
`;

const EXPORT = `Usage: podsmith export --format <format> [-o <dir>] [--force] [--tgz] [--images]
                      [--name <name>] <file|->

Writes one design (multi-document YAML, as for kubectl apply -f) in another format, with the
same converters as the app's Export dialog. - reads standard input.

Formats:
  terraform           main.tf: typed kubernetes_*_v1 resources (provider >= 3.0.0)
  terraform-manifest  main.tf: one kubernetes_manifest per object, every field as designed
  helm                a chart in the layout helm create makes: <chart>/Chart.yaml, values.yaml,
                      values.schema.json, .helmignore, templates/
  kustomize           base/kustomization.yaml and one file per object

Where it goes:
  terraform, terraform-manifest  standard output, or <dir>/main.tf with -o <dir>
  helm                           <dir>/<chart>/… with -o <dir>, or with --tgz one archive,
                                 <dir>/<chart>-<version>.tgz (without -o: the current folder)
  kustomize                      <dir>/base/… with -o <dir>
Folders are made as needed. A file that is already there is never replaced without --force:
the command stops before writing anything, and names it. With --force, files of the folder
the export does not write are left as they are. The paths written are printed on stdout.

What the format cannot carry (status, comments, fields the typed resources lack, documents that
are not Kubernetes objects, …) is printed on stderr, one line each: <file>: not carried in
<format>: <what>. It does not change the exit status.

Options:
  --format <format>  terraform, terraform-manifest, helm or kustomize (required)
  -o, --out <dir>    the folder to write in (required for helm without --tgz, and kustomize)
  --force            replace files that are already there
  --tgz              helm: one chart archive, as helm package makes, instead of the folder
  --images           kustomize: an images: entry per container image, for overlays to retag
  --name <name>      helm: the chart's name (default: the first workload's name)
  -h, --help         show this help

Exit status: 0 exported, 1 the file is not valid YAML or goes past a limit (the problems are
printed on stderr, nothing is written), 2 the command line is wrong, the file could not be read
(missing, not UTF-8, over 5 MB), a file could not be written or is already there.
`;

const IMPORT = `Usage: podsmith import [-o <file.yaml>] [--force] <file.tf|->

Turns the Kubernetes resources of one Terraform file into a YAML design, as the app does when a
Terraform file is opened or pasted, and prints it on standard output: kubernetes_manifest and
the typed resources kubernetes_deployment, _stateful_set, _daemonset (_daemon_set_v1), _job,
_cron_job, _pod, _service, _config_map and _persistent_volume_claim, with or without _v1,
parsed with HashiCorp's HCL parser. - reads standard input.

Expressions the design cannot resolve (var.x, "\${var.ecr_url}:latest", other resources'
attributes) are kept as visible placeholders. Each of them, every Terraform-only argument left
out (count, lifecycle, wait_for_rollout, …) and every resource with no design object is printed
on stderr, one line each: <file>: <resource>: <path>: <what>. They do not change the exit status.

Options:
  -o, --out <file>  write the YAML to this file instead (never replacing one without --force);
                    its path is printed on stdout
  --force           replace the file -o names when it is already there
  -h, --help        show this help

Exit status: 0 imported, 1 the file is not valid HCL or holds no Kubernetes resource Podsmith
converts (the reasons are printed on stderr), 2 the command line is wrong, the file could not
be read (missing, not UTF-8, over 5 MB) or the YAML could not be written or is already there.
`;

/** The help text for `podsmith --help` or one command's `--help`. */
export function helpText(topic?: CommandName): string {
  if (topic === 'lint') return LINT;
  if (topic === 'inspect') return INSPECT;
  if (topic === 'diagram') return DIAGRAM;
  if (topic === 'export') return EXPORT;
  if (topic === 'import') return IMPORT;
  return GENERAL;
}
