// Small helpers for building the DOM. Text only ever goes in through textContent.

import { applyStrings, dateLocale } from './strings.js';

/**
 * The element with `id`. The views a start does not show wait in the page's markup, each in a
 * `<template data-view>` (index.html), so that Home is drawn and held in a small document;
 * asking for an element inside one puts its view in the page first, in its place and in the
 * app's words.
 */
export function $(id) {
  return document.getElementById(id) || placeViewHolding(id);
}

/** The element with `id` only if its view is in the page (a waiting view stays waiting): for
 * what a lock forgets, which is only ever in a view that was shown. */
export const inPage = (id) => document.getElementById(id);

/** Puts in the page the waiting view that holds the element `id`, and returns that element. */
function placeViewHolding(id) {
  for (const waiting of document.querySelectorAll('template[data-view]')) {
    if (!waiting.content.getElementById(id)) continue;
    const view = waiting.content.firstElementChild;
    waiting.replaceWith(waiting.content);
    applyStrings(view);
    return document.getElementById(id);
  }
  return null;
}

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

/** A `<time>` showing `text`, the date or time `iso` as written for the person. */
export function timeEl(iso, text, className) {
  const node = el('time', className, text);
  node.dateTime = iso;
  return node;
}

/** A short local date and time for a moment or an entry, as the app's language writes them. */
export function formatDateTime(iso) {
  return new Date(iso).toLocaleString(dateLocale(), { dateStyle: 'medium', timeStyle: 'short' });
}

const TIME = { hour: '2-digit', minute: '2-digit' };

export function formatTime(iso) {
  return new Date(iso).toLocaleTimeString(dateLocale(), TIME);
}

/**
 * A time of day for a sentence: `time` as shown, and `hour`, that time's hour as shown (0 to 23,
 * or 1 to 12), which a language may choose its words by (Spanish: "a la 1", "a las 2").
 */
export function timeWords(iso) {
  const date = new Date(iso);
  const parts = new Intl.DateTimeFormat(dateLocale(), TIME).formatToParts(date);
  const hour = parts.find((part) => part.type === 'hour');
  const shown = hour ? Number.parseInt(hour.value, 10) : Number.NaN;
  return { time: formatTime(iso), hour: Number.isNaN(shown) ? date.getHours() : shown };
}
