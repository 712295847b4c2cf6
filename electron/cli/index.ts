import { parseArgs } from 'node:util';
import { defaultAppDataDir, resolveWorkspaceDir } from '../services/app-config';
import { absolute, demo, doctor, list, show, UsageError, type Out } from './commands';

export const HELP = `bidmap — Bidmap's command line (same services as the app, no window)

Usage:
  bidmap list [--json]                  the accounts of the workspace
  bidmap show <account> [--json]        one account, by id or name (--json: the stored document)
  bidmap demo [--lang zh-CN|en] [--json]  write the built-in demo into a new, empty workspace
  bidmap doctor [--json]                validate every file; print each problem (also accounts
                                        the app set aside as damaged); exit 1 if any
  bidmap --help | --version

Options:
  --workspace DIR   the workspace folder (default: $BIDMAP_WORKSPACE, else the one the app
                    opened last, else the per-user app-data folder's "workspace")
  --json            machine-readable output
  --lang LANG       language of the demo (default: en)

list, show and doctor only read; nothing in the workspace is changed by them.
Exit codes: 0 success, 1 problems found or not found, 2 usage error.`;

const VERSION = '0.1.0';

export async function main(argv: string[], out: Out = { log: console.log, error: console.error }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        workspace: { type: 'string', short: 'w' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'en' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    out.error(`${(e as Error).message}\nRun \`bidmap --help\` for usage.`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') {
    out.log(HELP);
    return 0;
  }
  if (values.version) {
    out.log(VERSION);
    return 0;
  }
  const dir = absolute(values.workspace ?? (await resolveWorkspaceDir(defaultAppDataDir())));
  try {
    switch (command) {
      case 'list':
        return await list(dir, values.json, out);
      case 'show':
        if (rest.length !== 1) throw new UsageError('show takes one account (id or name).');
        return await show(dir, rest[0]!, values.json, out);
      case 'demo':
        return await demo(dir, values.lang, values.json, out);
      case 'doctor':
        return await doctor(dir, values.json, out);
      case undefined:
        out.log(HELP);
        return 2;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      out.error(`${e.message}\nRun \`bidmap --help\` for usage.`);
      return 2;
    }
    out.error(`bidmap: ${(e as Error).message}`);
    return 1;
  }
}
