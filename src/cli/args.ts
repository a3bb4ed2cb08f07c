import { EXPORT_FORMATS, type ExportFormat } from '../convert/formats.ts';
import { isProfile, PROFILES, type Profile } from '../validate/security-profile.ts';
import {
  isK8sVersion,
  K8S_VERSIONS,
  DEFAULT_K8S_VERSION,
  type K8sVersion,
} from '../validate/versions.ts';

/** The commands `podsmith` knows, each with its own parser below. */
export const COMMANDS = ['lint', 'inspect', 'diagram', 'export', 'import'] as const;
export type CommandName = (typeof COMMANDS)[number];

export type OutputFormat = 'text' | 'json';

/** What `podsmith lint` was asked to do. */
export interface LintOptions {
  k8s: K8sVersion;
  format: OutputFormat;
  /** `strict` reports the security profile's findings as warnings instead of info. */
  profile: Profile;
  /** File names as given; `-` is standard input. */
  files: string[];
}

/** What `podsmith inspect` was asked to do. */
export interface InspectOptions {
  k8s: K8sVersion;
  format: OutputFormat;
  /** The file name as given; `-` is standard input. */
  file: string;
}

/** What `podsmith diagram` was asked to do. */
export interface DiagramOptions {
  k8s: K8sVersion;
  /** The only format so far; the option exists so that others can come without a break. */
  format: 'svg';
  theme: 'light' | 'dark';
  /** The file name as given; `-` is standard input. */
  file: string;
}

/** What `podsmith export` was asked to do. */
export interface ExportOptions {
  format: ExportFormat;
  /** The file name as given; `-` is standard input. */
  file: string;
  /** The folder to write into; absent: standard output (Terraform), the current folder (--tgz). */
  out?: string;
  /** Helm: one chart archive (`<chart>-<version>.tgz`) instead of the chart's folder. */
  tgz: boolean;
  /** Replace files that are already there. */
  force: boolean;
  /** Kustomize: an `images:` entry per image. */
  images: boolean;
  /** Helm: the chart's name (by default, the first workload's). */
  name?: string;
}

/** What `podsmith import` was asked to do. */
export interface ImportOptions {
  /** The Terraform file as given; `-` is standard input. */
  file: string;
  /** The YAML file to write; absent: standard output. */
  out?: string;
  force: boolean;
}

/** A parsed command line. */
export type Invocation =
  | { command: 'help'; topic?: CommandName }
  | { command: 'lint'; options: LintOptions }
  | { command: 'inspect'; options: InspectOptions }
  | { command: 'diagram'; options: DiagramOptions }
  | { command: 'export'; options: ExportOptions }
  | { command: 'import'; options: ImportOptions };

/** A command line that cannot run; `topic` says whose help to point at. */
export interface UsageError {
  error: string;
  topic?: CommandName;
}

export type ArgsResult = { ok: true; invocation: Invocation } | ({ ok: false } & UsageError);

/** Which options a command takes: those followed by a value, and plain flags. */
export interface OptionSpec {
  values: readonly string[];
  flags: readonly string[];
  /** One-letter aliases: `{ h: 'help' }`. */
  short?: Readonly<Record<string, string>>;
}

export interface ReadOptions {
  values: Record<string, string>;
  flags: Set<string>;
  operands: string[];
}

/**
 * Splits a command's arguments into options and operands, the way most CLIs do: `--name value`
 * or `--name=value`, flags, `-` as an operand (standard input), `--` ends the options.
 * A repeated option keeps its last value. Returns the first problem as a message.
 */
export function readOptions(
  args: readonly string[],
  spec: OptionSpec,
): { ok: true; read: ReadOptions } | { ok: false; error: string } {
  const read: ReadOptions = { values: {}, flags: new Set(), operands: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      read.operands.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      read.operands.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const eq = long ? arg.indexOf('=') : -1;
    const given = eq >= 0 ? arg.slice(0, eq) : arg;
    const name = long ? given.slice(2) : spec.short?.[given.slice(1)];
    if (name !== undefined && spec.flags.includes(name)) {
      if (eq >= 0) return { ok: false, error: `option ${given} takes no value` };
      read.flags.add(name);
    } else if (name !== undefined && spec.values.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === '') {
        return { ok: false, error: `option ${given} needs a value` };
      }
      read.values[name] = value;
    } else {
      return { ok: false, error: `unknown option ${given}` };
    }
  }
  return { ok: true, read };
}

const COMMAND_SPEC: OptionSpec = {
  values: ['k8s', 'format'],
  flags: ['help'],
  short: { h: 'help' },
};

type Common<F extends string> =
  | {
      ok: true;
      k8s: K8sVersion;
      format: F;
      operands: string[];
      help: boolean;
      values: Record<string, string>;
    }
  | { ok: false; error: string };

const TEXT_FORMATS: readonly [OutputFormat, ...OutputFormat[]] = ['text', 'json'];

/**
 * The options every command takes: `--k8s`, `--format` (one of `formats`, the first by default),
 * `--help`; then the operands, and the values of the command's own options in `spec`.
 */
