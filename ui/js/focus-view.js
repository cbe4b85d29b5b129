// The focused field in sight, whole. WebKit scrolls a field that takes the focus only far enough
// to show its caret, and a radio drawn as its label only far enough to show the radio's 1 px box:
// on a phone the rest of the field, or the label a person sees, could stay under the window's
// edge. So the whole of it is brought into view, the least scroll that does (no animation). On a
// phone the on-screen keyboard then shrinks the visible part: the field is brought into view
// again in what is left.

const reveal = (el) => {
  if (!(el instanceof HTMLElement) || el === document.body || el.matches('h1, dialog')) return;
  const seen = el.matches('input[type=radio], input[type=checkbox]') && el.labels && el.labels[0] ? el.labels[0] : el;
  seen.scrollIntoView({ block: 'nearest', inline: 'nearest' });
};

document.addEventListener('focusin', (event) => reveal(event.target));

if (window.visualViewport) {
  window.visualViewport.addEventListener('resize', () => {
    if (document.activeElement && document.activeElement.matches('input, textarea, select')) reveal(document.activeElement);
  });
}
