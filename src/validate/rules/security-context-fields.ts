import type { Path } from '../../yaml/path.ts';
import { isDNS1123Subdomain, isValidID } from '../apimachinery.ts';
import { isObj, type Obj } from '../context.ts';
import {
  invalid,
  required,
  tooLong,
  unsupported,
  type ErrorList,
  type FieldError,
} from '../field.ts';
import { isSet } from './each.ts';
import { validateLocalDescendingPath } from './volume-sources-files.ts';

// The profile and option fields both security contexts share (seccompProfile, appArmorProfile,
// windowsOptions, procMount), ported by structure from pkg/apis/core/validation/validation.go of
// Kubernetes 1.34.1 (openshift/openshift-apiserver@56aa2d96e, vendor/k8s.io/kubernetes). Values
// of the wrong type are the schema family's; these read only what has the right type.

const PROFILE_TYPES = ['Localhost', 'RuntimeDefault', 'Unconfined'] as const;

/** UTF-8 length: Go's `len` of a string counts bytes, not characters. */
export const byteLength = (s: string): number => new TextEncoder().encode(s).length;

/**
 * A string as Go's encoding/json writes it (what the API puts in a message when the value is an
 * object): `<`, `>`, `&`, U+2028/2029 and control characters escaped the way Go does.
 */
export function goJsonString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029)
      out += `\\u${c.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** A pointer field as encoding/json writes it: the value, or `null` when unset. */
export function goPointer(value: unknown): string {
  if (typeof value === 'string') return goJsonString(value);
  if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)))
    return String(value);
  return 'null';
}

/** A profile struct (internal SeccompProfile / AppArmorProfile) as encoding/json writes it. */
export function goProfile(profile: Obj): string {
  const type = typeof profile.type === 'string' ? profile.type : '';
  return `{"Type":${goJsonString(type)},"LocalhostProfile":${goPointer(profile.localhostProfile)}}`;
}

/** `field.Invalid` with a value already rendered (an object, printed as JSON by the API). */
export function invalidRendered(path: Path, rendered: string, detail: string): FieldError {
  return { path, detail: `Invalid value: ${rendered}: ${detail}` };
}

/**
 * `field.Invalid` of a pointer to a string: the API prints it with encoding/json (`<`, `>`, `&`
 * escaped), not with `%q` as a plain string.
 */
export function invalidPointer(path: Path, value: string, detail: string): FieldError {
  return invalidRendered(path, goJsonString(value), detail);
}

/** A user or group ID field: `IsValidUserID` / `IsValidGroupID` of an integer, as field errors. */
export function validateID(value: unknown, path: Path): ErrorList {
  if (typeof value !== 'number' || !Number.isInteger(value)) return [];
  return isValidID(value).map((msg) => invalid(path, value, msg));
}

/** `validateSeccompProfileType`: one of the three types, and set. */
export function validateSeccompProfileType(path: Path, type: string): FieldError | undefined {
  if ((PROFILE_TYPES as readonly string[]).includes(type)) return undefined;
  if (type === '') return required(path, 'type is required when seccompProfile is set');
  return unsupported(path, type, PROFILE_TYPES);
}

/**
 * `validateSeccompProfileField`: the type, and a localhostProfile exactly when the type is
 * Localhost (a relative path without `..`).
 */
export function validateSeccompProfileField(profile: unknown, path: Path): ErrorList {
  if (!isObj(profile)) return [];
  const type = profile.type ?? '';
  if (typeof type !== 'string') return [];
  const errs: ErrorList = [];
  const typeErr = validateSeccompProfileType([...path, 'type'], type);
  // A missing type is schema-required's (same path, same error type).
  if (typeErr && profile.type !== undefined) errs.push(typeErr);
  const local = profile.localhostProfile;
  const localPath = [...path, 'localhostProfile'];
  if (type === 'Localhost') {
    if (!isSet(local)) errs.push(required(localPath, 'must be set when seccomp type is Localhost'));
    else if (typeof local === 'string') errs.push(...validateLocalDescendingPath(local, localPath));
  } else if (isSet(local)) {
    errs.push(
      invalidRendered(
        localPath,
        goProfile(profile),
        'can only be set when seccomp type is Localhost',
      ),
    );
  }
  return errs;
}

// Go's unicode.IsSpace, which strings.TrimSpace trims (JavaScript's trim also takes U+FEFF and
// leaves U+0085).
const GO_SPACE =
  '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const GO_TRIM = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, 'g');

/**
 * `ValidateAppArmorProfileField`: the type, and a localhostProfile exactly when the type is
 * Localhost (not padded with whitespace, not empty, at most 4095 bytes).
 */
export function validateAppArmorProfileField(profile: unknown, path: Path): ErrorList {
  if (!isObj(profile)) return [];
  const type = profile.type ?? '';
  if (typeof type !== 'string') return [];
  const errs: ErrorList = [];
  const local = profile.localhostProfile;
  const localPath = [...path, 'localhostProfile'];
  switch (type) {
    case 'Localhost':
      if (!isSet(local)) {
        errs.push(required(localPath, 'must be set when AppArmor type is Localhost'));
      } else if (typeof local === 'string') {
        const trimmed = local.replace(GO_TRIM, '');
        if (trimmed !== local)
          errs.push(invalid(localPath, local, 'must not be padded with whitespace'));
        else if (trimmed === '')
          errs.push(required(localPath, 'must be set when AppArmor type is Localhost'));
        if (byteLength(local) > 4095) errs.push(tooLong(localPath, 4095));
      }
      break;
    case 'RuntimeDefault':
    case 'Unconfined':
      if (typeof local === 'string')
        errs.push(
          invalidPointer(localPath, local, 'can only be set when AppArmor type is Localhost'),
        );
      break;
    case '':
      // A missing type is schema-required's (same path, same error type).
      if (profile.type !== undefined)
        errs.push(required([...path, 'type'], 'type is required when appArmorProfile is set'));
      break;
    default:
      errs.push(unsupported([...path, 'type'], type, PROFILE_TYPES));
  }
  return errs;
}

/** True when `localhostProfile` would pass {@link validateAppArmorProfileField} for Localhost. */
export function isValidAppArmorLocalhost(local: string): boolean {
  return local !== '' && local.replace(GO_TRIM, '') === local && byteLength(local) <= 4095;
}

/** `ValidateProcMountType`. */
export function validateProcMountType(path: Path, value: string): FieldError | undefined {
  return value === 'Default' || value === 'Unmasked'
    ? undefined
    : unsupported(path, value, ['Default', 'Unmasked']);
}

// validateWindowsSecurityContextOptions's limits and patterns (Go regexps; `{0,14}` counts runes,
// hence the `u` flag).
const MAX_GMSA_KIB = 64;
const MAX_DOMAIN = 256;
const MAX_USER = 104;
// [[:cntrl:]] in Go's RE2 is ASCII only: U+0000–U+001F and U+007F.
const isControl = (s: string) =>
  [...s].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f);
const NETBIOS = /^[^\\/:*?"<>|.][^\\/:*?"<>|]{0,14}$/u;
const DNS_LABEL = '[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?';
const DNS_DOMAIN = new RegExp(`^${DNS_LABEL}(?:\\.${DNS_LABEL})*$`);
const BAD_USER_CHARS = /["/\\:;|=,+*?<>@[\]]/;
const DOTS_SPACES = /^[. ]+$/;

function validateRunAsUserName(name: string, path: Path): ErrorList {
  const bad = (msg: string) => invalidPointer(path, name, msg);
  if (byteLength(name) === 0) return [bad('runAsUserName cannot be an empty string')];
  if (isControl(name)) return [bad('runAsUserName cannot contain control characters')];
  const parts = name.split('\\');
  if (parts.length > 2) return [bad('runAsUserName cannot contain more than one backslash')];
  const hasDomain = parts.length === 2;
  const domain = hasDomain ? parts[0]! : '';
  const user = hasDomain ? parts[1]! : parts[0]!;
  const errs: ErrorList = [];
  if (byteLength(domain) >= MAX_DOMAIN)
    errs.push(bad(`runAsUserName's Domain length must be under ${MAX_DOMAIN} characters`));
  if (hasDomain && !(NETBIOS.test(domain) || DNS_DOMAIN.test(domain)))
    errs.push(bad("runAsUserName's Domain doesn't match the NetBios nor the DNS format"));
  const userLength = byteLength(user);
  if (userLength === 0) errs.push(bad("runAsUserName's User cannot be empty"));
  else if (userLength > MAX_USER)
    errs.push(bad(`runAsUserName's User length must not be longer than ${MAX_USER} characters`));
  if (DOTS_SPACES.test(user))
    errs.push(bad("runAsUserName's User cannot contain only periods or spaces"));
  if (BAD_USER_CHARS.test(user))
    errs.push(
      bad(`runAsUserName's User cannot contain the following characters: "/\\:;|=,+*?<>@[]`),
    );
  return errs;
}

