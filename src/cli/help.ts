import { DEFAULT_K8S_VERSION, K8S_VERSIONS } from '../validate/versions.ts';
import type { CommandName } from './args.ts';

const GENERAL = `Usage: podsmith <command> [options]

Commands:
  lint      check Kubernetes manifests: the errors the API server would reject them for,
            warnings (API warnings, pods that fail at runtime) and best-practice notes

Run "podsmith <command> --help" for a command's options.
`;

const LINT = `Usage: podsmith lint [--k8s <version>] [--format text|json] <file...|->

Checks each file (multi-document YAML, as for kubectl apply -f); - reads standard input.

Options:
  --k8s <version>    target Kubernetes version: ${K8S_VERSIONS[0]} to ${K8S_VERSIONS.at(-1)} (default ${DEFAULT_K8S_VERSION})
  --format <format>  text (default): one line per finding, file:line:col severity rule-id message
                     json: {"files":[{"file","diagnostics":[{"ruleId","severity","message",
                     "path","line","column","document"}]}]}
  -h, --help         show this help

Exit status: 0 no errors (warnings and notes allowed), 1 at least one error,
2 the command line is wrong or a file could not be read.
`;

/** The help text for `podsmith --help` or one command's `--help`. */
export function helpText(topic?: CommandName): string {
  return topic === 'lint' ? LINT : GENERAL;
}
