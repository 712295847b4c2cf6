import { parseArgs } from 'node:util';
import { APP_VERSION } from '../../shared/app-version';
import { defaultAppDataDir, resolveWorkspaceDir } from '../services/app-config';
import { actions } from './actions';
import { brief, briefing } from './briefing';
import { importContacts } from './import-contacts';
import { repair } from './repair';
import { absolute, demo, doctor, list, show, UsageError, type Out } from './commands';
import { whileLocked } from './lock';
import { exportCommand, importCommand, validateCommand } from './sharing';
import { team } from './team';
import { teamServer } from './team-server';
import { cliAccess } from './unlock';
import { PLAIN } from '../services/vault/file-codec';

export const HELP = `bidmap — Bidmap's command line (same services as the app, no window)

Usage:
  bidmap list [--json]                  the accounts of the workspace
  bidmap show <account> [--json]        one account, by id or name (--json: the stored document)
  bidmap actions [--overdue] [--owner NAME] [--json]
                                        the open actions of every account's plan, soonest due
                                        first (undated last); --overdue: only those past their
                                        date; --owner: a bid-team member's by name, or "me"
                                        (yours and those nobody owns yet)
  bidmap demo [--lang zh-CN|en] [--json]  write the built-in demo into a new, empty workspace
  bidmap doctor [--json]                validate every file; print each problem (also accounts
                                        the app set aside as damaged); exit 1 if any
  bidmap doctor --repair [--json]       as the app does at start: move each damaged file to
                                        damaged/ (kept untouched), restore each damaged account's
                                        newest valid backup (its date printed), rebuild a damaged
                                        workspace.json from the account files; exit 1 if any
                                        problem is left (e.g. no valid backup)
  bidmap briefing <account> --level map|team|full --out FILE.pdf
         [--opportunity ID] [--lang zh-CN|en] [--people key|all] [--browser PATH] [--json]
                                        the bid-team briefing PDF, cut to the level
  bidmap brief <account> <person> --level map|team|full --out FILE.pdf
         [--lang zh-CN|en] [--browser PATH] [--json]
                                        a one-person meeting brief PDF (person by id or name),
                                        with the plan of the next meeting with them (team, full)
  bidmap export <account>... --level map|team|full --out FILE.bidmap [--json]
                                        accounts as one org-map file to share, cut to the level
  bidmap import FILE.bidmap [--conflicts mine|theirs] [--json]
                                        adds the file's new accounts and merges the others
                                        (a backup first; nobody is removed; conflicts keep
                                        mine unless --conflicts theirs); exit 1 if an account
                                        was skipped as damaged here
  bidmap validate FILE.bidmap [--json]  checks a file without importing it; exit 1 if invalid
  bidmap import-contacts FILE --account NAME [--map field=column,...] [--header-row N]
                         [--encoding NAME] [--lang zh-CN|en] [--json]
                                        people from a contact list (CSV in any common encoding,
                                        XLSX, vCard; Outlook, Google, LinkedIn, Thunderbird,
                                        Salesforce, 钉钉, 企业微信, org-chart exports recognised)
                                        into an account, a new one or an existing one of that
                                        exact name (people already there are skipped); prints
                                        every row left out, imported without a manager or
                                        skipped as not a person; exit 1 when nothing was imported
  bidmap team-server --data DIR [--host 127.0.0.1] [--port N] [--tls-cert FILE --tls-key FILE]
                                        runs the team sync server (Automerge documents in
                                        DIR/docs) until SIGTERM or SIGINT; prints
                                        "listening on HOST:PORT" when ready (--port 0 or none:
                                        a free port; " (TLS)" after it with --tls-cert/--tls-key).
                                        Members connect as ws://NAME:TOKEN@HOST:PORT (wss:// with
                                        TLS). 10 failed logins from one address within 60 s shut
                                        it out for 60 s. Refused while another server or a
                                        purge-history uses DIR (DIR/server.lock)
  bidmap team-server add-user NAME --data DIR
                                        adds a member; prints their token once, alone on the last
                                        line (DIR/users.json keeps only its scrypt hash)
  bidmap team-server reset-token NAME --data DIR
                                        gives a member a new token, printed alone on the last
                                        line; the old one stops working at once (rights kept)
  bidmap team-server grant USER ACCOUNT map|team|full --data DIR
                                        lets a member read and change an account's documents up to
                                        a level (from their next connection)
  bidmap team-server revoke USER ACCOUNT --data DIR
                                        takes an account away from a member (next connection)
  bidmap team-server list --data DIR    the members and their accounts and levels
  bidmap team-server purge-history ACCOUNT map|team|full|index --data DIR
                                        with the server stopped: rebuilds that document of the
                                        account from its current state, without its history
                                        (under a new id; the old one is removed and refused);
                                        prints changes and bytes before and after
  bidmap team join ws://NAME@HOST:PORT --token TOKEN
                                        this workspace joins a team server as a member (the token
                                        is kept in WORKSPACE/team/team.json, encrypted with the
                                        workspace); prints what is shared with the member
  bidmap team share <account> --user NAME --level map|team|full [--json]
                                        shares an account with a member at a level (the first
                                        share makes you its owner) and sends it to the server
  bidmap team unshare <account> --user NAME [--json]
                                        takes it away from them (what they synced stays theirs)
  bidmap team sync [--json]             sends this workspace's changes and fetches the team's
                                        until the server and this workspace hold the same; prints
                                        what came and went and any field two members changed at
                                        once; exit 1 when the server cannot be reached (the reason)
  bidmap team status [--json]           the server, the member, the connection, the changes not
                                        yet sent and the accounts shared with this workspace
  bidmap --help | --version

Options:
  --workspace DIR   the workspace folder (default: $BIDMAP_WORKSPACE, else the one the app
                    opened last, else the per-user app-data folder's "workspace")
  --json            machine-readable output
  --lang LANG       language of the demo (default: en), or of a PDF (default: the workspace's
                    language setting, else en)
  --level LEVEL     what a PDF or an exported file may share (required): map (names, titles, reporting lines,
                    buying roles), team (plus attitudes, influence, motives, opportunities),
                    full (plus dossiers, itineraries, activities, contact details, notes)
  --out FILE        where the PDF or .bidmap file is written (replaced if it exists)
  --overdue         for actions: only open actions past their due date
  --owner NAME      for actions: whose (a bid-team member's name, or "me"); exit 1 when nobody
                    on any account's team has that name
  --conflicts SIDE  for import: a field changed on both sides keeps mine (default) or theirs
  --opportunity ID  a briefing about one opportunity (id or name) instead of the whole account
  --people WHICH    a section for each key person (key, the default) or for everyone (all)
  --account NAME    the account contacts are imported into
  --map PAIRS       which column fills which field, over the guess from the headers: e.g.
                    --map name=姓名,manager=7,email=none (a column by header text or 1-based
                    number; fields: name, alternateName, title, department, phone, email, id,
                    manager, nameParts (the name where the name column is empty); combine
                    columns with +: name=First Name+Middle Name+Last Name; rest=notes|ignore
                    for the other columns, notes by default)
  --header-row N    the row that holds the headers (default: found past any preamble)
  --encoding NAME   read a text file as utf-8, gb18030, windows-1252, shift_jis, big5, utf-16le
                    or utf-16be (default: a BOM, else UTF-8, else detected and printed)
  --browser PATH    the Chromium, Chrome or Edge that prints the PDF (default: $BIDMAP_CHROMIUM,
                    else one found in the usual places); needs the built app (npm run build)
  --data DIR        for team-server: the folder of its users.json and documents (docs/)
  --host HOST       for team-server: the address to listen on (default 127.0.0.1: this machine
                    only; another address opens it to the network: give --tls-cert/--tls-key
                    or put TLS in front, see docs/team-sync.md)
  --port N          for team-server: the port (default 0: any free port, printed)
  --token TOKEN     for team join: the member's token (from team-server add-user)
  --user NAME       for team share/unshare: the member; for team join: the name when the
                    address does not hold it
  --tls-cert FILE   for team-server: a PEM certificate (chain); with --tls-key, the server
  --tls-key FILE    speaks https/wss itself (both or neither)
  --passphrase-file FILE
                    the passphrase of an encrypted workspace (Settings > Security in the app),
                    on the file's first line; else $BIDMAP_PASSPHRASE. Never on the command line
                    itself. The commands read and write its files encrypted, temp copies included

list, show, actions, doctor (without --repair), validate, briefing and brief only read; nothing
in the workspace is changed by them, and they work while the app has the workspace open. The
commands that write (demo, export, import, import-contacts, doctor --repair) refuse a workspace
open in Bidmap (or being changed by another bidmap) with who holds it, and exit 1; a lock left by a
process that is gone is taken over. export writes only the file and, in the workspace, the copy
kept as the base of later merges; import writes the accounts it adds or merges; doctor --repair
moves damaged files aside and writes the restored accounts and workspace.json; team writes
team/ and the accounts the team changed (and refuses a workspace open in the app, which syncs
by itself); demo and
import-contacts write
(import-contacts writes nothing when the file is refused). team-server reads and writes only its
--data folder (and reads the --tls-cert/--tls-key files), never a workspace, and needs no
passphrase.
Exit codes: 0 success, 1 problems found, not found, no browser or cannot write, 2 usage error.`;

