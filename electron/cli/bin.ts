#!/usr/bin/env node
import { main } from './index';

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`bidmap: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
