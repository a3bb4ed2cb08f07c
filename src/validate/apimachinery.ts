import type { Path } from '../yaml/path.ts';
import { isObj } from './context.ts';
import { forbidden, invalid, required, type ErrorList } from './field.ts';
import {
  DNS1035_FMT,
  DNS1035_LABEL,
  DNS1123_LABEL,
  DNS1123_SUBDOMAIN,
  LABEL_FMT,
  LABEL_VALUE,
  LABEL_VALUE_FMT,
  QNAME_FMT,
  QUALIFIED_NAME,
  SUBDOMAIN_FMT,
} from './name-formats.ts';

// k8s.io/apimachinery's syntax checks, ported by structure from pkg/util/validation/validation.go
// and pkg/apis/meta/v1/validation/validation.go as vendored at Kubernetes 1.34.1
// (openshift/openshift-apiserver@56aa2d96e, vendor/k8s.io/apimachinery). Each `is…` returns every
// complaint, as upstream's do; callers turn each into a field error.

/** `MaxLenError`. */
export const maxLenError = (n: number) => `must be no more than ${n} characters`;

/** `RegexError`: the message, its examples and the regex, in upstream's words. */
export function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (!examples.length) return `${msg} (regex used for validation is '${fmt}')`;
  return `${msg} (e.g. ${examples.map((e) => `'${e}', `).join(' or ')}regex used for validation is '${fmt}')`;
}

/** `InclusiveRangeError`. */
export const inclusiveRangeError = (lo: number, hi: number) =>
  `must be between ${lo} and ${hi}, inclusive`;

const QNAME_MSG =
  "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

const LABEL_MSG =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
const SUBDOMAIN_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
const DNS1035_MSG =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";

/** `IsDNS1123Label`. */
export function isDNS1123Label(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push(maxLenError(63));
  if (!DNS1123_LABEL.test(value))
    errs.push(
      DNS1123_SUBDOMAIN.test(value)
        ? 'must not contain dots'
        : regexError(LABEL_MSG, LABEL_FMT, 'my-name', '123-abc'),
    );
  return errs;
}

/** `IsDNS1123Subdomain`. */
export function isDNS1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 253) errs.push(maxLenError(253));
  if (!DNS1123_SUBDOMAIN.test(value))
    errs.push(regexError(SUBDOMAIN_MSG, SUBDOMAIN_FMT, 'example.com'));
  return errs;
}

/** `IsDNS1035Label`. */
export function isDNS1035Label(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push(maxLenError(63));
  if (!DNS1035_LABEL.test(value))
    errs.push(regexError(DNS1035_MSG, DNS1035_FMT, 'my-name', 'abc-123'));
  return errs;
}

const LABEL_UNDERSCORE_FMT = '_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?';
const SUBDOMAIN_UNDERSCORE_FMT = `${LABEL_UNDERSCORE_FMT}(\\.${LABEL_UNDERSCORE_FMT})*`;
const SUBDOMAIN_UNDERSCORE_MSG =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character";
const SUBDOMAIN_UNDERSCORE = new RegExp(`^${SUBDOMAIN_UNDERSCORE_FMT}$`);

/** `IsDNS1123SubdomainWithUnderscore` (DNS search domains from 1.33). */
export function isDNS1123SubdomainWithUnderscore(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 253) errs.push(maxLenError(253));
  if (!SUBDOMAIN_UNDERSCORE.test(value))
    errs.push(regexError(SUBDOMAIN_UNDERSCORE_MSG, SUBDOMAIN_UNDERSCORE_FMT, 'example.com'));
  return errs;
}

/** `IsQualifiedName`: `name` or `dns.subdomain/name`, the form of label and annotation keys. */
export function isQualifiedName(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  if (parts.length === 1) name = parts[0]!;
  else if (parts.length === 2) {
    const prefix = parts[0]!;
    name = parts[1]!;
    if (!prefix.length) errs.push('prefix part must be non-empty');
    else errs.push(...isDNS1123Subdomain(prefix).map((m) => `prefix part ${m}`));
  } else
    return [
      `a qualified name ${regexError(QNAME_MSG, QNAME_FMT, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`,
    ];
  if (!name.length) errs.push('name part must be non-empty');
  else if (name.length > 63) errs.push(`name part ${maxLenError(63)}`);
  if (!QUALIFIED_NAME.test(name))
    errs.push(`name part ${regexError(QNAME_MSG, QNAME_FMT, 'MyName', 'my.name', '123-abc')}`);
  return errs;
}

