import { describe, expect, it } from 'vitest';
import {
  isConfigMapKey,
  isDNS1123Label,
  isDNS1123Subdomain,
  isDNS1123SubdomainWithUnderscore,
  isDomainPrefixedPath,
  isEnvVarName,
  isHTTPHeaderName,
  isRelaxedEnvVarName,
  isValidPortName,
} from './apimachinery.ts';

const KEY_REGEX =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

describe('DNS names', () => {
  it('IsDNS1123Label says a dotted name must not contain dots', () => {
    expect(isDNS1123Label('web-1')).toEqual([]);
    expect(isDNS1123Label('web.1')).toEqual(['must not contain dots']);
    expect(isDNS1123Label('Web')).toEqual([
      "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')",
    ]);
  });

  it('IsDNS1123SubdomainWithUnderscore allows underscores where a service record has them', () => {
    expect(isDNS1123SubdomainWithUnderscore('_sip._tcp.abc_d.example.com')).toEqual([]);
    expect(isDNS1123SubdomainWithUnderscore('__.')).toHaveLength(1);
  });

  it('IsDomainPrefixedPath checks the host as a DNS subdomain', () => {
    expect(isDomainPrefixedPath(['m'], 'example.com/foo')).toEqual([]);
    expect(isDomainPrefixedPath(['m'], 'Acme/x')).toEqual(
      isDNS1123Subdomain('Acme').map((m) => ({
        path: ['m'],
        detail: `Invalid value: "Acme": ${m}`,
      })),
    );
  });
});

describe('port and header names', () => {
  it('IsValidPortName gives every complaint', () => {
    expect(isValidPortName('http')).toEqual([]);
    expect(isValidPortName('')).toEqual([
      'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'must contain at least one letter (a-z)',
    ]);
    expect(isValidPortName('-a--b-')).toEqual([
      'must not contain consecutive hyphens',
      'must not begin or end with a hyphen',
    ]);
    expect(isValidPortName('-1')).toEqual([
      'must contain at least one letter (a-z)',
      'must not begin or end with a hyphen',
    ]);
  });

  it('IsHTTPHeaderName', () => {
    expect(isHTTPHeaderName('X-Forwarded-For')).toEqual([]);
    expect(isHTTPHeaderName('Host:')).toEqual([
      "a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')",
    ]);
  });
});

describe('keys and env var names', () => {
  it('IsConfigMapKey gives every complaint', () => {
    expect(isConfigMapKey('key.name')).toEqual([]);
    expect(isConfigMapKey('..a b')).toEqual([KEY_REGEX, "must not start with '..'"]);
    expect(isConfigMapKey('a'.repeat(254))).toEqual(['must be no more than 253 characters']);
  });

  it('IsEnvVarName and IsRelaxedEnvVarName', () => {
    expect(isEnvVarName('MY_VAR.1-x')).toEqual([]);
    expect(isEnvVarName('..')).toEqual(["must not be '..'"]);
    expect(isEnvVarName('1..')).toHaveLength(1);
    expect(isRelaxedEnvVarName('1X y')).toEqual([]);
    expect(isRelaxedEnvVarName('')).toEqual(['environment variable name must be non-empty']);
    expect(isRelaxedEnvVarName('A=B')).toEqual([
      "a valid environment variable name must consist only of printable ASCII characters other than '='",
    ]);
  });
});
