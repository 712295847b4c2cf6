import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { upcomingNotice, type Notice } from '../../shared/logic/itinerary/notice';
import type { Language } from '../../shared/taxonomy/keys';
import { writeFileDurable } from './fs/durable-write';
import type { Host } from './host';
import type { Workspace } from './store/workspace';
import { openText, type FileCodec } from './vault/file-codec';

/** What `notices.json` remembers: the last day the notice was looked at, notified or not. */
const NoticeState = z.object({ lastDay: z.iso.date() });

async function lastDay(file: string, codec: FileCodec): Promise<string> {
  try {
    const opened = openText(codec, await readFile(file));
    if (!opened.ok) return '';
    const parsed = NoticeState.safeParse(JSON.parse(opened.text));
    return parsed.success ? parsed.data.lastDay : '';
  } catch {
    return ''; // missing or unreadable: at worst one more notice
  }
}

/**
 * Raises the day's notice of key people's trips and birthdays (see upcomingNotice) through the
 * host, once a day per workspace: the day is kept in the workspace's `notices.json`, so a
 * restart the same day stays quiet. A day with nothing to say counts as done too, so a trip
 * typed in later that day does not pop up a notice about what the user just wrote.
 * Returns the notice raised, or null.
 */
export async function noticeOnce(ws: Workspace, host: Host, today: string, language: Language): Promise<Notice | null> {
  const file = ws.paths.notices;
  if ((await lastDay(file, ws.codec)) === today) return null;
  const notice = upcomingNotice(ws.accounts(), today, language);
  try {
    await writeFileDurable(file, ws.codec.seal(JSON.stringify({ lastDay: today })));
  } catch (e) {
    // A read-only workspace still gets its notice; the session keeps the day in memory, so
    // it is not raised again before the next start.
    console.error('bidmap: could not remember the day of the notice:', e);
  }
  if (notice) host.notify(notice.title, notice.body);
  return notice;
}
