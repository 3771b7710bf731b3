#!/usr/bin/env node
// The siyaq CLI is written in the project's TypeScript; tsx runs it without a separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../scripts/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
