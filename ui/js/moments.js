// The moment Home shows: the latest one, if it is still close to now. The rule matches the
// store's `recent_moment`: open and active within the moment window, or ended within it.

import * as ipc from './ipc.js';

export async function recentMoment() {
  const [[latest], settings] = await Promise.all([ipc.history(1, null), ipc.settings()]);
  if (!latest) return null;
  const end = Date.parse(latest.ended_at || latest.last_activity_at);
  return Date.now() - end < settings.moment_window_minutes * 60_000 ? latest : null;
}
