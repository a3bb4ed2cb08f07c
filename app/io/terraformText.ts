import { SCAN_LIMIT, recognise } from '../../src/io/recognise.ts';
import { scanText } from '../../src/io/recognise-scan.ts';

/** Whether `text` is Terraform with kubernetes_* resources, which Podsmith can convert. */
export function isConvertibleTerraform(text: string): boolean {
  if (recognise(text)?.format !== 'terraform') return false;
  const { resources } = scanText(text.slice(0, SCAN_LIMIT)).hcl;
  return resources.some((r) => r.kind === 'resource' && r.type.startsWith('kubernetes_'));
}
