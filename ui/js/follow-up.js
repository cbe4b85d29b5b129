// "Check on me tomorrow and in three days": one tap, locked or not, from Home and after a
// check-in. The shell keeps the two times (only their minutes, while locked); a reminder that
// falls due opens the "since then" check-in.

import * as ipc from './ipc.js';
import { formatDateTime } from './dom.js';
import { errorText, t } from './strings.js';

/** Makes `button` set the plan and say in `status` when the two check-ins will come. */
export function followUpButton(button, status) {
  button.addEventListener('click', async () => {
    try {
      const [first, second] = await ipc.planFollowUps();
      status.textContent = t('follow_up.set', { first: formatDateTime(first), second: formatDateTime(second) });
      button.hidden = true;
    } catch (error) {
      status.textContent = errorText(error);
    }
  });
}