function readCommon<F extends string>(
  args: readonly string[],
  formats: readonly [F, ...F[]],
  spec: OptionSpec = COMMAND_SPEC,
): Common<F> {
  const result = readOptions(args, spec);
  if (!result.ok) return result;
  const { values, flags, operands } = result.read;
  const help = flags.has('help');
  const k8s = values.k8s ?? DEFAULT_K8S_VERSION;
  if (!help && !isK8sVersion(k8s)) {
    return {
      ok: false,
      error: `unknown Kubernetes version "${k8s}" for --k8s; known versions: ${K8S_VERSIONS.join(', ')}`,
    };
  }
  const format = values.format ?? formats[0];
  if (!help && !(formats as readonly string[]).includes(format)) {
    const choices =
      formats.length > 1 ? `${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}` : formats[0];
    return { ok: false, error: `unknown format "${format}" for --format; use ${choices}` };
  }
  return { ok: true, k8s: k8s as K8sVersion, format: format as F, operands, help, values };
}

const LINT_SPEC: OptionSpec = { ...COMMAND_SPEC, values: [...COMMAND_SPEC.values, 'profile'] };

/**
 * `podsmith lint [--k8s 1.34] [--profile default|strict] [--format text|json] <file...|->`,
 * without the command word.
 */
export function parseLintArgs(args: readonly string[]): ArgsResult {
  const fail = (error: string): ArgsResult => ({ ok: false, error, topic: 'lint' });
  const read = readCommon(args, TEXT_FORMATS, LINT_SPEC);
  if (!read.ok) return fail(read.error);
  if (read.help) return { ok: true, invocation: { command: 'help', topic: 'lint' } };
  const { k8s, format, operands, values } = read;
  const profile = values.profile ?? 'default';
  if (!isProfile(profile)) {
    return fail(`unknown profile "${profile}" for --profile; use ${PROFILES.join(' or ')}`);
  }
  if (operands.length === 0) {
    return fail('no files to lint: give one or more files, or - for standard input');
  }
  if (operands.filter((f) => f === '-').length > 1) {
    return fail('- (standard input) can be given only once');
  }
  return {
    ok: true,
    invocation: { command: 'lint', options: { k8s, format, profile, files: operands } },
  };
}

/** `podsmith inspect [--k8s 1.34] [--format text|json] <file|->`, without the command word. */
export function parseInspectArgs(args: readonly string[]): ArgsResult {
  const fail = (error: string): ArgsResult => ({ ok: false, error, topic: 'inspect' });
  const read = readCommon(args, TEXT_FORMATS);
  if (!read.ok) return fail(read.error);
  if (read.help) return { ok: true, invocation: { command: 'help', topic: 'inspect' } };
  const { k8s, format, operands } = read;
  if (operands.length === 0) {
    return fail('no file to inspect: give one file, or - for standard input');
  }
  if (operands.length > 1) {
    return fail(`inspect takes one file, got ${operands.length}: ${operands.join(' ')}`);
  }
  return {
    ok: true,
    invocation: { command: 'inspect', options: { k8s, format, file: operands[0]! } },
  };
}

const DIAGRAM_SPEC: OptionSpec = { ...COMMAND_SPEC, values: [...COMMAND_SPEC.values, 'theme'] };

/** `podsmith diagram [--k8s 1.34] [--format svg] [--theme light|dark] <file|->`, without the command word. */
export function parseDiagramArgs(args: readonly string[]): ArgsResult {
  const fail = (error: string): ArgsResult => ({ ok: false, error, topic: 'diagram' });
  const read = readCommon(args, ['svg'], DIAGRAM_SPEC);
  if (!read.ok) return fail(read.error);
  if (read.help) return { ok: true, invocation: { command: 'help', topic: 'diagram' } };
  const { k8s, format, operands, values } = read;
  const theme = values.theme ?? 'light';
  if (theme !== 'light' && theme !== 'dark') {
    return fail(`unknown theme "${theme}" for --theme; use light or dark`);
  }
  if (operands.length === 0) {
    return fail('no file to draw: give one file, or - for standard input');
  }
  if (operands.length > 1) {
    return fail(`diagram takes one file, got ${operands.length}: ${operands.join(' ')}`);
  }
  return {
    ok: true,
    invocation: { command: 'diagram', options: { k8s, format, theme, file: operands[0]! } },
  };
}

/** The one file operand of `command`, or why there is not exactly one (`what`: "to export"). */
function oneFile(command: string, what: string, operands: string[]): string | { error: string } {
  if (operands.length === 0)
    return { error: `no file ${what}: give one file, or - for standard input` };
  if (operands.length > 1)
    return { error: `${command} takes one file, got ${operands.length}: ${operands.join(' ')}` };
  return operands[0]!;
}

/** `-o`'s value, or why it cannot be used. */
function outOf(
  values: Record<string, string>,
  flags: Set<string>,
): string | undefined | { error: string } {
  const out = values.out;
  if (out === '-') return { error: 'leave -o out to write to standard output' };
  if (out === undefined && flags.has('force'))
    return { error: '--force goes with -o: standard output replaces nothing' };
  return out;
}

