// The API server's own wording (k8s.io/apimachinery/pkg/util/validation), so a diagnostic reads
// like what `kubectl apply` would print. See shared/research/validation.md §0.

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS_1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

export const DNS_LABEL_MESSAGE =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
export const DNS_SUBDOMAIN_MESSAGE =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
export const DNS_1035_MESSAGE =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

/** The API's complaint about a DNS-1123 label (container, volume, port names), or `undefined`. */
export function dnsLabelError(value: string): string | undefined {
  if (value.length > 63) return 'must be no more than 63 characters';
  if (!DNS_LABEL.test(value)) return DNS_LABEL_MESSAGE;
  return undefined;
}

/** The API's complaint about a DNS-1123 subdomain (most object names), or `undefined`. */
export function dnsSubdomainError(value: string): string | undefined {
  if (value.length > 253) return 'must be no more than 253 characters';
  if (!DNS_SUBDOMAIN.test(value)) return DNS_SUBDOMAIN_MESSAGE;
  return undefined;
}

/** The API's complaint about a DNS-1035 label (Service names), or `undefined`. */
export function dns1035Error(value: string): string | undefined {
  if (value.length > 63) return 'must be no more than 63 characters';
  if (!DNS_1035.test(value)) return DNS_1035_MESSAGE;
  return undefined;
}

/** The API's complaints about an IANA_SVC_NAME (container port names), first one only. */
export function portNameError(value: string): string | undefined {
  if (value.length > 15) return 'must be no more than 15 characters';
  if (!/^[-a-z0-9]+$/.test(value))
    return 'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)';
  if (!/[a-z]/.test(value)) return 'must contain at least one letter (a-z)';
  if (value.includes('--')) return 'must not contain consecutive hyphens';
  if (value.startsWith('-') || value.endsWith('-')) return 'must not begin or end with a hyphen';
  return undefined;
}

/** `IsValidPortNum`'s complaint (containerPort, hostPort, probe and Service ports). */
export const PORT_NUMBER_MESSAGE = 'must be between 1 and 65535, inclusive';

export const ENV_VAR_NAME_MESSAGE =
  "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')";
export const RELAXED_ENV_VAR_NAME_MESSAGE =
  "a valid environment variable name must consist only of printable ASCII characters other than '='";
export const CONFIG_MAP_KEY_MESSAGE =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

/** `hasChDirPrefix`: names that would be a path step. */
function chDirError(value: string): string | undefined {
  if (value === '.') return "must not be '.'";
  if (value === '..') return "must not be '..'";
  if (value.startsWith('..')) return "must not start with '..'";
  return undefined;
}

/**
 * The API's complaint about an env var name or envFrom prefix, or `undefined`: `IsEnvVarName`
 * (strict), or `IsRelaxedEnvVarName` (any printable ASCII but '=') when `relaxed`.
 */
export function envVarNameError(value: string, relaxed: boolean): string | undefined {
  if (relaxed) {
    if (value === '') return 'environment variable name must be non-empty';
    return /^[\x20-\x7e]*$/.test(value) && !value.includes('=')
      ? undefined
      : RELAXED_ENV_VAR_NAME_MESSAGE;
  }
  if (!/^[-._a-zA-Z][-._a-zA-Z0-9]*$/.test(value)) return ENV_VAR_NAME_MESSAGE;
  return chDirError(value);
}

/** The API's complaint about a ConfigMap or Secret key (`IsConfigMapKey`), first one only. */
export function configMapKeyError(value: string): string | undefined {
  if (value.length > 253) return 'must be no more than 253 characters';
  if (!/^[-._a-zA-Z0-9]+$/.test(value)) return CONFIG_MAP_KEY_MESSAGE;
  return chDirError(value);
}
