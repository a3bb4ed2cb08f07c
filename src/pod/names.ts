import {
  DNS1035_LABEL,
  DNS1123_LABEL,
  DNS1123_SUBDOMAIN,
  LABEL_VALUE,
  QUALIFIED_NAME,
} from '../validate/name-formats.ts';

// Name rules of the Kubernetes API (k8s.io/apimachinery/pkg/util/validation, ported in
// validate/name-formats.ts), in a form's words, so a form can refuse what the API server would
// reject before it reaches the YAML.

/** Why `value` is not a DNS-1123 label (namespaces, container and port names), or `undefined`. */
export function dnsLabelProblem(value: string, what = 'A name'): string | undefined {
  if (value === '') return `${what} cannot be empty.`;
  if (value.length > 63) return `${what} can have at most 63 characters.`;
  if (!DNS1123_LABEL.test(value)) {
    return `${what} must be lowercase letters, digits and "-", starting and ending with a letter or digit (e.g. "team-a").`;
  }
  return undefined;
}

/** Why `value` is not a DNS-1035 label (Service names: they start with a letter), or `undefined`. */
export function dns1035LabelProblem(value: string, what = 'A name'): string | undefined {
  if (value === '') return `${what} cannot be empty.`;
  if (value.length > 63) return `${what} can have at most 63 characters.`;
  if (!DNS1035_LABEL.test(value)) {
    return `${what} must be lowercase letters, digits and "-", starting with a letter and ending with a letter or digit (e.g. "web").`;
  }
  return undefined;
}

/** Why `value` is not a DNS-1123 subdomain (object names, service accounts), or `undefined`. */
export function dnsSubdomainProblem(value: string, what = 'A name'): string | undefined {
  if (value === '') return `${what} cannot be empty.`;
  if (value.length > 253) return `${what} can have at most 253 characters.`;
  if (!DNS1123_SUBDOMAIN.test(value)) {
    return `${what} must be lowercase letters, digits, "-" and ".", starting and ending with a letter or digit (e.g. "web-1").`;
  }
  return undefined;
}

/**
 * Why `key` cannot be a label or annotation key, or `undefined`: an optional DNS subdomain prefix
 * and "/", then a name of at most 63 letters, digits, "-", "_" and ".", starting and ending with a
 * letter or digit (`app.kubernetes.io/name`, `tier`).
 */
export function labelKeyProblem(key: string): string | undefined {
  if (key === '') return 'A key cannot be empty.';
  const slash = key.indexOf('/');
  const prefix = slash === -1 ? undefined : key.slice(0, slash);
  const name = slash === -1 ? key : key.slice(slash + 1);
  if (prefix !== undefined) {
    if (prefix === '') return 'The prefix before "/" cannot be empty.';
    const bad = dnsSubdomainProblem(prefix, 'The prefix before "/"');
    if (bad) return bad;
  }
  if (name === '') return 'The name after "/" cannot be empty.';
  if (name.length > 63) return 'The name part of a key can have at most 63 characters.';
  if (!QUALIFIED_NAME.test(name)) {
    return 'The name part of a key must be letters, digits, "-", "_" and ".", starting and ending with a letter or digit.';
  }
  return undefined;
}

/** Why `value` cannot be a label value (at most 63 characters, may be empty), or `undefined`. */
export function labelValueProblem(value: string): string | undefined {
  if (value === '') return undefined;
  if (value.length > 63) return 'A label value can have at most 63 characters.';
  if (!LABEL_VALUE.test(value)) {
    return 'A label value must be letters, digits, "-", "_" and ".", starting and ending with a letter or digit.';
  }
  return undefined;
}
