// Icons are the symbols `icon-<name>` at the top of ui/index.html, drawn with <use> so they take
// the text colour.

const SVG = 'http://www.w3.org/2000/svg';

/** A decorative icon element; the control that holds it carries the accessible name. */
export function icon(name, className = 'icon') {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const use = document.createElementNS(SVG, 'use');
  use.setAttribute('href', `#icon-${name}`);
  svg.append(use);
  return svg;
}
