// The UI's words come from the chosen language's `ui.ftl` (content/, one folder a language),
// through the `content` command, in the compact form the core makes of each Fluent message:
// plain text, or parts (text, `{ var }`, and a choice by a variable). Nothing in the markup or
// the scripts is prose; elements name their string with `data-string` (text), `data-label`
// (accessible name) or `data-placeholder`, by a dotted key (`home.title` is the Fluent message
// `home-title`).

let strings = {};
let lang = 'en';
// The language's plural rules and number format, made when first needed: making them loads
// the ICU data, which the first screen (Home, locked) does not need.
let plurals = null;
let numbers = null;
const pluralRules = () => (plurals ||= new Intl.PluralRules(lang));
const numberFormat = () => (numbers ||= new Intl.NumberFormat(lang));

const has = (id) => Object.prototype.hasOwnProperty.call(strings, id);
const messageId = (key) => key.replace(/\./g, '-');

/**
 * Takes the language's words and its tag and direction (`content.locale`), and says them on
 * the document: `lang` for screen readers and hyphenation, `dir` for a right-to-left language.
 */
export function setStrings(table, locale = { tag: 'en', dir: 'ltr' }) {
  strings = table || {};
  lang = locale.tag || 'en';
  plurals = null;
  numbers = null;
  document.documentElement.lang = lang;
  document.documentElement.dir = locale.dir === 'rtl' ? 'rtl' : 'ltr';
}

/** The language the page speaks: its tag, for `Intl`. */
export const language = () => lang;

/**
 * The locale dates and times are written in: the system's own when it is a form of the app's
 * language (`en-GB` for English keeps its 24-hour clock), else the app's language.
 */
export function dateLocale() {
  const primary = lang.split('-')[0].toLowerCase();
  const system = (navigator.languages || [navigator.language]).find(
    (tag) => tag && tag.split('-')[0].toLowerCase() === primary,
  );
  return system || lang;
}

/** A value as the language writes it: numbers with its digits and separators. */
function shown(value) {
  return typeof value === 'number' ? numberFormat().format(value) : String(value);
}

/**
 * A choice's variant, as Fluent picks it: the one whose key is exactly the number, else the one
 * named by its plural category (`one`, `other`…) or by the text itself, else the default.
 */
function variant(part, value) {
  const { variants } = part;
  if (value !== undefined) {
    const exact = String(value);
    if (typeof value === 'number' && Object.prototype.hasOwnProperty.call(variants, exact)) {
      return variants[exact];
    }
    const key = typeof value === 'number' ? pluralRules().select(value) : exact;
    if (Object.prototype.hasOwnProperty.call(variants, key)) return variants[key];
  }
  return variants[part.default];
}

function fill(pattern, vars) {
  if (typeof pattern === 'string') return pattern;
  return pattern
    .map((part) => {
      if (typeof part === 'string') return part;
      if ('var' in part) return part.var in vars ? shown(vars[part.var]) : `{${part.var}}`;
      return fill(variant(part, vars[part.select]), vars);
    })
    .join('');
}

/** The words for a dotted key, with its variables filled from `vars`; the key if it is missing. */
export function t(key, vars = {}) {
  const id = messageId(key);
  return has(id) ? fill(strings[id], vars) : key;
}

/** Whether the language has words for `key`. */
export const hasString = (key) => has(messageId(key));

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

/** A number with `digits` decimals, as the language writes it ("3.5", "3,5"). */
export function decimal(n, digits = 1) {
  return new Intl.NumberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

/** Items joined as the language lists them ("a, b and c", "a, b y c"). */
export function list(items) {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}

/**
 * A care's title inside a sentence: lower-cased in English ("a glass of water and a cuddle"),
 * as written in a language whose titles are nouns with capitals of their own (German) or
 * quoted by the sentence (Spanish).
 */
export function inSentence(title) {
  return /^en\b/i.test(lang) ? title.toLowerCase() : title;
}

/** The calm sentence for a command error, by its kind. */
export function errorText(error) {
  const kind = error && error.kind;
  if (kind === 'wrong-passcode') return t('unlock.wrong');
  if (kind === 'too-many-attempts') return t('unlock.wait', { seconds: error.wait_seconds });
  // Someone's card that could not be read: a sentence for each problem.
  const key = kind === 'unreadable-card' ? `error.card-${error.problem}` : `error.${kind}`;
  return hasString(key) ? t(key) : t('error.unknown');
}
