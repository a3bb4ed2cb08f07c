import { describe, expect, it } from 'vitest';
import {
  parseArgs,
  parseInspectArgs,
  parseLintArgs,
  readOptions,
  type ArgsResult,
} from './args.ts';

const lintOf = (result: ArgsResult) => {
  if (!result.ok || result.invocation.command !== 'lint') throw new Error(JSON.stringify(result));
  return result.invocation.options;
};
const errorOf = (result: ArgsResult) => {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result)}`);
  return result.error;
};

describe('parseArgs', () => {
  it('reads lint with its defaults: Kubernetes 1.34, text, the default profile', () => {
    expect(lintOf(parseArgs(['lint', 'a.yaml']))).toEqual({
      k8s: '1.34',
      format: 'text',
      profile: 'default',
      files: ['a.yaml'],
    });
  });

  it('reads --profile strict or default, in both spellings, for lint only', () => {
    expect(lintOf(parseArgs(['lint', '--profile', 'strict', 'a.yaml'])).profile).toBe('strict');
    expect(lintOf(parseArgs(['lint', 'a.yaml', '--profile=default'])).profile).toBe('default');
    expect(
      lintOf(parseArgs(['lint', '--profile', 'strict', '--profile', 'default', 'a'])).profile,
    ).toBe('default');
    expect(errorOf(parseArgs(['inspect', '--profile', 'strict', 'a.yaml']))).toBe(
      'unknown option --profile',
    );
  });

  it('names the profiles when --profile is wrong, and asks for its value', () => {
    expect(errorOf(parseArgs(['lint', '--profile', 'paranoid', 'a.yaml']))).toBe(
      'unknown profile "paranoid" for --profile; use default or strict',
    );
    expect(errorOf(parseArgs(['lint', '--profile', 'Strict', 'a.yaml']))).toMatch(
      /^unknown profile "Strict"/,
    );
    expect(errorOf(parseArgs(['lint', 'a.yaml', '--profile']))).toBe(
      'option --profile needs a value',
    );
    expect(parseArgs(['lint', '--profile', 'paranoid', '--help'])).toEqual({
      ok: true,
      invocation: { command: 'help', topic: 'lint' },
    });
  });

  it('reads options before, between and after files, in both spellings', () => {
    expect(
      lintOf(parseArgs(['lint', '--k8s', '1.28', 'a.yaml', '--format=json', 'b.yml'])),
    ).toEqual({ k8s: '1.28', format: 'json', profile: 'default', files: ['a.yaml', 'b.yml'] });
    expect(lintOf(parseArgs(['lint', '--k8s=1.36', '--format', 'text', 'a.yaml'])).k8s).toBe(
      '1.36',
    );
  });

  it('takes - as standard input and everything after -- as files', () => {
    expect(lintOf(parseArgs(['lint', '-'])).files).toEqual(['-']);
    expect(lintOf(parseArgs(['lint', '--', '--odd-name.yaml', '-'])).files).toEqual([
      '--odd-name.yaml',
      '-',
    ]);
  });

  it('keeps the last value of a repeated option', () => {
    expect(lintOf(parseArgs(['lint', '--k8s', '1.27', '--k8s', '1.30', 'a'])).k8s).toBe('1.30');
  });

  it('answers --help, -h and help, for the tool and for lint', () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      expect(parseArgs(argv)).toEqual({ ok: true, invocation: { command: 'help' } });
    }
    for (const argv of [
      ['lint', '--help'],
      ['lint', '-h', 'a.yaml'],
      ['help', 'lint'],
    ]) {
      expect(parseArgs(argv)).toEqual({ ok: true, invocation: { command: 'help', topic: 'lint' } });
    }
  });

  it('names the Kubernetes versions that exist when --k8s is wrong', () => {
    const error = errorOf(parseArgs(['lint', '--k8s', '1.20', 'a.yaml']));
    expect(error).toContain('"1.20"');
    expect(error).toContain('1.27, 1.28, 1.29, 1.30, 1.31, 1.32, 1.33, 1.34, 1.35, 1.36');
    expect(errorOf(parseArgs(['lint', '--k8s', 'v1.34', 'a.yaml']))).toContain('"v1.34"');
  });

  it('refuses a wrong format, unknown options, missing values and no files', () => {
    expect(errorOf(parseArgs(['lint', '--format', 'xml', 'a']))).toBe(
      'unknown format "xml" for --format; use text or json',
    );
    expect(errorOf(parseArgs(['lint', '--strict', 'a']))).toBe('unknown option --strict');
    expect(errorOf(parseArgs(['lint', '-x', 'a']))).toBe('unknown option -x');
    expect(errorOf(parseArgs(['lint', 'a', '--k8s']))).toBe('option --k8s needs a value');
    expect(errorOf(parseArgs(['lint', '--format=', 'a']))).toBe('option --format needs a value');
    expect(errorOf(parseArgs(['lint', '--help=yes']))).toBe('option --help takes no value');
    expect(errorOf(parseArgs(['lint']))).toMatch(/^no files to lint/);
    expect(errorOf(parseArgs(['lint', '-', '-']))).toMatch(/only once/);
  });

  it('points lint errors at lint help, others at the general help', () => {
    expect(parseArgs(['lint', '--nope'])).toMatchObject({ ok: false, topic: 'lint' });
    expect(parseArgs(['--nope'])).toEqual({ ok: false, error: 'unknown option --nope' });
  });

  it('refuses no command and unknown commands, with a hint for a file given alone', () => {
    expect(errorOf(parseArgs([]))).toBe('no command given');
    expect(errorOf(parseArgs(['check']))).toBe(
      'unknown command "check"; commands: lint, inspect, diagram, export, import',
    );
    expect(errorOf(parseArgs(['pod.yaml']))).toBe(
      'unknown command "pod.yaml" (to lint it: podsmith lint pod.yaml); commands: lint, inspect, diagram, export, import',
    );
    expect(errorOf(parseArgs(['help', 'check']))).toMatch(/^unknown command "check"/);
  });
});

describe('readOptions', () => {
  const spec = { values: ['out'], flags: ['quiet'], short: { q: 'quiet', o: 'out' } };

  it('reads short aliases for flags and values', () => {
    const result = readOptions(['-q', '-o', 'x', 'file'], spec);
    expect(result).toEqual({
      ok: true,
      read: { values: { out: 'x' }, flags: new Set(['quiet']), operands: ['file'] },
    });
  });

  it('takes the next word as the value, even when it starts with a dash', () => {
    // `--out --quiet`: the value is the next word, as in most CLIs; the caller validates it.
    expect(readOptions(['--out', '--quiet'], spec)).toMatchObject({
      ok: true,
      read: { values: { out: '--quiet' } },
    });
  });
});

describe('parseLintArgs', () => {
  it('is what parseArgs runs for lint', () => {
    expect(parseLintArgs(['a.yaml'])).toEqual(parseArgs(['lint', 'a.yaml']));
  });
});

describe('parseInspectArgs', () => {
  const inspectOf = (result: ArgsResult) => {
    if (!result.ok || result.invocation.command !== 'inspect')
      throw new Error(JSON.stringify(result));
    return result.invocation.options;
  };

  it('is what parseArgs runs for inspect, with the defaults: Kubernetes 1.34, text', () => {
    expect(parseInspectArgs(['a.yaml'])).toEqual(parseArgs(['inspect', 'a.yaml']));
    expect(inspectOf(parseArgs(['inspect', 'a.yaml']))).toEqual({
      k8s: '1.34',
      format: 'text',
      file: 'a.yaml',
    });
  });

  it('reads --k8s and --format in both spellings, and - for standard input', () => {
    expect(inspectOf(parseArgs(['inspect', '--k8s=1.28', '-', '--format', 'json']))).toEqual({
      k8s: '1.28',
      format: 'json',
      file: '-',
    });
  });

  it('answers --help and help inspect', () => {
    for (const argv of [
      ['inspect', '--help'],
      ['inspect', '-h', '--k8s', '1.0'],
      ['help', 'inspect'],
    ])
      expect(parseArgs(argv)).toEqual({
        ok: true,
        invocation: { command: 'help', topic: 'inspect' },
      });
  });

  it('takes exactly one file, a known version and format, pointing at inspect help', () => {
    expect(parseArgs(['inspect'])).toEqual({
      ok: false,
      error: 'no file to inspect: give one file, or - for standard input',
      topic: 'inspect',
    });
    expect(errorOf(parseArgs(['inspect', 'a.yaml', 'b.yaml']))).toBe(
      'inspect takes one file, got 2: a.yaml b.yaml',
    );
    expect(errorOf(parseArgs(['inspect', '--k8s', '1.26', 'a.yaml']))).toMatch(
      /^unknown Kubernetes version "1.26" for --k8s; known versions: 1.27, /,
    );
    expect(errorOf(parseArgs(['inspect', '--format', 'yaml', 'a.yaml']))).toBe(
      'unknown format "yaml" for --format; use text or json',
    );
    expect(parseArgs(['inspect', '--all', 'a.yaml'])).toMatchObject({
      ok: false,
      error: 'unknown option --all',
      topic: 'inspect',
    });
  });
});
