import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { CONSOLE_DIST } from '../../lib/constructs/console-site.ts';

/** The stack deploys console/dist: build it once when a clean clone has not yet. */
export async function ensureConsoleBuilt(): Promise<void> {
  if (existsSync(join(CONSOLE_DIST, 'index.html'))) return;
  await build({ configFile: join(CONSOLE_DIST, '..', 'vite.config.ts'), logLevel: 'warn' });
}
