// Chips: small buttons that stay pressed (`aria-pressed`), for choices in the check-in, on my
// card and among the journal's prompts. They look like `.chip` in app.css.

import { el } from './dom.js';

/** A chip showing `label`, not pressed; `data` becomes its data attributes. */
export function chip(label, data = {}) {
  const button = el('button', 'chip', label);
  button.type = 'button';
  Object.assign(button.dataset, data);
  button.setAttribute('aria-pressed', 'false');
  return button;
}

export const isPressed = (button) => button.getAttribute('aria-pressed') === 'true';

export function setPressed(button, on) {
  button.setAttribute('aria-pressed', String(on));
}

/** Releases every chip in `group`. */
export function releaseAll(group) {
  for (const button of group.querySelectorAll('.chip')) setPressed(button, false);
}

/**
 * Makes the chips in `group` toggle on a tap: each on its own with `multiple`; otherwise a tap
 * releases the others too, so at most one is pressed (a second tap releases it). `onToggle(chip)`
 * runs after each tap.
 */
export function toggleChips(group, { multiple = false, onToggle } = {}) {
  for (const button of group.querySelectorAll('.chip')) {
    button.addEventListener('click', () => {
      const on = !isPressed(button);
      if (!multiple) releaseAll(group);
      setPressed(button, on);
      if (onToggle) onToggle(button);
    });
  }
}
