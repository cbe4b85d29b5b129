// Leaving a form once it is sent, so that Back never leads into it again: when the screen to go
// to is the one the form was opened from, step back to it (the form's entry is then ahead, not
// behind); otherwise the form's entry is replaced by the screen to go to.

let previous = null;
let current = null;

/** Called by the router each time a screen is shown, with its address. */
export function entered(hash) {
  previous = current;
  current = hash;
}

/** Goes to `target` (an address) after a form on the current screen was sent. */
export function leaveFormFor(target) {
  if (previous === target) history.back();
  else location.replace(target);
}
