/**
 * Where a panel speaks to screen readers: a polite live region beside the app, never inside
 * it. The apps redraw their page whole, and a region that is itself replaced is not announced;
 * this one stays, so each text put into it is read once, after what the person is doing.
 */
import { h } from './dom';

/** Adds the region to the page and returns what announces a text through it. */
export function liveRegion(id: string): (text: string) => void {
  const region = h('div', { id, class: 'visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  document.body.append(region);
  return (text) => {
    region.textContent = text;
  };
}