const LABEL_VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

/** `IsValidLabelValue`. */
export function isValidLabelValue(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 63) errs.push(maxLenError(63));
  if (!LABEL_VALUE.test(value))
    errs.push(regexError(LABEL_VALUE_MSG, LABEL_VALUE_FMT, 'MyValue', 'my_value', '12345'));
  return errs;
}

/** `IsValidPortNum`. */
export function isValidPortNum(port: number): string[] {
  return Number.isInteger(port) && port >= 1 && port <= 65535
    ? []
    : [inclusiveRangeError(1, 65535)];
}

/** `IsValidPortName`: an IANA service name (container, probe and Service port names). */
export function isValidPortName(port: string): string[] {
  const errs: string[] = [];
  if (port.length > 15) errs.push(maxLenError(15));
  if (!/^[-a-z0-9]+$/.test(port))
    errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(port)) errs.push('must contain at least one letter (a-z)');
  if (port.includes('--')) errs.push('must not contain consecutive hyphens');
  if (port.length > 0 && (port.startsWith('-') || port.endsWith('-')))
    errs.push('must not begin or end with a hyphen');
  return errs;
}

/** `IsInRange`. */
export function isInRange(value: number, lo: number, hi: number): string[] {
  return value >= lo && value <= hi ? [] : [inclusiveRangeError(lo, hi)];
}

/** Go's `math.MaxInt32`. */
export const MAX_INT32 = 2147483647;

/** `IsValidUserID` / `IsValidGroupID`: 0 … MaxInt32. */
export function isValidID(id: number): string[] {
  return isInRange(id, 0, MAX_INT32);
}

/** `IsValidPercent`. */
export function isValidPercent(value: string): string[] {
  return /^[0-9]+%$/.test(value)
    ? []
    : [
        regexError(
          "a valid percent string must be a numeric string followed by an ending '%'",
          '[0-9]+%',
          '1%',
          '93%',
        ),
      ];
}

/** `IsCIdentifier`. */
export function isCIdentifier(value: string): string[] {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(value)
    ? []
    : [
        regexError(
          "a valid C identifier must start with alphabetic character or '_', followed by a string of alphanumeric characters or '_'",
          '[A-Za-z_][A-Za-z0-9_]*',
          'my_name',
          'MY_NAME',
          'MyName',
        ),
      ];
}

/** `IsHTTPHeaderName`: the Go HTTP library's header field names. */
export function isHTTPHeaderName(value: string): string[] {
  return /^[-A-Za-z0-9]+$/.test(value)
    ? []
    : [
        regexError(
          "a valid HTTP header must consist of alphanumeric characters or '-'",
          '[-A-Za-z0-9]+',
          'X-Header-Name',
        ),
      ];
}

/** `hasChDirPrefix`: names that would be a path step. */
function hasChDirPrefix(value: string): string[] {
  if (value === '.') return ["must not be '.'"];
  if (value === '..') return ["must not be '..'"];
  if (value.startsWith('..')) return ["must not start with '..'"];
  return [];
}

/** `IsEnvVarName`: the strict env var name (and envFrom prefix) before 1.32. */
export function isEnvVarName(value: string): string[] {
  const errs: string[] = [];
  if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(value))
    errs.push(
      regexError(
        "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit",
        '[-._a-zA-Z][-._a-zA-Z0-9]*',
        'my.env-name',
        'MY_ENV.NAME',
        'MyEnvName1',
      ),
    );
  errs.push(...hasChDirPrefix(value));
  return errs;
}

