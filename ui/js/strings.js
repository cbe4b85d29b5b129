// The UI's words come from content/ui.toml, through the `content` command. Nothing in the
// markup or the scripts is English prose; elements name their string with `data-string` (text)
// or `data-label` (accessible name).

let strings = {};

export function setStrings(table) {
  strings = table || {};
}

/** The string for a dotted key; the key itself if it is missing, so a gap is visible. */
export function t(key) {
  return Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : key;
}

/** Fills every `data-string` and `data-label` element below `root`. */
export function applyStrings(root = document) {
  for (const el of root.querySelectorAll('[data-string]')) {
    el.textContent = t(el.dataset.string);
  }
  for (const el of root.querySelectorAll('[data-label]')) {
    el.setAttribute('aria-label', t(el.dataset.label));
  }
}
