#!/usr/bin/env node
// The `factcheck` command (package.json "bin"): runs bin/factcheck.ts through tsx, so no build step is needed.
import { register } from 'tsx/esm/api';

register();
await import('./factcheck.ts');
