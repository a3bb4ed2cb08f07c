import { describe, expect, it } from 'vitest';
import {
  dns1035LabelProblem,
  dnsLabelProblem,
  dnsSubdomainProblem,
  labelKeyProblem,
  labelValueProblem,
} from './names.ts';

describe('name rules', () => {
  it('accepts DNS-1123 labels and explains what is wrong with others', () => {
    for (const ok of ['a', 'team-a', 'x1', 'a'.repeat(63)])
      expect(dnsLabelProblem(ok)).toBeUndefined();
    expect(dnsLabelProblem('', 'A namespace')).toBe('A namespace cannot be empty.');
    expect(dnsLabelProblem('a'.repeat(64))).toMatch(/at most 63/);
    for (const bad of ['Team', 'team_a', '-a', 'a-', 'a.b', 'a b'])
      expect(dnsLabelProblem(bad), bad).toMatch(/lowercase/);
  });

  it('accepts DNS-1035 labels (Service names), which start with a letter', () => {
    expect(dns1035LabelProblem('web-1')).toBeUndefined();
    expect(dns1035LabelProblem('1web', 'A Service name')).toMatch(
      /^A Service name must .*starting with a letter/,
    );
    expect(dns1035LabelProblem('')).toMatch(/empty/);
  });

  it('accepts DNS-1123 subdomains with dots', () => {
    expect(dnsSubdomainProblem('web.v1')).toBeUndefined();
    expect(dnsSubdomainProblem('web..v1')).toMatch(/lowercase/);
    expect(dnsSubdomainProblem('a'.repeat(254))).toMatch(/253/);
  });

  it('checks label keys: optional DNS prefix, "/", a name of at most 63 characters', () => {
    for (const ok of [
      'app',
      'app.kubernetes.io/name',
      'Tier_1',
      'example.com/a.b-c',
      'a'.repeat(63),
    ])
      expect(labelKeyProblem(ok), ok).toBeUndefined();
    expect(labelKeyProblem('')).toMatch(/empty/);
    expect(labelKeyProblem('/name')).toMatch(/prefix/);
    expect(labelKeyProblem('Example.com/name')).toMatch(/prefix/);
    expect(labelKeyProblem('example.com/')).toMatch(/after "\/"/);
    expect(labelKeyProblem('a/b/c')).toMatch(/name part/);
    expect(labelKeyProblem('a'.repeat(64))).toMatch(/63/);
    expect(labelKeyProblem('-app')).toMatch(/starting and ending/);
  });

  it('checks label values, which may be empty', () => {
    expect(labelValueProblem('')).toBeUndefined();
    expect(labelValueProblem('v1.2_beta-3')).toBeUndefined();
    expect(labelValueProblem('has space')).toMatch(/label value/);
    expect(labelValueProblem('a'.repeat(64))).toMatch(/63/);
  });
});
