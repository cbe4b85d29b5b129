// The current moment: the latest one, if it was active within the moment window.

import * as ipc from './ipc.js';

export async function currentMoment() {
  const [[latest], settings] = await Promise.all([ipc.history(1, null), ipc.settings()]);
  const recent = latest && Date.now() - Date.parse(latest.last_activity_at) < settings.moment_window_minutes * 60_000;
  return recent ? latest : null;
}
