import {
  isK8sVersion,
  K8S_VERSIONS,
  DEFAULT_K8S_VERSION,
  type K8sVersion,
} from '../validate/versions.ts';

/** The commands `podsmith` knows, each with its own parser below. */
export const COMMANDS = ['lint', 'inspect'] as const;
export type CommandName = (typeof COMMANDS)[number];

export type OutputFormat = 'text' | 'json';

/** What `podsmith lint` was asked to do. */
export interface LintOptions {
  k8s: K8sVersion;
  format: OutputFormat;
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

/** A parsed command line. */
export type Invocation =
  | { command: 'help'; topic?: CommandName }
  | { command: 'lint'; options: LintOptions }
  | { command: 'inspect'; options: InspectOptions };

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

type Common =
  | { ok: true; k8s: K8sVersion; format: OutputFormat; operands: string[]; help: boolean }
  | { ok: false; error: string };

/** The options lint and inspect share: `--k8s`, `--format`, `--help`; then the operands. */
function readCommon(args: readonly string[]): Common {
  const result = readOptions(args, COMMAND_SPEC);
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
  const format = values.format ?? 'text';
  if (!help && format !== 'text' && format !== 'json') {
    return { ok: false, error: `unknown format "${format}" for --format; use text or json` };
  }
  return { ok: true, k8s: k8s as K8sVersion, format: format as OutputFormat, operands, help };
}

/** `podsmith lint [--k8s 1.34] [--format text|json] <file...|->`, without the command word. */
export function parseLintArgs(args: readonly string[]): ArgsResult {
  const fail = (error: string): ArgsResult => ({ ok: false, error, topic: 'lint' });
  const read = readCommon(args);
  if (!read.ok) return fail(read.error);
  if (read.help) return { ok: true, invocation: { command: 'help', topic: 'lint' } };
  const { k8s, format, operands } = read;
  if (operands.length === 0) {
    return fail('no files to lint: give one or more files, or - for standard input');
  }
  if (operands.filter((f) => f === '-').length > 1) {
    return fail('- (standard input) can be given only once');
  }
  return { ok: true, invocation: { command: 'lint', options: { k8s, format, files: operands } } };
}

/** `podsmith inspect [--k8s 1.34] [--format text|json] <file|->`, without the command word. */
export function parseInspectArgs(args: readonly string[]): ArgsResult {
  const fail = (error: string): ArgsResult => ({ ok: false, error, topic: 'inspect' });
  const read = readCommon(args);
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
  if (first.startsWith('-') && first !== '-')
    return { ok: false, error: `unknown option ${first}` };
  const hint =
    /\.ya?ml$/i.test(first) || first === '-' ? ` (to lint it: podsmith lint ${first})` : '';
  return {
    ok: false,
    error: `unknown command "${first}"${hint}; commands: ${COMMANDS.join(', ')}`,
  };
}
