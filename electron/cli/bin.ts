#!/usr/bin/env node
import { exitWhenDrained } from './exit';
import { main } from './index';

main(process.argv.slice(2)).then(
  (code) => exitWhenDrained(code),
  (e: unknown) => {
    console.error(`bidmap: ${e instanceof Error ? e.message : String(e)}`);
    return exitWhenDrained(1);
  },
);