const VERSION = APP_VERSION;

export async function main(argv: string[], out: Out = { log: console.log, error: console.error }): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        workspace: { type: 'string', short: 'w' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
        level: { type: 'string' },
        out: { type: 'string', short: 'o' },
        opportunity: { type: 'string' },
        people: { type: 'string' },
        browser: { type: 'string' },
        conflicts: { type: 'string' },
        account: { type: 'string' },
        map: { type: 'string' },
        'header-row': { type: 'string' },
        encoding: { type: 'string' },
        repair: { type: 'boolean', default: false },
        overdue: { type: 'boolean', default: false },
        owner: { type: 'string' },
        'passphrase-file': { type: 'string' },
        data: { type: 'string' },
        token: { type: 'string' },
        user: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
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
    if (values.repair && command !== 'doctor') throw new UsageError('--repair goes with doctor only.');
    // Commands that read no workspace do not unlock one.
    const access =
      command === 'demo' || command === 'validate' || command === 'team-server' || command === undefined
        ? { codec: PLAIN }
        : await cliAccess(dir, values['passphrase-file']);
    const { codec } = access;
    const print = {
      dir,
      access,
      level: values.level,
      lang: values.lang,
      out: values.out,
      browser: values.browser,
      json: values.json,
    };
    switch (command) {
      case 'list':
        return await list(dir, codec, values.json, out);
      case 'show':
        if (rest.length !== 1) throw new UsageError('show takes one account (id or name).');
        return await show(dir, codec, rest[0]!, values.json, out);
      case 'actions':
        if (rest.length)
          throw new UsageError("actions takes no account: it lists every account's actions (see --owner, --overdue).");
        return await actions({ dir, codec, overdue: values.overdue, owner: values.owner, json: values.json }, out);
      case 'demo':
        return await whileLocked(dir, out, () => demo(dir, values.lang ?? 'en', values.json, out));
      case 'doctor':
        return values.repair
          ? await whileLocked(dir, out, () => repair(dir, codec, values.json, out))
          : await doctor(dir, codec, values.json, out);
      case 'briefing':
        if (rest.length !== 1) throw new UsageError('briefing takes one account (id or name).');
        return await briefing(rest[0]!, { ...print, opportunity: values.opportunity, people: values.people }, out);
      case 'brief':
        if (rest.length !== 2) throw new UsageError('brief takes an account and a person (each by id or name).');
        return await brief(rest[0]!, rest[1]!, print, out);
      case 'export':
        return await whileLocked(dir, out, () =>
          exportCommand(dir, codec, rest, { level: values.level, out: values.out, json: values.json }, out),
        );
      case 'import':
        if (rest.length !== 1) throw new UsageError('import takes one file.');
        return await whileLocked(dir, out, () =>
          importCommand(dir, codec, absolute(rest[0]!), { conflicts: values.conflicts, json: values.json }, out),
        );
      case 'validate':
        if (rest.length !== 1) throw new UsageError('validate takes one file.');
        return await validateCommand(absolute(rest[0]!), values.json, out);
      case 'import-contacts':
        if (rest.length !== 1) throw new UsageError('import-contacts takes one file.');
        return await whileLocked(dir, out, () =>
          importContacts(
            rest[0]!,
            {
              dir,
              codec,
              account: values.account,
              map: values.map,
              headerRow: values['header-row'],
              encoding: values.encoding,
              lang: values.lang,
              json: values.json,
            },
            out,
          ),
        );
      case 'team':
        return await whileLocked(dir, out, () =>
          team(rest, { dir, codec, token: values.token, user: values.user, level: values.level, json: values.json }, out),
        );
      case 'team-server':
        return await teamServer(rest, { data: values.data, host: values.host, port: values.port, tlsCert: values['tls-cert'], tlsKey: values['tls-key'] }, out);
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
