// Small helpers for building the DOM. Text only ever goes in through textContent.

export const $ = (id) => document.getElementById(id);

/** An element with a class and, optionally, text. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * A field a person types their own words into (`textarea`, or an `input` of `type`). It offers
 * nothing to spell-check, autocorrect, autofill or a keyboard's suggestions, so intimate words
 * do not turn up elsewhere; sentences still start with a capital on a phone.
 */
export function typingField(tag, type) {
  const node = document.createElement(tag);
  if (type) node.type = type;
  node.setAttribute('spellcheck', 'false');
  node.setAttribute('autocorrect', 'off');
  node.setAttribute('autocomplete', 'off');
  node.setAttribute('autocapitalize', 'sentences');
  return node;
}

/** Shows a message in a form's alert line, or hides it when `text` is empty. */
export function showMessage(node, text) {
  node.textContent = text || '';
  node.hidden = !text;
}

/** A short local date and time for a moment or an entry. */
export function formatDateTime(iso) {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatTime(iso) {
  return new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}