/** `IsRelaxedEnvVarName`: any printable ASCII but '=' (RelaxedEnvironmentVariableValidation). */
export function isRelaxedEnvVarName(value: string): string[] {
  const errs: string[] = [];
  if (value === '') errs.push('environment variable name must be non-empty');
  if (!/^[\x20-\x7e]*$/.test(value) || value.includes('='))
    errs.push(
      "a valid environment variable name must consist only of printable ASCII characters other than '='",
    );
  return errs;
}

/** `IsConfigMapKey`: a ConfigMap or Secret key. */
export function isConfigMapKey(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 253) errs.push(maxLenError(253));
  if (!/^[-._a-zA-Z0-9]+$/.test(value))
    errs.push(
      regexError(
        "a valid config key must consist of alphanumeric characters, '-', '_' or '.'",
        '[-._a-zA-Z0-9]+',
        'key.name',
        'KEY_NAME',
        'key-name',
      ),
    );
  errs.push(...hasChDirPrefix(value));
  return errs;
}

const HTTP_PATH_FMT = "[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+";
const HTTP_PATH = new RegExp(`^${HTTP_PATH_FMT}$`);

/** `IsDomainPrefixedPath`: `acme.io/foo`. */
export function isDomainPrefixedPath(path: Path, value: string): ErrorList {
  if (!value) return [required(path)];
  const slash = value.indexOf('/');
  const host = slash < 0 ? value : value.slice(0, slash);
  const rest = slash < 0 ? '' : value.slice(slash + 1);
  if (slash < 0 || !host || !rest)
    return [invalid(path, value, 'must be a domain-prefixed path (such as "acme.io/foo")')];
  const errs = isDNS1123Subdomain(host).map((m) => invalid(path, host, m));
  if (!HTTP_PATH.test(rest))
    return [...errs, invalid(path, rest, regexError('Invalid path', HTTP_PATH_FMT))];
  return errs;
}

/** `ValidateLabelName`: a label key. */
export function validateLabelName(key: string, path: Path): ErrorList {
  return isQualifiedName(key).map((m) => invalid(path, key, m));
}

/**
 * `ValidateLabels`: every key a qualified name, every value a label value. Upstream reports them
 * at the map's own path; values that are not strings are the schema's to report.
 */
export function validateLabels(labels: unknown, path: Path): ErrorList {
  if (!isObj(labels)) return [];
  const errs: ErrorList = [];
  for (const [k, v] of Object.entries(labels)) {
    errs.push(...validateLabelName(k, path));
    if (typeof v === 'string') errs.push(...isValidLabelValue(v).map((m) => invalid(path, v, m)));
  }
  return errs;
}

/** `ValidateLabelSelectorRequirement` (unknown operators are errors, values must be label values). */
export function validateLabelSelectorRequirement(req: unknown, path: Path): ErrorList {
  if (!isObj(req)) return [];
  const errs: ErrorList = [];
  const values = Array.isArray(req.values) ? req.values : [];
  const { operator } = req;
  if (operator === 'In' || operator === 'NotIn') {
    if (!values.length)
      errs.push(
        required([...path, 'values'], "must be specified when `operator` is 'In' or 'NotIn'"),
      );
  } else if (operator === 'Exists' || operator === 'DoesNotExist') {
    if (values.length)
      errs.push(
        forbidden(
          [...path, 'values'],
          "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
        ),
      );
  } else if (typeof operator === 'string')
    errs.push(invalid([...path, 'operator'], operator, 'not a valid selector operator'));
  if (typeof req.key === 'string') errs.push(...validateLabelName(req.key, [...path, 'key']));
  values.forEach((v, i) => {
    if (typeof v === 'string')
      errs.push(...isValidLabelValue(v).map((m) => invalid([...path, 'values', i], v, m)));
  });
  return errs;
}

/** `ValidateLabelSelector`: matchLabels as labels, each matchExpressions entry as a requirement. */
export function validateLabelSelector(selector: unknown, path: Path): ErrorList {
  if (!isObj(selector)) return [];
  const errs = validateLabels(selector.matchLabels, [...path, 'matchLabels']);
  if (Array.isArray(selector.matchExpressions))
    selector.matchExpressions.forEach((e, i) =>
      errs.push(...validateLabelSelectorRequirement(e, [...path, 'matchExpressions', i])),
    );
  return errs;
}
