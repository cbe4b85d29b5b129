// What crosses between this app and the person's other apps, only ever on their tap: words
// copied to the clipboard (the web Clipboard API, write only: the app never reads the
// clipboard), and on phones (issue 30) the system's share sheet and the camera. The app itself
// sends nothing anywhere.

import * as ipc from './ipc.js';

/**
 * Puts `text` on the clipboard; resolves to true when it is there, false when the web view
 * refused (then the caller selects the words for the person to copy themselves).
 */
export async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch (_) {
    return false;
  }
}

/**
 * Phones (issue 30): hands `text` to the system's share sheet, resolving once the sheet is asked
 * for (what the person then picks is the system's). `null` where the device has none (set by
 * `offerWhatThisDeviceHas`); then "Send them a check-in" offers it beside Copy.
 */
export let shareText = null;

/**
 * Phones (issue 30): opens the camera (Tauri's barcode-scanner plugin) and resolves to the text
 * of the QR code it read, or null when the person closed it. `null` where the device has none;
 * then "Add their card" shows its camera button, and the text is read as pasted words are.
 */
export let scanCode = null;

/** Fills in the share sheet and the camera where this device has them (`rules.device`), before
 * the screens are set up. */
export function offerWhatThisDeviceHas(device) {
  shareText = device.share_sheet ? ipc.shareText : null;
  scanCode = device.camera ? ipc.scanCode : null;
}