const EXPORT_SPEC: OptionSpec = {
  values: ['format', 'out', 'name'],
  flags: ['help', 'images', 'tgz', 'force'],
  short: { h: 'help', o: 'out' },
};

const EXPORT_NAMES = EXPORT_FORMATS.map((f) => f.format);

/**
 * `podsmith export --format <format> [-o <dir>] [--tgz] [--force] [--images] [--name <name>]
 * <file|->`, without the command word.
 */
export function parseExportArgs(args: readonly string[]): ArgsResult {
  const fail = (error: string): ArgsResult => ({ ok: false, error, topic: 'export' });
  const result = readOptions(args, EXPORT_SPEC);
  if (!result.ok) return fail(result.error);
  const { values, flags, operands } = result.read;
  if (flags.has('help')) return { ok: true, invocation: { command: 'help', topic: 'export' } };
  const choices = `${EXPORT_NAMES.slice(0, -1).join(', ')} or ${EXPORT_NAMES.at(-1)}`;
  const format = EXPORT_FORMATS.find((f) => f.format === values.format);
  if (values.format === undefined) return fail(`no format given: use --format ${choices}`);
  if (!format) return fail(`unknown format "${values.format}" for --format; use ${choices}`);
  const tgz = flags.has('tgz');
  if (tgz && format.format !== 'helm') return fail('--tgz goes with --format helm');
  if (flags.has('images') && format.format !== 'kustomize')
    return fail('--images goes with --format kustomize');
  if (values.name !== undefined && format.format !== 'helm')
    return fail('--name goes with --format helm: it names the chart');
  const out = outOf(values, tgz ? new Set() : flags);
  if (typeof out === 'object') return fail(out.error);
  if (format.folder && out === undefined && !tgz) {
    const or = format.format === 'helm' ? ', or --tgz for one archive' : '';
    return fail(`${format.format} writes a folder: give -o <dir> to write it in${or}`);
  }
  const file = oneFile('export', 'to export', operands);
  if (typeof file === 'object') return fail(file.error);
  const options: ExportOptions = {
    format: format.format,
    file,
    tgz,
    force: flags.has('force'),
    images: flags.has('images'),
    ...(out === undefined ? {} : { out }),
    ...(values.name === undefined ? {} : { name: values.name }),
  };
  return { ok: true, invocation: { command: 'export', options } };
}

const IMPORT_SPEC: OptionSpec = {
  values: ['out'],
  flags: ['help', 'force'],
  short: { h: 'help', o: 'out' },
};

/** `podsmith import [-o <file.yaml>] [--force] <file.tf|->`, without the command word. */
export function parseImportArgs(args: readonly string[]): ArgsResult {
  const fail = (error: string): ArgsResult => ({ ok: false, error, topic: 'import' });
  const result = readOptions(args, IMPORT_SPEC);
  if (!result.ok) return fail(result.error);
  const { values, flags, operands } = result.read;
  if (flags.has('help')) return { ok: true, invocation: { command: 'help', topic: 'import' } };
  const out = outOf(values, flags);
  if (typeof out === 'object') return fail(out.error);
  const file = oneFile('import', 'to import', operands);
  if (typeof file === 'object') return fail(file.error);
  const options: ImportOptions = {
    file,
    force: flags.has('force'),
    ...(out === undefined ? {} : { out }),
  };
  return { ok: true, invocation: { command: 'import', options } };
}

const isCommand = (word: string): word is CommandName =>
  (COMMANDS as readonly string[]).includes(word);

/**
 * Parses `podsmith <command> [options]` (argv without node and the script). Pure: the caller
 * prints the help or the error and picks the exit code.
 */
export function parseArgs(argv: readonly string[]): ArgsResult {
  const [first, ...rest] = argv;
  if (first === undefined) return { ok: false, error: 'no command given' };
  if (first === '--help' || first === '-h') return { ok: true, invocation: { command: 'help' } };
  if (first === 'help') {
    const topic = rest[0];
    if (topic === undefined) return { ok: true, invocation: { command: 'help' } };
    if (isCommand(topic)) return { ok: true, invocation: { command: 'help', topic } };
    return { ok: false, error: `unknown command "${topic}"; commands: ${COMMANDS.join(', ')}` };
  }
  if (first === 'lint') return parseLintArgs(rest);
  if (first === 'inspect') return parseInspectArgs(rest);
  if (first === 'diagram') return parseDiagramArgs(rest);
  if (first === 'export') return parseExportArgs(rest);
  if (first === 'import') return parseImportArgs(rest);
  if (first.startsWith('-') && first !== '-')
    return { ok: false, error: `unknown option ${first}` };
  const hint =
    /\.ya?ml$/i.test(first) || first === '-' ? ` (to lint it: podsmith lint ${first})` : '';
  return {
    ok: false,
    error: `unknown command "${first}"${hint}; commands: ${COMMANDS.join(', ')}`,
  };
}
