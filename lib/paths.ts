import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ASL_FILE = join(projectRoot, 'lib', 'workflow', 'factcheck.asl.json');

/** The CDK context of cdk.json (the feature flags): what `cdk synth` applies, for apps the tests make. */
export function cdkContext(): Record<string, unknown> {
  return JSON.parse(readFileSync(join(projectRoot, 'cdk.json'), 'utf8')).context;
}