/**
 * `validateWindowsSecurityContextOptions`: gmsaCredentialSpecName a DNS subdomain,
 * gmsaCredentialSpec not empty and under 64 KiB, runAsUserName a valid `DOMAIN\user`.
 */
export function validateWindowsSecurityContextOptions(options: unknown, path: Path): ErrorList {
  if (!isObj(options)) return [];
  const errs: ErrorList = [];
  const specName = options.gmsaCredentialSpecName;
  if (typeof specName === 'string')
    for (const msg of isDNS1123Subdomain(specName))
      errs.push(invalidPointer([...path, 'gmsaCredentialSpecName'], specName, msg));
  const spec = options.gmsaCredentialSpec;
  if (typeof spec === 'string') {
    const specPath = [...path, 'gmsaCredentialSpec'];
    const size = byteLength(spec);
    if (size === 0)
      errs.push(invalidPointer(specPath, spec, 'gmsaCredentialSpec cannot be an empty string'));
    else if (size > MAX_GMSA_KIB * 1024)
      errs.push(
        invalidPointer(specPath, spec, `gmsaCredentialSpec size must be under ${MAX_GMSA_KIB} KiB`),
      );
  }
  const user = options.runAsUserName;
  if (typeof user === 'string')
    errs.push(...validateRunAsUserName(user, [...path, 'runAsUserName']));
  return errs;
}
