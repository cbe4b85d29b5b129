// The only module that talks to the Tauri shell. Every other module calls these functions, so
// screen logic can be exercised with a stand-in for this file and no shell at all.
//
// A failed command rejects with `{ kind, message }`; callers switch on `kind`.

function invoke(command, args) {
  const tauri = window.__TAURI__;
  if (!tauri || !tauri.core) {
    return Promise.reject({ kind: 'unknown', message: 'not running inside the app shell' });
  }
  return tauri.core.invoke(command, args);
}

/** Everything the app says: actions, questions, guide pages and UI strings. */
export function loadContent() {
  return invoke('content');
}
