// The moment Home shows: the latest one, if it is still close to now. The rule matches the
// store's `recent_moment`: active within the moment window (ending a moment counts as activity).

import * as ipc from './ipc.js';

export async function recentMoment() {
  const [[latest], settings] = await Promise.all([ipc.history(1, null), ipc.settings()]);
  if (!latest) return null;
  const recent = Date.now() - Date.parse(latest.last_activity_at) < settings.moment_window_minutes * 60_000;
  return recent ? latest : null;
}
