import {
  inclusiveRangeError,
  isConfigMapKey,
  isDNS1035Label,
  isDNS1123Label,
  isDNS1123Subdomain,
  isEnvVarName,
  isRelaxedEnvVarName,
  isValidPortName,
} from './apimachinery.ts';

// The first complaint of each of apimachinery's syntax checks (apimachinery.ts holds them, with
// every complaint, in the API server's words), for the rules that report one message per field
// and for the remedies that only ask whether a name is valid.

/** `IsDNS1123Label`'s first complaint (container, volume, port names), or `undefined`. */
export function dnsLabelError(value: string): string | undefined {
  return isDNS1123Label(value)[0];
}

/** `IsDNS1123Subdomain`'s first complaint (most object names), or `undefined`. */
export function dnsSubdomainError(value: string): string | undefined {
  return isDNS1123Subdomain(value)[0];
}

/** `IsDNS1035Label`'s first complaint (Service names), or `undefined`. */
export function dns1035Error(value: string): string | undefined {
  return isDNS1035Label(value)[0];
}

/** `IsValidPortName`'s first complaint (container port names), or `undefined`. */
export function portNameError(value: string): string | undefined {
  return isValidPortName(value)[0];
}

/** `IsValidPortNum`'s complaint (containerPort, hostPort, probe and Service ports). */
export const PORT_NUMBER_MESSAGE = inclusiveRangeError(1, 65535);

/**
 * The first complaint about an env var name or envFrom prefix, or `undefined`: `IsEnvVarName`
 * (strict), or `IsRelaxedEnvVarName` (any printable ASCII but '=') when `relaxed`.
 */
export function envVarNameError(value: string, relaxed: boolean): string | undefined {
  return (relaxed ? isRelaxedEnvVarName(value) : isEnvVarName(value))[0];
}

/** `IsConfigMapKey`'s first complaint (ConfigMap and Secret keys), or `undefined`. */
export function configMapKeyError(value: string): string | undefined {
  return isConfigMapKey(value)[0];
}
