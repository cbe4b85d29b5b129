// The UI's words come from content/ui.toml, through the `content` command. Nothing in the
// markup or the scripts is English prose; elements name their string with `data-string` (text),
// `data-label` (accessible name) or `data-placeholder`.

let strings = {};

export function setStrings(table) {
  strings = table || {};
}

/** The string for a dotted key, with `{name}` filled from `vars`; the key if it is missing. */
export function t(key, vars = {}) {
  const text = Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/** Fills every `data-string`, `data-label` and `data-placeholder` element below `root`. */
export function applyStrings(root = document) {
  for (const el of root.querySelectorAll('[data-string]')) {
    el.textContent = t(el.dataset.string);
  }
  for (const el of root.querySelectorAll('[data-label]')) {
    el.setAttribute('aria-label', t(el.dataset.label));
  }
  for (const el of root.querySelectorAll('[data-placeholder]')) {
    el.setAttribute('placeholder', t(el.dataset.placeholder));
  }
}

/** The calm sentence for a command error, by its kind. */
export function errorText(error) {
  const kind = error && error.kind;
  if (kind === 'wrong-passcode') return t('unlock.wrong');
  if (kind === 'too-many-attempts') return t('unlock.wait', { seconds: error.wait_seconds });
  // Someone's card that could not be read: a sentence for each problem.
  const key = kind === 'unreadable-card' ? `error.card-${error.problem}` : `error.${kind}`;
  return Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : t('error.unknown');
}
