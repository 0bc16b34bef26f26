// Ad-hoc: drive the in-process local stack with 8 concurrent submitters (for --cpu-prof).
import { stackBench } from './stack.ts';
await stackBench(true, () => undefined);
process.exit(0);
