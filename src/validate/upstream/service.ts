import type { UpstreamSuite } from './cases.ts';
import { DEFAULTED, LB, NP, SOURCE, c } from './service-base.ts';
import { SERVICE_CREATE_CASES } from './service-create.ts';
import { SERVICE_IP_CASES } from './service-ips.ts';

// The Service suites: see service-base.ts for how upstream's cases became manifests.

export const validateServiceCreate: UpstreamSuite = {
  test: 'TestValidateServiceCreate',
  functions: [
    'ValidateServiceCreate',
    'validateService',
    'validateServicePort',
    'ValidateServiceClusterIPsRelatedFields',
  ],
  source: SOURCE,
  cases: [...SERVICE_CREATE_CASES, ...SERVICE_IP_CASES],
};

export const validateServiceExternalTrafficPolicy: UpstreamSuite = {
  test: 'TestValidateServiceExternalTrafficPolicy',
  functions: ['validateServiceExternalTrafficPolicy'],
  source: SOURCE,
  cases: [
    c('valid loadBalancer service with externalTrafficPolicy and healthCheckNodePort set', {
      ...LB,
      externalTrafficPolicy: 'Local',
      healthCheckNodePort: 34567,
    }),
    c('valid nodePort service with externalTrafficPolicy set', {
      ...NP,
      externalTrafficPolicy: 'Local',
    }),
    c('valid clusterIP service with none of externalTrafficPolicy and healthCheckNodePort set', {}),
    c(
      'cannot set healthCheckNodePort field on loadBalancer service with externalTrafficPolicy!=Local',
      { ...LB, healthCheckNodePort: 34567 },
      ['spec.healthCheckNodePort: Invalid value'],
    ),
    c(
      'cannot set healthCheckNodePort field on nodePort service',
      { ...NP, externalTrafficPolicy: 'Local', healthCheckNodePort: 34567 },
      ['spec.healthCheckNodePort: Invalid value'],
    ),
    c(
      'cannot set externalTrafficPolicy or healthCheckNodePort fields on clusterIP service',
      { externalTrafficPolicy: 'Local', healthCheckNodePort: 34567 },
      ['spec.externalTrafficPolicy: Invalid value', 'spec.healthCheckNodePort: Invalid value'],
    ),
    c(
      'cannot set externalTrafficPolicy field on ExternalName service',
      { type: 'ExternalName', externalName: 'foo.bar.com', externalTrafficPolicy: 'Local' },
      ['spec.externalTrafficPolicy: Invalid value'],
    ),
    c(
      'externalTrafficPolicy is required on NodePort service',
      { type: 'NodePort' },
      [],
      undefined,
      DEFAULTED,
    ),
    c(
      'externalTrafficPolicy is required on LoadBalancer service',
      { type: 'LoadBalancer' },
      [],
      undefined,
      DEFAULTED,
    ),
    c(
      'externalTrafficPolicy is required on ClusterIP service with externalIPs',
      { externalIPs: ['1.2.3,4'] },
      [],
      undefined,
      DEFAULTED,
    ),
  ],
};

/** The Service suites, in upstream's order. */
export const SERVICE_SUITES: readonly UpstreamSuite[] = [
  validateServiceCreate,
  validateServiceExternalTrafficPolicy,
];
