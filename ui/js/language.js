// The language the app speaks: offered by each language's own name on the welcome (before any
// passcode) and in Settings. The shell keeps the choice (in the encrypted settings, and in a
// file that holds only its tag so the unlock screen speaks it too); the page then starts again
// in it, as the words of every screen come from the chosen language.

import * as ipc from './ipc.js';
import { $, el, showMessage } from './dom.js';
import { errorText, language } from './strings.js';

/** Fills a language picker (`<id>` the select, `<id>-use` its button, `<id>-error`). */
function picker(id, languages) {
  const select = $(id);
  if (!select) return;
  select.replaceChildren(
    ...languages.map(({ tag, name }) => {
      const option = el('option', '', name);
      option.value = tag;
      // Each name is in its own language, for a screen reader's voice.
      option.lang = tag;
      return option;
    }),
  );
  select.value = language();
  $(`${id}-use`).addEventListener('click', async () => {
    const error = $(`${id}-error`);
    showMessage(error, '');
    if (select.value === language()) return;
    try {
      await ipc.setLocale(select.value);
      window.location.reload();
    } catch (failure) {
      showMessage(error, errorText(failure));
    }
  });
}

/** Sets up a picker, the welcome's or Settings' (each with its screen), with the languages the
 * content offers. */
export function setUpLanguagePicker(id, content) {
  picker(id, content.languages || []);
}

/**
 * After an unlock: the settings keep the person's language, and the shell speaks it from then
 * on. Says whether the page is starting again to speak it (only when it differs from the
 * language shown before unlocking, as when the file beside the data was removed).
 */
export async function followKeptLanguage() {
  const status = await ipc.vaultStatus();
  if (status.locale && status.locale !== language()) {
    window.location.reload();
    return true;
  }
  return false;
}
